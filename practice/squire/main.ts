import DOMPurify from 'dompurify';
import Squire from 'squire-rte';
import { editableText } from '../shared/editable-text';
import { installPractice } from '../shared/practice';

// Fastmail style: Squire, which sanitises all HTML it takes in with DOMPurify.
const box = document.getElementById('compose') as HTMLDivElement;
const squire = new Squire(box, {
  sanitizeToDOMFragment: (html: string) =>
    DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true, ALLOW_UNKNOWN_PROTOCOLS: true }),
});

// Squire's model is its HTML; read it back as text.
function squireText(): string {
  const doc = new DOMParser().parseFromString(`<body>${squire.getHTML()}</body>`, 'text/html');
  return editableText(doc.body);
}

installPractice('squire', {
  getText: squireText,
  focus: () => squire.focus(),
  clear: () => squire.setHTML(''),
  undo: () => squire.undo(),
});
