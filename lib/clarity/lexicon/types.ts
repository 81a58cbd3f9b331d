import type { ActWords } from '../acts';
import type { ShorthandWords } from '../canonical';
import type { FindingKind } from '../types';

/**
 * Everything language-specific the engine needs. Patterns are regular
 * expression sources matched against lower-cased text with straight
 * apostrophes; a space in a pattern stands for any run of whitespace. Keep
 * them free of nested quantifiers so matching stays linear.
 */
export interface Lexicon {
  /** Lines from here on are an earlier message, not the user's new text. */
  quoteHeaders: string[];
  /** A line that starts a signature; the rest of the draft is not analysed. */
  signatureStarts: string[];
  /** Chat-speak spelled out before any rule runs. */
  shorthand: ShorthandWords;
  /** Words before a dot that do not end a sentence. */
  abbreviations: string[];

  /** What a sentence does to the reader, from its form (acts.ts). */
  acts: ActWords;
  request: string[];
  /** Patterns that make a sentence an offer, boundary, decline or thanks: never a request. */
  notRequest: string[];
  /** "please" followed by one of these is a courtesy or a limit, not an ask. */
  pleaseExceptions: string[];
  /** Verbs that start an imperative ask ("Send me the notes"). */
  imperativeVerbs: string[];
  /** Requests for a reply only; they don't count as a second ask. */
  metaAsks: string[];
  actionVerbs: string[];
  /** Words that stand for what was just named ("drop *them* at Ana's"). */
  backReferences: string[];
  /** Markers that join a separate, additional ask. */
  additionalAsk: string[];

  vagueAsk: string[];
  diffuseAsk: string[];
  when: string[];
  size: string[];
  why: string[];
  easyNo: string[];
  /** A sentence naming the concrete thing needed, so a bare "can you help?" elsewhere is not vague. */
  concreteNeed: string[];

  pressure: string[];
  overApology: string[];
  /** Each adds 1 to a sentence's hedge weight; three or more is a stack. */
  hedgeWords: string[];
  /** A single one of these is already a stack. */
  hedgePhrases: string[];
  debt: string[];
  scorekeeping: string[];
  /** Counts of one's own past help ("three weeks in a row"): scorekeeping only beside an ask or another tally of favours, not in plain news. */
  tallies: string[];
  /** Who helped and how ("i've driven"): the first half of a counted tally. */
  tallyActor: string;
  /** Right after the actor, in the same sentence: how the help is counted ("every saturday", "three times", a list of jobs). */
  tallyCount: string;
  /** Words that make a tally plain news when nothing is asked ("…and loved it"). */
  enjoyment: string[];
  /** Openers of a message, skipped when finding where an ask begins. */
  greetings: string[];
  signOffs: string[];

  messages: Record<FindingKind, { message: string; suggestion?: string }>;
  /** The easy-no line suggested for a request without one. */
  easyNoLine: { chat: string; email: string };
  /** Lead-ins that collapse to a plain ask: [pattern, replacement]; part of a hedge stack, and rewritten. */
  hedgeLeadIns: [string, string][];
}

/** The rewriter's words, kept apart so the compose helper's page script does not carry them. */
export interface RewriteWords {
  placeholders: { when: string; who: string; what: string };
  gratitude: string;
  /** Openers that turn a demand into a request: [pattern, replacement]. */
  softenOpeners: [string, string][];
}
