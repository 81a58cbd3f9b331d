/** A sentence of the analysed text: offsets into the original. */
export interface Sentence {
  start: number;
  end: number;
  /** Lower-cased text of the sentence (from the prepared match text). */
  text: string;
}

// Long unpunctuated runs are cut so no pattern ever scans more than this.
const MAX_SENTENCE = 600;

/**
 * Splits on . ! ? followed by a space or the end, and on line breaks (chat
 * messages and lists rarely end with punctuation). Dots inside URLs, times
 * (3.15) and known abbreviations do not split.
 */
export function splitSentences(matchText: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    for (let from = start; from < end; from += MAX_SENTENCE) {
      const to = Math.min(end, from + MAX_SENTENCE);
      const raw = matchText.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) out.push({ start: from + lead, end: from + lead + text.length, text });
    }
  };
  for (let i = 0; i < matchText.length; i++) {
    const ch = matchText[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i;
    while (j + 1 < matchText.length && '.!?'.includes(matchText[j + 1] as string)) j++;
    const next = matchText[j + 1];
    const atBoundary = next === undefined || next === ' ' || next === '\n' || next === '\t' || next === ')' || next === '"';
    if (!atBoundary || (ch === '.' && j === i && isAbbreviation(matchText, i, abbreviations))) {
      i = j;
      continue;
    }
    push(j + 1);
    start = j + 1;
    i = j;
  }
  push(matchText.length);
  return out;
}

function isAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let k = dot - 1;
  while (k >= 0 && /[a-z.]/.test(text[k] as string)) k--;
  const word = text.slice(k + 1, dot);
  return word.length === 1 || abbreviations.has(word);
}
