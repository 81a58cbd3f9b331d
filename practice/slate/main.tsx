import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, Node, Transforms, createEditor, type Descendant } from 'slate';
import { withHistory, type HistoryEditor } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import { installPractice } from '../shared/practice';

// Discord style: Slate + slate-react + slate-history; editor.children is the model.
const editor = withHistory(withReact(createEditor())) as ReactEditor & HistoryEditor;
const initial: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];

function Composer() {
  const [value] = useState(initial);
  return (
    <>
      <div className="label" id="compose-label">Message #general</div>
      <Slate editor={editor} initialValue={value}>
        <Editable id="compose" className="composer" aria-labelledby="compose-label" placeholder="Message #general" />
      </Slate>
      <div className="toolbar">
        <button id="send" type="button">Send</button>
      </div>
    </>
  );
}

createRoot(document.getElementById('app')!).render(<Composer />);

installPractice('slate', {
  getText: () => editor.children.map((node) => Node.string(node)).join('\n'),
  focus: () => ReactEditor.focus(editor),
  clear: () => {
    Transforms.select(editor, Editor.range(editor, []));
    Transforms.delete(editor);
    // A sent message is gone: it is not one undo away from the box.
    editor.history = { undos: [], redos: [] };
  },
  undo: () => editor.undo(),
});
