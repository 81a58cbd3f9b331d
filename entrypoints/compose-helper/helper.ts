import type { ClarityReport, ClearerDraft } from '@/lib/clarity';
import { mightBeRequest } from '@/lib/clarity/prefilter';
import type { RequestOf, ResponseOf, MessageType } from '@/lib/messaging';
import { composeFieldFor, deepActiveElement, readField, saveSelection, type ComposeField } from './field';
import { createPanel, type Panel } from './panel';
import { createTrigger, type Trigger } from './trigger';
import { createUiRoot } from './ui-root';
import { writeBack } from './write-back';

export type Request = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;

export interface HelperDeps {
  doc: Document;
  request: Request;
  writeClipboard: (text: string) => Promise<void>;
}

type Analysis = { report: ClarityReport; proposal: ClearerDraft };

/** Shown when the background can't answer: no findings, nothing changed. */
const EMPTY_REPORT: ClarityReport = {
  isRequest: false,
  askType: 'none',
  elements: { ask: false, when: false, size: false, why: false, easyNo: false },
  findings: [],
  truncated: false,
  analysedLength: 0,
  register: 'email',
};

// Analyse when typing pauses, not on every key.
const IDLE_MS = 350;

/** Watches focus for a compose box and offers the trigger and panel for requests. */
export function startHelper({ doc, request, writeClipboard }: HelperDeps) {
  const win = doc.defaultView ?? window;
  let ui: { trigger: Trigger; panel: Panel; announce: (text: string) => void } | undefined;
  let field: ComposeField | null = null;
  let siteEnabled: Promise<boolean> | undefined;
  let timer = 0;
  let current: { text: string; report: ClarityReport; proposal: ClearerDraft } | undefined;
  let restoreCaret: (() => void) | undefined;
  // A dismissal lasts for this draft: while the text still begins the way it did.
  const dismissed = new WeakMap<Element, string>();
  const isDismissed = (f: Element, text: string) => {
    const start = dismissed.get(f);
    return start !== undefined && start !== '' && text.trimStart().startsWith(start);
  };

  // A srcdoc or about:blank composer frame has no hostname of its own; its origin is the site's.
  const host = win.location.hostname || /^https?:\/\/([^:/]+)/.exec(win.origin)?.[1] || '';
  const enabled = () =>
    (siteEnabled ??= request('site.status', { host: host || 'local' }).then((r) => r.enabled, () => true));

  const ensureUi = () => {
    if (ui) return ui;
    const { wrap, announce } = createUiRoot(doc);
    ui = {
      announce,
      trigger: createTrigger(wrap, () => void openPanel(), () => {
        if (field) dismissed.set(field, readField(field).trimStart().slice(0, 24));
        ui?.trigger.hide();
      }),
      panel: createPanel(wrap, { use, copy, openInSidePanel, turnOff, closed: () => restoreCaret?.() }),
    };
    return ui;
  };

  let turnedOff = false;
  // The background's answer for the text it was asked about; a newer pause supersedes an older question.
  let latest: { text: string; reply: Promise<Analysis | null> } | undefined;
  const analysisOf = (text: string): Promise<Analysis | null> => {
    if (latest?.text === text) return latest.reply;
    const reply = request('clarity.analyze', { text }).catch(() => null);
    latest = { text, reply };
    return reply;
  };

  const analyse = async () => {
    timer = 0;
    if (turnedOff || !field || !field.isConnected) return ui?.trigger.hide();
    const f = field;
    const text = readField(f);
    if (!text.trim() || isDismissed(f, text)) return ui?.trigger.hide();
    // A cheap look first; only a draft that might ask for something goes to the background.
    if (!mightBeRequest(text)) return ui?.trigger.hide();
    const result = await analysisOf(text);
    const now = field;
    if (!now || !now.isConnected) return;
    // The draft changed while the background answered: look again after the next pause.
    if (readField(now) !== text) return schedule();
    // The trigger offers help only when there is something worth saying.
    if (!result || !result.report.isRequest || result.report.findings.length === 0) return ui?.trigger.hide();
    ensureUi().trigger.showFor(now);
  };

  // One timer per pause, not one per key: each input only notes the time.
  let lastInput = 0;
  const settle = () => {
    const wait = lastInput + IDLE_MS - win.performance.now();
    if (wait > 1) {
      timer = win.setTimeout(settle, wait);
      return;
    }
    // Called on the window itself: Firefox refuses a detached requestIdleCallback.
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => void analyse(), { timeout: 500 });
    else void analyse();
  };
  const schedule = () => {
    lastInput = win.performance.now();
    if (!timer) timer = win.setTimeout(settle, IDLE_MS);
  };

  const track = async (el: Element | null) => {
    const next = composeFieldFor(el);
    if (!next || ui?.panel.isOpen()) return;
    if (!(await enabled())) return;
    if (next !== field) {
      field?.removeEventListener('input', schedule);
      field?.removeEventListener('keyup', schedule);
      field = next;
      field.addEventListener('input', schedule, { passive: true });
      // Some editors (CKEditor 5) apply undo to their own model and repaint without an input event.
      field.addEventListener('keyup', schedule, { passive: true });
    }
    schedule();
  };

  async function openPanel(target?: ComposeField | null) {
    const f = target ?? field;
    if (!f || !f.isConnected) return false;
    field = f;
    const text = readField(f);
    restoreCaret = saveSelection(f);
    // Analysis and rewrite both run in the background, which keeps this script small.
    const result = await analysisOf(text);
    const report: ClarityReport = result?.report ?? EMPTY_REPORT;
    const proposal: ClearerDraft = result?.proposal ?? { text, placeholders: [], changed: false };
    current = { text, report, proposal };
    const { panel, trigger } = ensureUi();
    trigger.hide();
    panel.open(text, report, proposal, f);
    if (!result) panel.status('Reciprocity couldn’t read this draft just now. Close this and try again in a moment; your text is unchanged.');
    return true;
  }

  async function use() {
    if (!field || !current) return;
    const target = field;
    const { proposal } = current;
    ui?.panel.close();
    if (!target.isConnected) return;
    ui?.announce('');
    const result = await writeBack(target, proposal.text);
    if (result.ok) ui?.announce('Your message now has the clearer version. Ctrl+Z (⌘Z) brings your draft back.');
    else {
      await openPanel(target);
      ui?.panel.status(
        result.restored
          ? 'This editor didn’t accept the new text, so your draft is unchanged. Use Copy and paste it yourself.'
          : 'This editor didn’t accept the new text. Press Ctrl+Z (⌘Z) to get your draft back, or use Copy.',
      );
    }
  }

  async function copy() {
    if (!current) return;
    await writeClipboard(current.proposal.changed ? current.proposal.text : current.text).then(
      () => ui?.panel.status('Copied.'),
      () => ui?.panel.status('Copying was blocked by this page. Select the text above and copy it yourself.'),
    );
  }

  async function openInSidePanel() {
    if (!current) return;
    const body = current.text;
    const { opened } = await request('builder.prefill', { body }).catch(() => ({ opened: false }));
    ui?.panel.status(opened ? 'Opened in the side panel.' : 'Your draft is waiting in the builder: open Reciprocity’s side panel from the toolbar.');
  }

  async function turnOff() {
    await request('site.disable', { host: host || 'local' }).catch(() => undefined);
    siteEnabled = Promise.resolve(false);
    turnedOff = true;
    ui?.panel.close();
    ui?.trigger.hide();
  }

  const onFocus = (e: Event) => {
    if (!e.isTrusted) return;
    try {
      void track(deepActiveElement(doc));
    } catch {
      // Never throw into the page.
    }
  };
  win.addEventListener('focusin', onFocus, true);
  doc.addEventListener('pointerup', onFocus, true);
  // Injected on the first focus of a compose box: that field is already in use.
  try {
    void track(deepActiveElement(doc));
  } catch {
    // Never throw into the page.
  }

  return {
    /** True when this frame has a compose field in use (the side panel may hold focus now). */
    hasField: () => field?.isConnected === true,
    /** Context menu or shortcut: open the panel on whatever field has focus. */
    openOnFocused: () => openPanel(composeFieldFor(deepActiveElement(doc))),
    /** Side panel's "Insert into page": write into the focused or last-used field. */
    insert: async (text: string) => {
      const target = composeFieldFor(deepActiveElement(doc)) ?? (field?.isConnected ? field : null);
      if (!target) return { inserted: false, reason: 'Click into a message box on the page first.' };
      const result = await writeBack(target, text);
      return result.ok ? { inserted: true } : { inserted: false, reason: 'This editor didn’t accept the text; your draft is unchanged. Use Copy instead.' };
    },
  };
}
