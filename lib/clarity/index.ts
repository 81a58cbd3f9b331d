// The request clarity analyzer: pure, synchronous, no DOM — it runs in Node,
// extension pages and the background, which answers the compose helper. The
// page itself carries only the prefilter (prefilter.ts).
import { analyzeWith } from './analyze';
import { EN } from './lexicon/en';
import { EN_REWRITE } from './lexicon/en-messages';
import type { Lexicon, RewriteWords } from './lexicon/types';
import { proposeWith } from './rewrite';
import type { ClarityReport, ClearerDraft } from './types';

export type { AskType, ClarityElements, ClarityReport, ClearerDraft, Finding, FindingKind, Placeholder } from './types';
export { ALL_KINDS, ASK_KINDS } from './types';
export { MAX_ANALYSED } from './normalize';
export { mightBeRequest } from './prefilter';
export type { Lexicon, RewriteWords } from './lexicon/types';

/** What makes this draft hard to answer, and which parts of a clear request it has. */
export function analyzeDraft(text: string, lexicon: Lexicon = EN): ClarityReport {
  return analyzeWith(lexicon, text);
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
