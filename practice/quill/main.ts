import Quill from 'quill';
import 'quill/dist/quill.core.css';
import { installPractice } from '../shared/practice';

// Slack style: Quill without a toolbar; quill.getText() reads its Delta model.
const host = document.getElementById('compose')!;
const quill = new Quill(host, { placeholder: 'Message #general', modules: { toolbar: false } });
quill.root.setAttribute('aria-labelledby', 'compose-label');
quill.root.setAttribute('role', 'textbox');
quill.root.setAttribute('aria-multiline', 'true');

installPractice('quill', {
  getText: () => quill.getText(),
  focus: () => quill.focus(),
  // A sent message is gone: it is not one undo away from the box.
  clear: () => {
    quill.setText('');
    quill.history.clear();
  },
  undo: () => quill.history.undo(),
});
