import 'trix';
import 'trix/dist/trix.css';
import { installPractice } from '../shared/practice';

// Basecamp/HEY style: Trix; its Document model is the source of the text.
interface TrixEditor {
  getDocument(): { toString(): string };
  loadHTML(html: string): void;
  undo(): void;
}
const element = document.getElementById('compose') as HTMLElement & { editor: TrixEditor };
await customElements.whenDefined('trix-editor');
if (!element.editor) await new Promise((resolve) => element.addEventListener('trix-initialize', resolve, { once: true }));

installPractice('trix', {
  getText: () => element.editor.getDocument().toString(),
  focus: () => element.focus(),
  clear: () => element.editor.loadHTML(''),
  undo: () => element.editor.undo(),
});
