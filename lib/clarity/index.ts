// The request clarity analyzer: pure, synchronous, no DOM — it runs in Node,
// extension pages and the compose helper's content script alike.
import { analyzeWith, isRequestWith } from './analyze';
import { EN } from './lexicon/en';
import { EN_REWRITE } from './lexicon/en-messages';
import type { Lexicon, RewriteWords } from './lexicon/types';
import { proposeWith } from './rewrite';
import type { ClarityReport, ClearerDraft } from './types';

export type { ClarityElements, ClarityReport, ClearerDraft, Finding, FindingKind, Placeholder } from './types';
export { ALL_KINDS, ASK_KINDS } from './types';
export { MAX_ANALYSED } from './normalize';
export type { Lexicon, RewriteWords } from './lexicon/types';

/** What makes this draft hard to answer, and which parts of a clear request it has. */
export function analyzeDraft(text: string, lexicon: Lexicon = EN): ClarityReport {
  return analyzeWith(lexicon, text);
}

/** Whether the draft asks for something: the same answer as `analyzeDraft(text).isRequest`, for less work. */
export function isRequestDraft(text: string, lexicon: Lexicon = EN): boolean {
  return isRequestWith(lexicon, text);
}

/**
 * The draft rewritten to fix what can be fixed without inventing facts;
 * placeholders mark what only the writer can supply.
 */
export function proposeClearerDraft(
  text: string,
  report: ClarityReport = analyzeDraft(text),
  lexicon: Lexicon = EN,
  words: RewriteWords = EN_REWRITE,
): ClearerDraft {
  return proposeWith(lexicon, words, text, report);
}
