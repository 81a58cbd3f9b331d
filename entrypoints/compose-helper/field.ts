import { isComposeField, type FieldTraits } from '@/lib/compose';

export type ComposeField = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** The element the user is typing in, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The compose field for a focused element: the editable root of a rich editor, or the text control itself. */
export function composeFieldFor(el: Element | null): ComposeField | null {
  if (!el || !(el instanceof (el.ownerDocument.defaultView ?? window).HTMLElement)) return null;
  let field: HTMLElement = el;
  if (!isTextControl(el) && el.isContentEditable) {
    // Walk up to the editing host: editors nest editable blocks inside one root.
    while (field.parentElement?.isContentEditable) field = field.parentElement;
  }
  return isComposeField(traitsOf(field)) ? field : null;
}

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

function traitsOf(el: HTMLElement): FieldTraits {
  const control = isTextControl(el) ? el : undefined;
  return {
    tag: el.tagName,
    type: control && el.tagName === 'INPUT' ? el.getAttribute('type') : null,
    role: el.getAttribute('role'),
    editable: el.isContentEditable,
    readOnly: control?.readOnly ?? false,
    disabled: control?.disabled ?? false,
    ariaReadOnly: el.getAttribute('aria-readonly'),
    autocomplete: el.getAttribute('autocomplete'),
    name: el.getAttribute('name'),
    id: el.id,
    placeholder: el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? el.getAttribute('data-placeholder'),
    ariaLabel: el.getAttribute('aria-label'),
    inSearch: !!el.closest('[role="search"], search, form[role="search"]'),
  };
}

/** The field's current text, as the user sees it. */
export function readField(field: ComposeField): string {
  if (isTextControl(field)) return field.value;
  return field.innerText.replace(/\n$/, '');
}

/** Where the caret was, to put it back when the panel closes. */
export function saveSelection(field: ComposeField): () => void {
  if (isTextControl(field)) {
    const { selectionStart, selectionEnd } = field;
    return () => {
      field.focus({ preventScroll: true });
      if (selectionStart !== null && selectionEnd !== null) field.setSelectionRange(selectionStart, selectionEnd);
    };
  }
  const selection = field.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return () => {
    field.focus({ preventScroll: true });
    if (range && field.contains(range.startContainer)) {
      const sel = field.ownerDocument.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }
  };
}

/** Selects the whole draft, so the next input replaces it. */
export function selectAll(field: ComposeField): void {
  field.focus({ preventScroll: true });
  if (isTextControl(field)) {
    field.setSelectionRange(0, field.value.length);
    return;
  }
  const doc = field.ownerDocument;
  const range = doc.createRange();
  // From the first to the last character, as Ctrl+A would: selecting the
  // host element's children instead leaves some editors an empty block.
  const walker = doc.createTreeWalker(field, NodeFilter.SHOW_TEXT);
  let first: Text | null = null;
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue) continue;
    first ??= n as Text;
    last = n as Text;
  }
  if (first && last) {
    range.setStart(first, 0);
    range.setEnd(last, last.length);
  } else {
    range.selectNodeContents(field);
  }
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}
