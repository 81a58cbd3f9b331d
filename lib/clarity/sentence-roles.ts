import { actOf, type ActKind } from './acts';
import type { Lexicon } from './lexicon/types';
import { any, findAll, first, type Compiled, type Match } from './patterns';
import type { Sentence } from './sentences';

/** One sentence with what it does in the draft. */
export interface Role extends Sentence {
  /** Offset where the sentence proper begins, after a greeting or "Name,". */
  coreStart: number;
  core: string;
  /** It asks the reader to do, give, lend, check, decide or permit something. */
  isRequest: boolean;
  /** It only asks the reader for a piece of information. */
  isInfo: boolean;
  act: ActKind;
  /** The words that make it a request. */
  askMatch?: Match;
  isMeta: boolean;
}

const VOCATIVE = /^(?:@[\w.-]+[\s,:]*)?(?:(?:hi|hey|hello|dear|hiya|heya|yo|morning|good morning|evening|ok|okay|so|also|and|btw|ps|p\.s\.|oh|um|right)(?: there| all| team| everyone| folks| guys)?\b[\s,!:—–-]*)?(?:(?!someone|somebody|anyone|anybody|whoever|who\b|one of)[\p{L}'’]+(?: [\p{L}'’]+)?, (?=\S))?/u;

export function roleOf(sentence: Sentence, c: Compiled, lexicon: Lexicon): Role {
  const lead = VOCATIVE.exec(sentence.text)?.[0].length ?? 0;
  const core = sentence.text.slice(lead);
  const coreStart = sentence.start + lead;
  const askMatch =
    first(c.request, core, coreStart) ?? first(c.request, sentence.text, sentence.start) ?? imperative(core, coreStart, lexicon) ?? clauseImperative(core, coreStart, lexicon);
  const refused = any(c.notRequest, core);
  const act = actOf(core, lexicon.acts, askMatch !== undefined && !refused);
  const isRequest = act === 'action' && !refused;
  const isInfo = act === 'info' && !refused;
  const match = askMatch ?? (isRequest ? { start: coreStart, end: coreStart + (/^\S+/.exec(core)?.[0].length ?? 0) } : undefined);
  return { ...sentence, core, coreStart, isRequest, isInfo, act, askMatch: match, isMeta: isRequest && isOnlyMeta(core, c) };
}

const NOT_IMPERATIVE = /^(?:take care|get well|have a|come on|check out|see you|help yourself|let's|thanks|thank|give me (?:a|an|one) (?:day|sec|second|minute|moment|bit|week|hour)|(?:send|give) (?:my|our) (?:love|regards|best|thanks))/;

/** "Send me the notes by Friday." — an ask without a modal. */
function imperative(core: string, base: number, lexicon: Lexicon): Match | undefined {
  const word = /^[a-z]+/.exec(core)?.[0];
  if (!word || !lexicon.imperativeVerbs.includes(word) || NOT_IMPERATIVE.test(core)) return undefined;
  if (/\b(?:i|we) (?:sent|got|took|brought|picked|called)\b/.test(core)) return undefined;
  return { start: base, end: base + word.length };
}

const CLAUSE = /[,;:—–]\s*(?=[a-z]+ (?:the|your|my|me|us|it|this|that|a|an|them|her|him)\b)/g;

/** "Time is running out, sign the form today." — an imperative after a clause break, with an object. */
function clauseImperative(core: string, base: number, lexicon: Lexicon): Match | undefined {
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(core); m; m = CLAUSE.exec(core)) {
    const at = m.index + m[0].length;
    const found = imperative(core.slice(at), base + at, lexicon);
    if (found) return found;
  }
  return undefined;
}

/** A request whose only ask is a reply ("let me know by Friday"). */
function isOnlyMeta(core: string, c: Compiled): boolean {
  const metas = findAll(c.metaAsks, core);
  if (metas.length === 0) return false;
  const requests = findAll(c.request, core);
  return requests.every((r) => metas.some((m) => m.start <= r.start + 2 && m.end >= r.start));
}
