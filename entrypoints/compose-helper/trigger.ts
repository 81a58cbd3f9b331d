import { h } from './dom';

export const TRIGGER_NAME = 'Make this request clearer';

export interface Trigger {
  showFor(field: HTMLElement): void;
  hide(): void;
  isShown(): boolean;
}

/**
 * The small button by the field. Pressing it never moves focus or the caret
 * (mousedown is cancelled); it sits below the field's bottom-right corner so
 * it never covers the text, and follows scrolling and resizing.
 */
export function createTrigger(wrap: HTMLElement, onOpen: () => void, onDismiss: () => void): Trigger {
  const doc = wrap.ownerDocument;
  const win = doc.defaultView ?? window;
  const open = h(doc, 'button', { type: 'button', class: 'open' }, TRIGGER_NAME);
  const dismiss = h(doc, 'button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss for this draft', title: 'Dismiss for this draft' }, '×');
  const box = h(doc, 'div', { class: 'trigger', hidden: '' }, open, dismiss);
  wrap.append(box);
  let field: HTMLElement | null = null;
  let frame = 0;

  for (const button of [open, dismiss]) button.addEventListener('mousedown', (e) => e.preventDefault());
  open.addEventListener('click', (e) => e.isTrusted && onOpen());
  dismiss.addEventListener('click', (e) => e.isTrusted && onDismiss());

  const place = () => {
    frame = 0;
    if (!field || !field.isConnected) return hide();
    const r = field.getBoundingClientRect();
    const visible = r.bottom > 0 && r.top < win.innerHeight && r.width > 0;
    box.hidden = !visible;
    if (!visible) return;
    const height = box.offsetHeight || 28;
    const width = box.offsetWidth || 220;
    const below = r.bottom + 4 + height <= win.innerHeight;
    box.style.top = `${Math.round(below ? r.bottom + 4 : Math.max(4, r.top - height - 4))}px`;
    box.style.left = `${Math.round(Math.min(win.innerWidth - width - 4, Math.max(4, r.right - width)))}px`;
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(place);
  };
  function hide() {
    field = null;
    box.hidden = true;
    win.removeEventListener('scroll', schedule, true);
    win.removeEventListener('resize', schedule);
  }
  return {
    showFor(next) {
      if (field !== next) {
        field = next;
        win.addEventListener('scroll', schedule, { capture: true, passive: true });
        win.addEventListener('resize', schedule, { passive: true });
      }
      box.hidden = false;
      schedule();
    },
    hide,
    isShown: () => !box.hidden && field !== null,
  };
}
