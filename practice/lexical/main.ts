import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, CLEAR_HISTORY_COMMAND, UNDO_COMMAND, createEditor } from 'lexical';
import { installPractice } from '../shared/practice';

// WhatsApp Web style: a vanilla Lexical plain-text editor with history.
const root = document.getElementById('compose')!;
const editor = createEditor({
  namespace: 'practice-lexical',
  onError: (error) => console.error(error),
});
editor.setRootElement(root);
mergeRegister(registerPlainText(editor), registerHistory(editor, createEmptyHistoryState(), 300));

installPractice('lexical', {
  // Paragraphs joined by one newline (Lexical's own getTextContent uses two).
  getText: () =>
    editor.getEditorState().read(() => $getRoot().getChildren().map((node) => node.getTextContent()).join('\n')),
  // editor.focus() alone does nothing until the editor has a selection; focusing the root gives it one.
  focus: () => {
    root.focus();
    editor.focus();
  },
  // A sent message is gone: it is not one undo away from the box.
  clear: () => {
    editor.update(() => {
      const rootNode = $getRoot();
      rootNode.clear();
      rootNode.append($createParagraphNode());
    }, { discrete: true });
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  },
  undo: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
});
