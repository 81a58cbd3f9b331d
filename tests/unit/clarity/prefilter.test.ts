import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { analyzeDraft } from '../../../lib/clarity';
import { mightBeRequest } from '../../../lib/clarity/prefilter';
import { loadJsonl, writerSets } from '../../../scripts/eval-clarity';

const drafts = [
  ...loadJsonl(resolve('tests/clarity/labelled.jsonl')),
  ...(existsSync(resolve('../shared/clarity/dev-set.jsonl')) ? loadJsonl(resolve('../shared/clarity/dev-set.jsonl')) : []),
  ...writerSets().flatMap((s) => s.drafts),
];

test('the page prefilter never turns away a draft the analyzer calls a request', () => {
  // The prefilter first: it turns away few drafts, so only those need the full analysis.
  const missed = drafts.filter((d) => !mightBeRequest(d.text) && analyzeDraft(d.text).isRequest).map((d) => d.id);
  expect(drafts.length).toBeGreaterThan(4000);
  expect(missed).toEqual([]);
}, 60_000);

test('the prefilter lets small talk and one-word replies stay on the page', () => {
  for (const text of ['ok', 'lol 😂', 'Thanks!', 'Great news.', 'On my way', 'Brilliant, thanks x', 'Sounds good 👍']) {
    expect(mightBeRequest(text), text).toBe(false);
  }
});
