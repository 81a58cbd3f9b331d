import { installPractice, sendOnEnter } from '../shared/practice';

// A chat box: one line that grows with its content; Enter sends.
const box = document.getElementById('compose') as HTMLTextAreaElement;

function grow(): void {
  box.style.height = 'auto';
  box.style.height = `${box.scrollHeight + 2}px`;
}
box.addEventListener('input', grow);
sendOnEnter(box);

installPractice('chat-textarea', {
  getText: () => box.value,
  focus: () => box.focus(),
  clear: () => {
    box.value = '';
    grow();
  },
  undo: () => {
    box.focus();
    document.execCommand('undo');
  },
});
