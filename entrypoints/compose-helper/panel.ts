import type { ClarityReport, ClearerDraft } from '@/lib/clarity';
import { CLEAR_REQUEST_PARTS } from '@/lib/content/parts';
import { h } from './dom';

export interface PanelActions {
  use(): void;
  copy(): void;
  openInSidePanel(): void;
  turnOff(): void;
  /** The panel closed; put focus back in the field. */
  closed(): void;
}


export interface Panel {
  open(text: string, report: ClarityReport, proposal: ClearerDraft, near: HTMLElement): void;
  close(): void;
  status(message: string): void;
  isOpen(): boolean;
}

export function createPanel(wrap: HTMLElement, actions: PanelActions): Panel {
  const doc = wrap.ownerDocument;
  const win = doc.defaultView ?? window;
  let dialog: HTMLElement | null = null;
  let statusLine: HTMLElement | null = null;

  const close = () => {
    if (!dialog) return;
    dialog.remove();
    dialog = null;
    actions.closed();
  };

  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted || !dialog) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') {
      trapTab(e, dialog);
    }
  };

  return {
    open(text, report, proposal, near) {
      dialog?.remove();
      const button = (label: string, run: () => void, cls = '', name?: string) => {
        const b = h(doc, 'button', { type: 'button', class: cls, ...(name ? { 'aria-label': name } : {}) }, label);
        b.addEventListener('click', (e) => e.isTrusted && run());
        return b;
      };
      statusLine = h(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite' });
      const findings = report.findings.map((f) => {
        const words = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
        const quote = words.length > 70 ? `${words.slice(0, 67)}…` : words;
        return h(doc, 'li', {}, f.message, quote ? h(doc, 'span', { class: 'quote' }, ` — “${quote}”`) : null);
      });
      dialog = h(
        doc,
        'div',
        { class: 'panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'rcp-title', tabindex: '-1' },
        h(doc, 'h2', { id: 'rcp-title' }, 'Make this request clearer'),
        h(doc, 'p', { class: 'muted' }, 'What would make it easier to say yes — or no. You decide what to keep.'),
        proposal.changed ? h(doc, 'h3', {}, 'A clearer version') : null,
        proposal.changed ? proposalView(doc, proposal) : null,
        proposal.placeholders.length ? h(doc, 'p', { class: 'muted' }, 'Highlighted parts are for you to fill in.') : null,
        h(doc, 'div', { class: 'actions' },
          proposal.changed ? button('Use this version', actions.use, 'primary') : null,
          button('Copy', actions.copy),
          button('Open in side panel', actions.openInSidePanel),
          button('Turn off on this site', actions.turnOff)),
        statusLine,
        h(doc, 'h3', {}, 'Parts of a clear request'),
        h(doc, 'ul', { class: 'parts' }, ...CLEAR_REQUEST_PARTS.map(([key, label]) =>
          h(doc, 'li', { 'data-present': String(report.elements[key]) }, label,
            h(doc, 'span', { class: 'sr-only' }, report.elements[key] ? ' (present)' : ' (missing)')))),
        findings.length ? h(doc, 'h3', {}, 'Suggestions') : null,
        findings.length ? h(doc, 'ul', {}, ...findings) : h(doc, 'p', {}, 'This already reads as a clear, easy-to-answer request.'),
        button('×', close, 'close', 'Close'),
      );
      dialog.addEventListener('keydown', onKey);
      wrap.append(dialog);
      place(dialog, near, win);
      (dialog.querySelector<HTMLElement>('button.primary') ?? dialog.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
    },
    close,
    status(message) {
      if (statusLine) statusLine.textContent = message;
    },
    isOpen: () => dialog !== null,
  };
}

function proposalView(doc: Document, proposal: ClearerDraft): HTMLElement {
  const box = h(doc, 'div', { class: 'proposal', 'aria-label': 'Clearer version' });
  let at = 0;
  for (const p of proposal.placeholders) {
    box.append(doc.createTextNode(proposal.text.slice(at, p.start)), h(doc, 'mark', {}, p.label));
    at = p.end;
  }
  box.append(doc.createTextNode(proposal.text.slice(at)));
  return box;
}

/** Next to the field when there is room, otherwise in the viewport's corner. */
function place(dialog: HTMLElement, near: HTMLElement, win: Window): void {
  const r = near.getBoundingClientRect();
  const w = dialog.offsetWidth;
  const hgt = dialog.offsetHeight;
  const top = r.bottom + 8 + hgt <= win.innerHeight ? r.bottom + 8 : Math.max(8, win.innerHeight - hgt - 8);
  const left = Math.min(win.innerWidth - w - 8, Math.max(8, r.right - w));
  dialog.style.top = `${Math.round(top)}px`;
  dialog.style.left = `${Math.round(left)}px`;
}

function trapTab(e: KeyboardEvent, dialog: HTMLElement): void {
  const buttons = [...dialog.querySelectorAll<HTMLButtonElement>('button')];
  if (buttons.length === 0) return;
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  const i = buttons.indexOf(active as HTMLButtonElement);
  if (e.shiftKey && i <= 0) {
    e.preventDefault();
    buttons[buttons.length - 1]!.focus();
  } else if (!e.shiftKey && i === buttons.length - 1) {
    e.preventDefault();
    buttons[0]!.focus();
  }
}
