import { editableText } from '../shared/editable-text';
import { installPractice } from '../shared/practice';

// A single-page webmail app: the inbox arrives after a pause, and the
// composer exists only between "New message" and Send or Discard.
const app = document.getElementById('app')!;
const LOAD_DELAY_MS = 2500;

function body(): HTMLElement | null {
  return document.getElementById('compose');
}

function showInbox(): void {
  app.innerHTML = `
    <ul class="inbox" aria-label="Inbox">
      <li><strong>Sam</strong> — Rota for the community garden</li>
      <li><strong>Priya</strong> — Thank you for Saturday</li>
    </ul>
    <button id="new-message" type="button" class="primary">New message</button>
    <div id="compose-slot"></div>`;
  document.getElementById('new-message')!.addEventListener('click', openComposer);
}

function openComposer(): void {
  const slot = document.getElementById('compose-slot')!;
  if (body()) return body()!.focus();
  slot.innerHTML = `
    <section aria-label="New message">
      <label for="to">To</label>
      <input id="to" class="field" type="email" autocomplete="email" />
      <label for="subject">Subject</label>
      <input id="subject" class="field" type="text" />
      <div class="label" id="compose-label">Message</div>
      <div id="compose" class="composer" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="compose-label"></div>
      <div class="toolbar">
        <button id="send" type="button">Send</button>
        <button id="discard" type="button">Discard</button>
      </div>
    </section>`;
  document.getElementById('discard')!.addEventListener('click', closeComposer);
  body()!.focus();
}

function closeComposer(): void {
  document.getElementById('compose-slot')?.replaceChildren();
  document.getElementById('new-message')?.focus();
}

setTimeout(showInbox, LOAD_DELAY_MS);

installPractice('late-contenteditable', {
  getText: () => {
    const box = body();
    return box ? editableText(box) : '';
  },
  focus: () => body()?.focus(),
  // Like webmail, a sent message closes its composer.
  clear: closeComposer,
  undo: () => {
    body()?.focus();
    document.execCommand('undo');
  },
});
