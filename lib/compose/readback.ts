/**
 * Editors represent line breaks and spaces differently (<br>, <p>, NBSP,
 * trailing newline). Two texts are "the same draft" when their words and
 * their order match.
 */
export function normalizeForCompare(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type WriteOutcome = 'written' | 'unchanged' | 'wrong';

/** Compares what the field holds after a write with what was intended. */
export function judgeWrite(before: string, intended: string, after: string): WriteOutcome {
  const got = normalizeForCompare(after);
  if (got === normalizeForCompare(intended)) return 'written';
  if (got === normalizeForCompare(before)) return 'unchanged';
  return 'wrong';
}
