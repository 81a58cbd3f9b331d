export type FindingKind =
  | 'vague-ask'
  | 'missing-when'
  | 'no-easy-out'
  | 'diffuse-ask'
  | 'multiple-asks'
  | 'pressure'
  | 'over-apology'
  | 'hedging'
  | 'debt-language'
  | 'scorekeeping';

/** Kinds about the ask itself: reported only when the draft is a request. */
export const ASK_KINDS: readonly FindingKind[] = ['vague-ask', 'missing-when', 'no-easy-out', 'diffuse-ask', 'multiple-asks'];

export const ALL_KINDS: readonly FindingKind[] = [
  ...ASK_KINDS,
  'pressure',
  'over-apology',
  'hedging',
  'debt-language',
  'scorekeeping',
];

export interface Finding {
  kind: FindingKind;
  /** UTF-16 offsets into the analysed text: the words the finding is about (or the ask sentence, for an absence). */
  start: number;
  end: number;
  message: string;
  /** Replacement text for [start, end), or a line to add. */
  suggestion?: string;
}

export interface ClarityElements {
  ask: boolean;
  when: boolean;
  size: boolean;
  why: boolean;
  easyNo: boolean;
}

/** What the reader is asked for: to do something, only to tell something, or nothing. */
export type AskType = 'action' | 'info' | 'none';

export interface ClarityReport {
  isRequest: boolean;
  /** "info" asks get no advice about time or an easy no: answering takes a line. */
  askType: AskType;
  elements: ClarityElements;
  findings: Finding[];
  /** Only the first `analysedLength` characters were read (very long pastes). */
  truncated: boolean;
  analysedLength: number;
  /** "chat" for short, lowercase or emoji-style messages; "email" otherwise. Drives the tone of added lines. */
  register: 'chat' | 'email';
}

/** Text the user still has to supply, marked in a proposed draft. */
export interface Placeholder {
  start: number;
  end: number;
  label: string;
}

export interface ClearerDraft {
  text: string;
  placeholders: Placeholder[];
  /** True when the proposal differs from the original. */
  changed: boolean;
}
