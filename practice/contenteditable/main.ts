import { editableText } from '../shared/editable-text';
import { installPractice } from '../shared/practice';

// Gmail-style: the message body is a bare contenteditable; its DOM is the model.
const box = document.getElementById('compose')!;

installPractice('contenteditable', {
  getText: () => editableText(box),
  focus: () => box.focus(),
  clear: () => box.replaceChildren(),
  undo: () => {
    box.focus();
    document.execCommand('undo');
  },
});
