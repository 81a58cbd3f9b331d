import { installPractice } from '../shared/practice';

// A plain textarea among fields the compose helper must leave alone:
// search, a read-only quote and a password.
const box = document.getElementById('compose') as HTMLTextAreaElement;

installPractice('textarea-among-fields', {
  getText: () => box.value,
  focus: () => box.focus(),
  clear: () => {
    box.value = '';
  },
  undo: () => {
    box.focus();
    document.execCommand('undo');
  },
});
