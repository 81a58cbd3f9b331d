/**
 * Chat-speak spelled out ("cud u" → "could you") with an offset map, so rules
 * read one spelling while every finding still points at the user's own
 * characters. Runs on the prepared match text (lower-cased, same length as the
 * original), so original offsets are match-text offsets.
 */
export interface Canonical {
  text: string;
  /** Original offset where the character at a canonical offset starts (length + 1 entries). */
  toStart: (at: number) => number;
  /** Original offset where a span ending at a canonical offset ends. */
  toEnd: (at: number) => number;
}

export interface ShorthandWords {
  shorthand: Record<string, string>;
  youreBefore: readonly string[];
  areBeside: readonly string[];
}

const TOKEN = /[a-z0-9']+(?:\/(?=\s))?/g;
const identity = (at: number) => at;

export function canonicalize(matchText: string, words: ShorthandWords): Canonical {
  const youre = new Set(words.youreBefore);
  const are = new Set(words.areBeside);
  // Replacements as [original start, original end, text]; most drafts have none, and then nothing is copied.
  const swaps: [number, number, string][] = [];
  TOKEN.lastIndex = 0;
  let previous = '';
  for (let m = TOKEN.exec(matchText); m; m = TOKEN.exec(matchText)) {
    const token = m[0];
    let by: string | undefined;
    if (token === 'w/') by = 'with';
    else if (token === 'ur') by = youre.has(nextToken(matchText, m.index + 2)) || /ing$/.test(nextToken(matchText, m.index + 2)) ? "you're" : 'your';
    else if (token === 'r') by = are.has(previous) || are.has(nextToken(matchText, m.index + 1)) ? 'are' : undefined;
    else if (Object.prototype.hasOwnProperty.call(words.shorthand, token)) by = words.shorthand[token];
    else {
      // "plsss", "pleeease", "sooo": stretched letters, spelled out when the short form is known.
      const squeezed = token.replace(/([a-z])\1{2,}/g, '$1');
      const twice = token.replace(/([a-z])\1{2,}/g, '$1$1');
      if (squeezed !== token) by = words.shorthand[squeezed] ?? words.shorthand[twice] ?? (/^[a-z]+$/.test(squeezed) ? squeezed : undefined);
    }
    if (by !== undefined && by !== token) swaps.push([m.index, m.index + token.length, by]);
    previous = token;
  }
  if (swaps.length === 0) return { text: matchText, toStart: identity, toEnd: identity };

  let text = '';
  const starts: number[] = [];
  const ends: number[] = [0];
  let cursor = 0;
  const copy = (to: number) => {
    for (let j = cursor; j < to; j++) {
      starts.push(j);
      ends.push(j + 1);
    }
    text += matchText.slice(cursor, to);
    cursor = to;
  };
  for (const [from, to, by] of swaps) {
    copy(from);
    for (let k = 0; k < by.length; k++) {
      starts.push(from);
      ends.push(to);
    }
    text += by;
    cursor = to;
  }
  copy(matchText.length);
  starts.push(matchText.length);
  return {
    text,
    toStart: (at) => starts[Math.max(0, Math.min(at, starts.length - 1))] as number,
    toEnd: (at) => ends[Math.max(0, Math.min(at, ends.length - 1))] as number,
  };
}

function nextToken(text: string, from: number): string {
  const m = /^[\s,]*([a-z']+)/.exec(text.slice(from, from + 40));
  return m?.[1] ?? '';
}
