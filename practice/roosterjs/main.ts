import { createEditor, undo } from 'roosterjs';
import { installPractice } from '../shared/practice';
import { clearModel, modelText } from '../shared/rooster';

// Outlook on the web style: RoosterJS 9; its content model is the model.
const box = document.getElementById('compose') as HTMLDivElement;
const editor = createEditor(box);

installPractice('roosterjs', {
  getText: () => modelText(editor),
  focus: () => editor.focus(),
  clear: () => clearModel(editor),
  undo: () => undo(editor),
});
