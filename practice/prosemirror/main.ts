import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';
import { installPractice } from '../shared/practice';

// A ProseMirror editor with the basic schema, history and the base keymap.
const fresh = (): EditorState =>
  EditorState.create({
    schema,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo }), keymap(baseKeymap)],
  });

const view = new EditorView(document.getElementById('compose')!, {
  state: fresh(),
  attributes: { 'aria-labelledby': 'compose-label', role: 'textbox', 'aria-multiline': 'true' },
});

installPractice('prosemirror', {
  getText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
  focus: () => view.focus(),
  // A fresh state: a sent message is not one undo away from the box.
  clear: () => view.updateState(fresh()),
  undo: () => void undo(view.state, view.dispatch),
});
