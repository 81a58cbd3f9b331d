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
  /** "Is that ok?": checks an ask made beside it. */
  followUp: boolean;
  /** A want or a nudge rather than a direct ask. */
  weak: boolean;
  /** Some pressure pattern matches: read once here, used by the ask inference, the easy-no check and the findings. */
  leverage: boolean;
}

const VOCATIVE = /^(?:@[\w.-]+[\s,:]*)?(?:(?:hi|hey|hello|dear|hiya|heya|yo|morning|good morning|evening|ok|okay|so|also|and|btw|ps|p\.s\.|oh|um|right)(?: there| all| team| everyone| folks| guys)?\b[\s,!:—–-]*)?(?:(?!someone|somebody|anyone|anybody|whoever|who\b|one of)[\p{L}'’]+(?: [\p{L}'’]+)?, (?=\S))?/u;

// Words that open a sentence in their own right, so they are never a bare name: "so did you…" keeps "so".
const NOT_A_NAME = new Set(
  ('i you u we they he she it the a an my our your ur this that these those there here so and but or if when what who how why where which ' +
    'please pls just also hi hey hello dear ok okay yes no yeah thanks thank sorry well oh right now then today tomorrow tonight all any some ' +
    'every each one not do did does can could would will is are was were am have has had be been let lets need want maybe perhaps guys ' +
    'everyone anyone someone somebody anybody nobody team folks last next after before since because as at in on for to with from by about ' +
    'bro mate lol haha omg ugh wow great good fine sure more most even still only really very much little big new old first also though').split(' '),
);
// What follows a bare name at the start of a chat line: "Douglas did you…", "Rory is it…", "Callum I need…".
const AFTER_NAME = /^(?:i|i'm|i've|i'd|i'll|you|you're|did|do|does|can|could|would|will|what|what's|when|where|where's|who|who's|how|is|are|please|pls|just|sorry|we|it's|its|your|hope|if|any|dont|don't|be|thanks|thank|gran|mum|mom|dad)\b/;

/** "Douglas did you get a chance…": a bare first name before the sentence proper, with no comma. */
function bareName(text: string, lexicon: Lexicon): number {
  const m = /^([a-z][a-z-]{1,20}) (?=\S)/.exec(text);
  if (!m || NOT_A_NAME.has(m[1]!) || lexicon.actionVerbs.includes(m[1]!) || /(?:ing|ed|ly)$/.test(m[1]!)) return 0;
  return AFTER_NAME.test(text.slice(m[0].length)) ? m[0].length : 0;
}

export function roleOf(sentence: Sentence, c: Compiled, lexicon: Lexicon): Role {
  const greeting = VOCATIVE.exec(sentence.text)?.[0].length ?? 0;
  const lead = greeting + bareName(sentence.text.slice(greeting), lexicon);
  const core = sentence.text.slice(lead);
  const coreStart = sentence.start + lead;
  const askMatch =
    first(c.request, core, coreStart) ?? first(c.request, sentence.text, sentence.start) ?? imperative(core, coreStart, lexicon) ?? clauseImperative(core, coreStart, lexicon);
  const refused = any(c.notRequest, core);
  const { kind: act, followUp, weak } = actOf(core, lexicon.acts, lexicon.actionVerbs, askMatch !== undefined && !refused);
  // "If it's a problem pls tell", "just say no": an easy out phrased as an ask is not another ask.
  // It is only an easy out when the ask sits inside it ("feel free to say no") or only asks for a reply about it
  // ("if it's a problem, pls tell"); "no pressure, but could you…" still asks.
  const out = first(c.easyNo, core, coreStart);
  const askAt = askMatch?.start ?? coreStart;
  const easyOut =
    out !== undefined &&
    ((askAt >= out.start && askAt < out.end) || (askAt >= out.start && (isOnlyMeta(core, c) || RELEASE.test(sentence.text.slice(askAt - sentence.start)))));
  const isRequest = act === 'action' && !refused && !easyOut;
  // "If yours isn't done, that's fine, bring it whenever": a fallback for the ask, not a second one.
  const opensWithOut = out !== undefined && out.start <= coreStart + 3;
  const isInfo = act === 'info' && !refused;
  const match = askMatch ?? (isRequest ? { start: coreStart, end: coreStart + (/^\S+/.exec(core)?.[0].length ?? 0) } : undefined);
  return { ...sentence, core, coreStart, isRequest, isInfo, act, askMatch: match, isMeta: (isRequest && isOnlyMeta(core, c)) || followUp, followUp, weak: weak || opensWithOut, leverage: any(c.pressure, sentence.text) };
}

// What follows an easy out when it only hands the reader a way to decline: "…, please tell me", "…, just skip it".
const RELEASE = /^(?:(?:please|pls|kindly|just|simply|then|do) )*(?:tell|say|let me know|ignore|skip|decline|reply|shout|text me|message me|ping me|point me|leave it|don't worry|do not worry|forget)\b/;

const NOT_IMPERATIVE = /^(?:take care(?! of (?!yourself|you\b))|get well|have a|come on|check out|see you|help yourself|let's|thanks|thank|give me (?:a|an|one) (?:day|sec|second|minute|moment|bit|week|hour)|(?:send|give) (?:my|our) (?:love|regards|best|thanks)|stay (?:safe|warm|well|dry|cool|strong|tuned|positive)|look(?:,| at (?:this|that|him|her|them|you|us)\b| who| what)|mind (?:how you go|the)|watch this space|run(?:ning)? (?:late|out)\b|set (?:in|off)\b|post (?:office|box|code)|order (?:of|number)|open (?:day|house)|present(?:s|ed)?\b(?! (?:it|this|the|your|our|my))|close (?:call|one|friend|to)|do (?:enjoy|let me know|keep)|meet (?:you|me) (?:there|then)\b(?!.*\?)|come (?:and )?(?:see|join) (?:us|me)\b.*!$|find (?:attached|enclosed))/;

/** "Send me the notes by Friday." — an ask without a modal. */
function imperative(core: string, base: number, lexicon: Lexicon): Match | undefined {
  const lead = /^(?:(?:please|pls|kindly|just|also|and|so|then|now|oh and|ps|p\.s\.|and also|plus)[\s,]+)*/.exec(core)?.[0].length ?? 0;
  const rest = core.slice(lead);
  const word = /^[a-z]+/.exec(rest)?.[0];
  // A verb followed by a comma is a discourse word ("Look, …"), and "-ing"/past forms never start an imperative.
  if (!word || /^[a-z]+[,:]/.test(rest) || NOT_IMPERATIVE.test(rest)) return undefined;
  if (!lexicon.imperativeVerbs.includes(word) && !lexicon.actionVerbs.includes(word)) return undefined;
  if (/\b(?:i|we) (?:sent|got|took|brought|picked|called)\b/.test(core)) return undefined;
  return { start: base + lead, end: base + lead + word.length };
}

const CLAUSE = /[,;:—–]\s*(?=[a-z]+ (?:the|your|my|me|us|it|this|that|a|an|them|her|him)\b)|\b(?:so|then|now|and) (?=(?:come|go|call|ring|phone|text|send|bring|pay|do|pick|get|take|visit|sign|book|be)\b(?! (?:a |your |an )?(?:coat|jacket|umbrella|brolly|jumper|scarf|sunscreen|hat|layers)\b))/g;

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
