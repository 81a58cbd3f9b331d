import { judgeWrite } from '@/lib/compose';
import { isTextControl, readField, selectAll, type ComposeField } from './field';

export type WritePath = 'execCommand' | 'beforeinput' | 'paste';
export type WriteResult = { ok: true; path: WritePath } | { ok: false; restored: boolean };

/** The next frame, or 50 ms when the page paints no frames (hidden tabs; Firefox when nothing changed on screen). */
const frame = (win: Window) =>
  new Promise<void>((resolve) => {
    const timer = win.setTimeout(resolve, 50);
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      resolve();
    });
  });
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
 * The synthetic events are built in the page's world (see pageWorld), so
 * Firefox's editors can read their text too.
 */
export async function writeBack(field: ComposeField, text: string): Promise<WriteResult> {
  const before = readField(field);
  const win = field.ownerDocument.defaultView ?? window;
  const paths: WritePath[] = isTextControl(field)
    ? ['execCommand']
    : // Firefox (seen with smoke:firefox): editors ignore our synthetic beforeinput and paste
      // but accept execCommand, and a failed attempt can leave a mark in their undo history.
      isFirefoxContentScript(win)
      ? ['execCommand', 'beforeinput', 'paste']
      : ['beforeinput', 'paste', 'execCommand'];
  for (const path of paths) {
    selectAll(field);
    await sleep(win, SELECTION_SETTLE_MS);
    await frame(win);
    // Whether an editor cancels the event says little (some insert and let it
    // pass, some cancel and do nothing), so every attempt is read back.
    try {
      attempt(field, path, text);
    } catch {
      // A page can break its own constructors; that path is simply unavailable.
      continue;
    }
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
  const world = pageWorld(doc.defaultView ?? window);
  const data = new world.DataTransfer();
  data.setData('text/plain', text);
  const event =
    path === 'beforeinput'
      ? new world.InputEvent('beforeinput', world.init({ inputType: 'insertText', data: null, dataTransfer: data, bubbles: true, cancelable: true, composed: true }))
      : new world.ClipboardEvent('paste', world.init({ clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  field.dispatchEvent(event);
}

/** The page's own window, as Firefox shows it to a content script (the Xray waiver). */
type XrayWindow = Window & { wrappedJSObject?: Window & typeof globalThis };
/** Firefox's content-script global, which can copy objects into the page. */
type Sandbox = { cloneInto?: <T>(value: T, scope: Window, options?: { wrapReflectors?: boolean }) => T };

/** Only Firefox shows a content script the page's window through an Xray waiver. */
const isFirefoxContentScript = (win: Window) => (win as XrayWindow).wrappedJSObject !== undefined;

export interface PageWorld {
  DataTransfer: typeof DataTransfer;
  InputEvent: typeof InputEvent;
  ClipboardEvent: typeof ClipboardEvent;
  /** An event init the page's constructors accept. */
  init<T extends object>(init: T): T;
}

/**
 * The constructors the editor's own events come from. In Firefox a
 * DataTransfer made in a content script reads as empty to the page, so the
 * event, its init and its DataTransfer are made with the page's own
 * constructors (through the Xray waiver); Chrome shares the DOM objects.
 */
export function pageWorld(win: Window, sandbox: Sandbox = globalThis as Sandbox): PageWorld {
  const page = (win as XrayWindow).wrappedJSObject;
  const cloneInto = sandbox.cloneInto;
  if (!page || !cloneInto) {
    const own = win as Window & typeof globalThis;
    return { DataTransfer: own.DataTransfer, InputEvent: own.InputEvent, ClipboardEvent: own.ClipboardEvent, init: (init) => init };
  }
  return {
    DataTransfer: page.DataTransfer,
    InputEvent: page.InputEvent,
    ClipboardEvent: page.ClipboardEvent,
    init: (init) => cloneInto(init, win, { wrapReflectors: true }),
  };
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
