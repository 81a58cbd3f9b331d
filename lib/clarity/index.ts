// The request clarity analyzer: pure, synchronous, no DOM — it runs in Node,
// extension pages and the compose helper's content script alike.
import { analyzeWith } from './analyze';
import { EN } from './lexicon/en';
import type { Lexicon } from './lexicon/types';
import { proposeWith } from './rewrite';
import type { ClarityReport, ClearerDraft } from './types';

export type { ClarityElements, ClarityReport, ClearerDraft, Finding, FindingKind, Placeholder } from './types';
export { ALL_KINDS, ASK_KINDS } from './types';
export { MAX_ANALYSED } from './normalize';
export type { Lexicon } from './lexicon/types';

/** What makes this draft hard to answer, and which parts of a clear request it has. */
export function analyzeDraft(text: string, lexicon: Lexicon = EN): ClarityReport {
  return analyzeWith(lexicon, text);
}

/**
 * The draft rewritten to fix what can be fixed without inventing facts;
 * placeholders mark what only the writer can supply.
 */
export function proposeClearerDraft(text: string, report: ClarityReport = analyzeDraft(text), lexicon: Lexicon = EN): ClearerDraft {
  return proposeWith(lexicon, text, report);
}
