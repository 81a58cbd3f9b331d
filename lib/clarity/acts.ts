import { compile, fillVerbs } from './patterns';

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
  infoStatements: string[];
  whoAction: string;
  whenAction: string;
  /** "VERB" stands for the lexicon's action verbs. */
  subjectAction: string;
  tagQuestion: string;
  contrastive: string[];
  followUps: string[];
}

interface CompiledActs {
  questionOpener: RegExp;
  tagQuestion: RegExp;
  /** The asks that can open any clause of a statement after "but" or a dash ("I don't know if…, but I was hoping we could…"). */
  contrastive: RegExp[];
  phatic: RegExp[];
  offer: RegExp[];
  indirect: RegExp[];
  /** Wants and nudges: they make a draft a request but are not a separate ask beside a direct one. */
  weak: RegExp[];
  strongInfo: RegExp[];
  infoStatements: RegExp[];
  followUps: RegExp[];
}

const cache = new WeakMap<ActWords, CompiledActs>();

function compiledActs(words: ActWords, verbs: readonly string[]): CompiledActs {
  let found = cache.get(words);
  if (!found) {
    // Wants and nudges serve two lists, and a few asks open clauses too: each source is compiled once.
    const bySource = new Map<string, RegExp>();
    const one = (p: string) => bySource.get(p) ?? bySource.set(p, compile(p, '')).get(p)!;
    const list = (ps: string[]) => ps.map(one);
    found = {
      questionOpener: one(words.questionOpeners),
      tagQuestion: one(words.tagQuestion),
      contrastive: list(words.contrastive),
      phatic: list(words.phatic),
      offer: list(words.offer),
      indirect: list([
        ...words.suggestion,
        ...words.decision,
        ...words.nudge,
        ...words.permission,
        ...words.want,
        words.whoAction,
        words.whenAction,
        fillVerbs(words.subjectAction, verbs),
      ]),
      weak: list([...words.want, ...words.nudge]),
      strongInfo: list(words.infoStrong),
      infoStatements: list(words.infoStatements),
      followUps: list(words.followUps),
    };
    cache.set(words, found);
  }
  return found;
}

const TRAILING = /(?:[\s\p{Extended_Pictographic})"'*~:;-]|\u200d|\ufe0f)+$/u;
const LEADING = /^[\s"'(*~-]+/;
// Where a new clause can open inside a sentence: after a clause mark, or after "so" / "but" / "then" / "also".
const CLAUSE_BREAK = /(?:[,;:—–]|\s-\s|\.\.\.|…)\s*|\b(?:so|but|then|also|and|if so|otherwise|instead of [^,]{1,40},)\s+/g;

function clauseStarts(body: string): string[] {
  const out = [body];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m && out.length < 12; m = CLAUSE_BREAK.exec(body)) {
    const rest = body.slice(m.index + m[0].length);
    if (rest) out.push(rest);
  }
  return out;
}

const CONTRAST = /(?:,\s*but|;|\s[—–-]\s|\bbut)\s+/g;

function contrastiveClauses(body: string): string[] {
  const out: string[] = [];
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(body); m && out.length < 6; m = CONTRAST.exec(body)) out.push(body.slice(m.index + m[0].length));
  return out;
}

/** The sentence as a question: ends with "?", or (chat, unpunctuated) opens like one. */
function isQuestion(core: string, c: CompiledActs): boolean {
  const body = core.replace(TRAILING, '');
  if (/\?$/.test(body)) return true;
  // "Did you get the parcel I sent ." and "ur bringing the table arent you .": the form asks, whatever the mark.
  if (c.tagQuestion.test(body.replace(/\s*[.!]+$/, '').replace(LEADING, ''))) return true;
  // A full stop typed after a space ("what time does it finish .") is how some people end every line, questions too.
  if (/[.!]$/.test(body) && !/\s\.$/.test(body)) return false;
  return c.questionOpener.test(body.replace(/\s+\.$/, '').replace(LEADING, ''));
}

export interface Act {
  kind: ActKind;
  /** "Is that ok?", "Would that work?": checks the ask beside it, not a new one. */
  followUp: boolean;
  /** "I need two volunteers", "just chasing the form": a want or nudge, not a direct ask. */
  weak: boolean;
}

/**
 * The act of one sentence (greeting and "Name," already stripped), from its
 * form: small talk and offers are not asks; suggestions, decisions, nudges,
 * permission and wants are action asks whatever their grammar, at the start
 * of the sentence or of one of its clauses; other questions to the reader ask
 * for information. `patternAsk` says the request patterns already saw an ask.
 */
export function actOf(core: string, words: ActWords, verbs: readonly string[], patternAsk: boolean): Act {
  const c = compiledActs(words, verbs);
  const body = core.replace(TRAILING, '').replace(LEADING, '');
  const question = isQuestion(core, c);
  const followUp = question && c.followUps.some((re) => re.test(body));
  const weak = c.weak.some((re) => re.test(body));
  const act = (kind: ActKind): Act => ({ kind, followUp, weak });
  // "I'm just checking in — how are you doing?": small talk can close a sentence too.
  const lastClause = body.slice(Math.max(body.lastIndexOf('—'), body.lastIndexOf('–'), body.lastIndexOf(' - ')) + 1).trim();
  if (c.phatic.some((re) => re.test(body) || (question && re.test(lastClause)))) return act('phatic');
  // "I'm doing soup tomorrow, shall I drop some round?": an offer can close a sentence after any clause mark.
  const tail = question ? body.slice(Math.max(body.lastIndexOf(', '), body.lastIndexOf('; '), body.lastIndexOf('—'), body.lastIndexOf('–')) + 1).trim() : lastClause;
  if (c.offer.some((re) => re.test(body) || re.test(lastClause) || re.test(tail))) return act('offer');
  // Inside a sentence only a question's clauses are read as asks: "I moved my car so you could get out" asks nothing.
  const clauses = question ? clauseStarts(body) : [body];
  if (clauses.some((clause) => c.indirect.some((re) => re.test(clause)))) return act('action');
  if (!question && contrastiveClauses(body).some((clause) => c.contrastive.some((re) => re.test(clause)))) return act('action');
  if (patternAsk) return act(question && c.strongInfo.some((re) => re.test(body)) ? 'info' : 'action');
  if (question && /\p{L}/u.test(body)) return act('info');
  if (c.infoStatements.some((re) => re.test(body))) return act('info');
  return act('other');
}
