import { compile } from './patterns';

/** What one sentence does to the reader. */
export type ActKind = 'action' | 'info' | 'offer' | 'phatic' | 'other';

export interface ActWords {
  questionOpeners: string;
  phatic: string[];
  offer: string[];
  suggestion: string[];
  decision: string[];
  nudge: string[];
  permission: string[];
  want: string[];
  infoStrong: string[];
  whoAction: string;
  whenAction: string;
}

interface CompiledActs {
  questionOpener: RegExp;
  phatic: RegExp[];
  offer: RegExp[];
  indirect: RegExp[];
  strongInfo: RegExp[];
  whoAction: RegExp;
  whenAction: RegExp;
}

const cache = new WeakMap<ActWords, CompiledActs>();

function compiledActs(words: ActWords): CompiledActs {
  let found = cache.get(words);
  if (!found) {
    const list = (ps: string[]) => ps.map((p) => compile(p, ''));
    found = {
      questionOpener: compile(words.questionOpeners, ''),
      phatic: list(words.phatic),
      offer: list(words.offer),
      indirect: list([...words.suggestion, ...words.decision, ...words.nudge, ...words.permission, ...words.want]),
      strongInfo: list(words.infoStrong),
      whoAction: compile(words.whoAction, ''),
      whenAction: compile(words.whenAction, ''),
    };
    cache.set(words, found);
  }
  return found;
}

const TRAILING = /[\s\p{Extended_Pictographic}\u200d\ufe0f)"'*~:;-]+$/u;
const LEADING = /^[\s"'(*~-]+/;

/** The sentence as a question: ends with "?", or (chat, unpunctuated) opens like one. */
export function isQuestion(core: string, words: ActWords): boolean {
  const body = core.replace(TRAILING, '');
  if (/\?$/.test(body)) return true;
  if (/[.!]$/.test(body)) return false;
  return compiledActs(words).questionOpener.test(body.replace(LEADING, ''));
}

/**
 * The act of one sentence (greeting and "Name," already stripped), from its
 * form: small talk and offers are not asks; suggestions, decisions, nudges,
 * permission and wants are action asks whatever their grammar; other
 * questions to the reader ask for information.
 * `patternAsk` says the request patterns already saw an ask here.
 */
export function actOf(core: string, words: ActWords, patternAsk: boolean): ActKind {
  const c = compiledActs(words);
  const body = core.replace(TRAILING, '').replace(LEADING, '');
  const question = isQuestion(core, words);
  // "I'm just checking in — how are you doing?": small talk can close a sentence too.
  const lastClause = body.slice(Math.max(body.lastIndexOf('—'), body.lastIndexOf('–'), body.lastIndexOf(' - ')) + 1).trim();
  if (c.phatic.some((re) => re.test(body) || (question && re.test(lastClause)))) return 'phatic';
  if (c.offer.some((re) => re.test(body))) return 'offer';
  if (c.indirect.some((re) => re.test(body)) || c.whoAction.test(body) || c.whenAction.test(body)) return 'action';
  if (patternAsk) return question && c.strongInfo.some((re) => re.test(body)) ? 'info' : 'action';
  if (question && body.length > 1) return 'info';
  return 'other';
}
