import './node-global';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { installPractice } from '../shared/practice';

// A Draft.js composer: the React-held EditorState is the model.
const model = { state: EditorState.createEmpty(), set: (_: EditorState) => {}, focus: () => {} };

function Composer() {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const ref = useRef<Editor>(null);
  model.state = state;
  model.set = (next) => flushSync(() => setState(next));
  model.focus = () => ref.current?.focus();
  return (
    <>
      <div className="label" id="compose-label">Write a post</div>
      <div className="composer" onClick={() => ref.current?.focus()}>
        <Editor
          ref={ref}
          editorState={state}
          onChange={setState}
          ariaLabelledBy="compose-label"
          placeholder="What's on your mind?"
        />
      </div>
      <div className="toolbar">
        <button id="send" type="button">Send</button>
      </div>
    </>
  );
}

createRoot(document.getElementById('app')!).render(<Composer />);

installPractice('draft', {
  getText: () => model.state.getCurrentContent().getPlainText('\n'),
  focus: () => model.focus(),
  // A fresh state: a sent message is not one undo away from the box.
  clear: () => model.set(EditorState.createEmpty()),
  undo: () => model.set(EditorState.undo(model.state)),
});
