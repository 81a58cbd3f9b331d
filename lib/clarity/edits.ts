import type { Placeholder } from './types';

/** Replace [start, end) of the original with `text`, then `placeholder` (highlighted). */
export interface Edit {
  start: number;
  end: number;
  text: string;
  placeholder?: string;
  /** Capitalise what follows when the edit lands at a sentence start. */
  capitalize?: boolean;
}

// Private-use characters mark placeholders and seams while the text is tidied.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const CAP = '\uE002';
const SEAM = '\uE003';
const MARKERS = /[\uE000-\uE003]/;

/**
 * Applies non-overlapping edits (earlier ones win) and tidies only the seams
 * they create: doubled spaces, a comma left at a sentence start, a lower-case
 * letter after a removed opening. The rest of the user's text is untouched.
 */
export function applyEdits(text: string, edits: Edit[]): { text: string; placeholders: Placeholder[] } {
  if (MARKERS.test(text)) return { text, placeholders: [] };
  let out = '';
  let cursor = 0;
  for (const e of nonOverlapping(edits)) {
    out += text.slice(cursor, e.start);
    const cap = e.capitalize && /\p{Lu}/u.test(text[e.start] ?? '') ? CAP : '';
    out += SEAM + cap + e.text + (e.placeholder ? OPEN + e.placeholder + CLOSE : '') + SEAM;
    cursor = e.end;
  }
  out += text.slice(cursor);
  return extractPlaceholders(tidy(out));
}

function nonOverlapping(edits: Edit[]): Edit[] {
  const chosen: Edit[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = chosen[chosen.length - 1];
    // Insertions at the same point all stay, in the order given.
    if (last && e.start < last.end) continue;
    chosen.push(e);
  }
  return chosen;
}

const M = '[\\uE000-\\uE003]';
const START = '(^|[.!?]["\')]?[ \\t]+|\\n[ \\t]*)';

function tidy(s: string): string {
  return s
    // "that maybe, if it's no trouble, you" loses both hedges: one comma at most, none after a joining word.
    .replace(new RegExp(`,((?:${M}|[ \\t])*),`, 'g'), (_, between: string) => `${between.replace(/[ \t]/g, '')},`)
    .replace(new RegExp(`\\b(that|if|whether|to|and|but|so)([ \\t]*${M}(?:${M}|[ \\t])*),`, 'g'), '$1$2')
    .replace(new RegExp(`[ \\t]+(${M}+)[ \\t]+`, 'g'), ' $1')
    .replace(new RegExp(`${START}((?:${M})+)[ \\t]*[,;:]+[ \\t]*`, 'g'), '$1$2')
    .replace(new RegExp(`${START}((?:${M})+)[ \\t]+`, 'g'), '$1$2')
    .replace(new RegExp(`[ \\t]+((?:${M})+)(?=[,.!?;:])`, 'g'), '$1')
    .replace(new RegExp(`${START}([\\uE003\\uE000]*)\\uE002([\\uE000-\\uE003]*)(\\p{Ll})`, 'gu'), (_, a, b, c, d: string) => a + b + c + d.toUpperCase())
    .replace(/[\uE002\uE003]/g, '');
}

function extractPlaceholders(marked: string): { text: string; placeholders: Placeholder[] } {
  const placeholders: Placeholder[] = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = text.length;
    else if (ch === CLOSE && open >= 0) {
      placeholders.push({ start: open, end: text.length, label: text.slice(open) });
      open = -1;
    } else text += ch;
  }
  return { text, placeholders };
}
