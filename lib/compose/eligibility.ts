/** What the helper needs to know about a focused element to decide whether to help. */
export interface FieldTraits {
  tag: string;
  type?: string | null;
  role?: string | null;
  /** element.isContentEditable */
  editable: boolean;
  readOnly: boolean;
  disabled: boolean;
  ariaReadOnly?: string | null;
  autocomplete?: string | null;
  name?: string | null;
  id?: string | null;
  placeholder?: string | null;
  ariaLabel?: string | null;
  /** Inside a role="search" landmark or a <search> element. */
  inSearch: boolean;
}

const TEXT_INPUT_TYPES = new Set(['', 'text']);
const SEARCH_WORDS = /\b(?:search|query|find|filter|lookup)\b|^q$|^s$/i;
const PAYMENT_WORDS = /\b(?:card|cc|cvc|cvv|csc|iban|credit|expir\w*|security.?code|account.?number|routing|sort.?code|bic|swift)\b/i;
const SECRET_WORDS = /\b(?:password|passcode|pin|otp|one.?time|2fa|totp|secret|token)\b/i;

/**
 * A compose box is a field someone writes a message in: a textarea, a plain
 * text input (chat apps), or an editable region. Never passwords, payment,
 * search or read-only fields.
 */
export function isComposeField(t: FieldTraits): boolean {
  const tag = t.tag.toLowerCase();
  const type = (t.type ?? '').toLowerCase();
  if (t.disabled || t.readOnly || t.ariaReadOnly === 'true') return false;
  if (tag === 'input' && !TEXT_INPUT_TYPES.has(type)) return false;
  if (tag !== 'textarea' && tag !== 'input' && !t.editable) return false;
  if (t.inSearch || t.role === 'searchbox' || t.role === 'combobox') return false;
  const autocomplete = (t.autocomplete ?? '').toLowerCase();
  if (/^cc-|password|one-time-code/.test(autocomplete)) return false;
  const labels = [t.name, t.id, t.placeholder, t.ariaLabel].filter(Boolean).join(' ');
  if (SEARCH_WORDS.test(labels) || PAYMENT_WORDS.test(labels) || SECRET_WORDS.test(labels)) return false;
  return true;
}
