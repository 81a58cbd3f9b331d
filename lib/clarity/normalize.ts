import type { Lexicon } from './lexicon/types';

/** Beyond this many characters a paste is not analysed (the report says so). */
export const MAX_ANALYSED = 20_000;

/**
 * A same-length copy of the text for matching: lower-cased, straight
 * apostrophes, and quoted replies, signatures and anything past the limit
 * blanked out — so every offset found in it is an offset into the original.
 */
export interface Prepared {
  matchText: string;
  analysedLength: number;
  truncated: boolean;
}

export function prepare(text: string, lexicon: Lexicon): Prepared {
  const truncated = text.length > MAX_ANALYSED;
  const limit = truncated ? MAX_ANALYSED : text.length;
  let lower = text.slice(0, limit).toLowerCase();
  // A few characters change length when lower-cased (e.g. "İ"); keep offsets exact.
  if (lower.length !== limit) lower = sameLengthLower(text.slice(0, limit));
  lower = lower.replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u00a0\u2007\u202f]/g, ' ');
  const masked = maskQuotedAndSignature(lower, lexicon);
  return { matchText: masked + ' '.repeat(text.length - limit), analysedLength: limit, truncated };
}

function sameLengthLower(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

const compiledHeaders = new WeakMap<Lexicon, { quote: RegExp[]; signature: RegExp[]; signOff: RegExp }>();

function headerPatterns(lexicon: Lexicon) {
  let found = compiledHeaders.get(lexicon);
  if (!found) {
    found = {
      quote: lexicon.quoteHeaders.map((p) => new RegExp(p)),
      signature: lexicon.signatureStarts.map((p) => new RegExp(p)),
      signOff: new RegExp(`^(?:${lexicon.signOffs.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[,.!]*(?: [\\p{L}.]+){0,3}[,.!]*$`, 'u'),
    };
    compiledHeaders.set(lexicon, found);
  }
  return found;
}

/** Blanks "> quoted" lines, and everything from a reply header or signature on. */
function maskQuotedAndSignature(text: string, lexicon: Lexicon): string {
  const { quote, signature, signOff } = headerPatterns(lexicon);
  const parts: string[] = [];
  let offset = 0;
  let cutAt = -1;
  const lines = text.split('\n');
  const headers = [...quote, ...signature];
  // A blank line above this one (a "\n\n" before it): the message is laid out in paragraphs. Tracked as we go,
  // and the line after a sign-off is looked up only for a sign-off, so a paste of many short lines stays linear.
  let paragraphs = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const trimmed = line.trim();
    if (trimmed.length < 400 && headers.some((re) => re.test(trimmed)) && offset > 0) {
      cutAt = offset;
      break;
    }
    // "Regards,\nRuth Pritchard\nVolunteer Coordinator\n(740) 555-0142": after a sign-off, short lines are the signature.
    // Only in a message laid out in paragraphs, and only when the sign-off ends in a comma or a bare name follows:
    // in chat, "thanks\ncan u grab milk" is still being written.
    if (offset > 0 && paragraphs && signOff.test(trimmed) && closesMessage(trimmed, lines, i) && isSignatureBlock(lines.slice(i + 1), quote)) {
      parts.push(line);
      offset += line.length + 1;
      cutAt = offset;
      break;
    }
    if (i >= 1 && line === '') paragraphs = true;
    parts.push(trimmed.startsWith('>') ? blank(line) : line);
    offset += line.length + 1;
  }
  if (cutAt < 0) return parts.join('\n');
  const kept = parts.join('\n');
  return kept + (kept.length < text.length ? blank(text.slice(kept.length)) : '');
}

/** A sign-off ends in a comma, or the next line with words on it is a bare name of at most three words. */
function closesMessage(trimmed: string, lines: string[], at: number): boolean {
  if (trimmed.endsWith(',')) return true;
  for (let j = at + 1; j < lines.length; j++) {
    const next = (lines[j] as string).trim();
    if (next !== '') return next.split(/\s+/).length <= 3;
  }
  return false;
}

/** Up to eight short lines (name, role, phone, a motto) and then the end or a quoted message. */
function isSignatureBlock(rest: string[], quote: RegExp[]): boolean {
  let short = 0;
  for (const line of rest) {
    const trimmed = line.trim();
    if (trimmed.length < 400 && quote.some((re) => re.test(trimmed))) return true;
    if (trimmed === '') continue;
    if (trimmed.length > 90 || ++short > 8) return false;
  }
  return true;
}

function blank(segment: string): string {
  return segment.replace(/[^\n]/g, ' ');
}
