import { judgeWrite } from '@/lib/compose';
import { isTextControl, readField, selectAll, type ComposeField } from './field';

export type WritePath = 'execCommand' | 'beforeinput' | 'paste';
export type WriteResult = { ok: true; path: WritePath } | { ok: false; restored: boolean };

const frame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));
const sleep = (win: Window, ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms));

// Editors learn about a new selection from selectionchange, some a little later (Trix).
const SELECTION_SETTLE_MS = 120;
// Some editors apply input a beat after the event (CKEditor renders its model asynchronously).
const APPLY_WAIT_MS = 400;

/**
 * Waits until the field holds the intended text — returning at once, so a
 * person who types straight away is never mistaken for a bad write — or
 * until it changes and then holds still for two frames, or a short while passes.
 */
async function settled(field: ComposeField, before: string, intended: string, win: Window): Promise<string> {
  const until = Date.now() + APPLY_WAIT_MS;
  const done = (text: string) => judgeWrite(before, intended, text) === 'written';
  let now = readField(field);
  while (now === before && !done(now) && Date.now() < until) {
    await frame(win);
    now = readField(field);
  }
  for (let still = 0; still < 2 && !done(now) && Date.now() < until + APPLY_WAIT_MS; ) {
    await frame(win);
    const next = readField(field);
    still = next === now ? still + 1 : 0;
    now = next;
  }
  return now;
}

/**
 * Replaces the draft through the editor's own input path, so its model — not
 * only the DOM — holds the new text and one undo brings the draft back.
 * Each path is tried in turn and the field is read back after it: a path the
 * editor ignores changes nothing; one that leaves a wrong or doubled text is
 * undone before the next is tried.
 *
 * Firefox note: there, events created in a content script carry a
 * DataTransfer the page cannot read. The synthetic beforeinput and paste
 * paths would need to be dispatched from the page's world (e.g. through
 * scripting.executeScript({ world: 'MAIN' })); Chrome works from here.
 */
export async function writeBack(field: ComposeField, text: string): Promise<WriteResult> {
  const before = readField(field);
  const win = field.ownerDocument.defaultView ?? window;
  const paths: WritePath[] = isTextControl(field) ? ['execCommand'] : ['beforeinput', 'paste', 'execCommand'];
  for (const path of paths) {
    selectAll(field);
    await sleep(win, SELECTION_SETTLE_MS);
    await frame(win);
    // Whether an editor cancels the event says little (some insert and let it
    // pass, some cancel and do nothing), so every attempt is read back.
    attempt(field, path, text);
    const outcome = judgeWrite(before, text, await settled(field, before, text, win));
    if (outcome === 'written') return { ok: true, path };
    if (outcome === 'wrong' && !(await restore(field, before))) return { ok: false, restored: false };
  }
  return { ok: false, restored: true };
}

function attempt(field: ComposeField, path: WritePath, text: string): void {
  const doc = field.ownerDocument;
  if (path === 'execCommand') {
    doc.execCommand('insertText', false, text);
    return;
  }
  const win = doc.defaultView ?? window;
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  const event =
    path === 'beforeinput'
      ? new win.InputEvent('beforeinput', { inputType: 'insertText', data: null, dataTransfer: data, bubbles: true, cancelable: true, composed: true })
      : new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  field.dispatchEvent(event);
}

/** Puts the original draft back: the editor's undo first, then the same path that wrote. */
async function restore(field: ComposeField, before: string): Promise<boolean> {
  const win = field.ownerDocument.defaultView ?? window;
  const wrong = readField(field);
  field.ownerDocument.execCommand('undo');
  if (judgeWrite(before, before, await settled(field, wrong, before, win)) === 'written') return true;
  selectAll(field);
  await sleep(win, SELECTION_SETTLE_MS);
  field.ownerDocument.execCommand('insertText', false, before);
  const current = readField(field);
  return judgeWrite(before, before, await settled(field, current, before, win)) === 'written';
}
