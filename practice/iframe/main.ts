import { createEditor, undo, type IEditor } from 'roosterjs';
import { installPractice } from '../shared/practice';
import { clearModel, modelText } from '../shared/rooster';

// Proton Mail style: the message body is a RoosterJS editor inside a same-origin iframe.
const frame = document.getElementById('compose-frame') as HTMLIFrameElement;
const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
  :root { color-scheme: light dark; }
  body { margin: 0; font: 16px/1.55 system-ui, sans-serif; background: #fff; color: #1f2328; }
  @media (prefers-color-scheme: dark) { body { background: #212429; color: #e6e8eb; } }
  #compose { min-height: 160px; padding: 10px 12px; outline: none; }
</style></head><body><div id="compose" role="textbox" aria-multiline="true" aria-label="Message body"></div></body></html>`;
await loaded;

const box = frame.contentDocument!.getElementById('compose') as HTMLDivElement;
const editor: IEditor = createEditor(box);

installPractice('roosterjs-iframe', {
  getText: () => modelText(editor),
  focus: () => editor.focus(),
  clear: () => clearModel(editor),
  undo: () => undo(editor),
});
