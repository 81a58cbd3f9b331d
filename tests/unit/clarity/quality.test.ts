import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_KINDS } from '../../../lib/clarity';
import { HALVES, loadJsonl, score, TUNING_WRITERS, writerSets } from '../../../scripts/eval-clarity';

// Floors, so a regression fails the suite; `npm run eval:clarity` prints the detail. They guard
// what we have, they are not the targets: the targets are on writers we never tune on (docs/clarity.md).
const SETS = [
  ['shared dev set', resolve('../shared/clarity/dev-set.jsonl')],
  ['older labelled set', resolve('tests/clarity/labelled.jsonl')],
] as const;

describe.each(SETS)('%s', (_name, path) => {
  test.skipIf(!existsSync(path))('macro-F1 ≥ 0.9 and isRequest accuracy ≥ 0.95', () => {
    const s = score(loadJsonl(path));
    expect(s.macroF1).toBeGreaterThanOrEqual(0.9);
    expect(s.requestAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});

test.each(Object.keys(HALVES))('batch %s of the older set holds its floors on its own', (letter) => {
  const batch = loadJsonl(SETS[1][1]).filter((d) => d.id.startsWith(letter));
  if (batch.length === 0) return;
  const s = score(batch);
  expect(s.macroF1).toBeGreaterThanOrEqual(0.9);
  expect(s.requestAccuracy).toBeGreaterThanOrEqual(0.95);
});

const writers = writerSets();
const drafted = writers.filter((w) => !w.writer.startsWith('stackexchange'));

test('the writer sets are large, from at least six writers, split by writer, and cover every kind', () => {
  expect(drafted.flatMap((w) => w.drafts).length).toBeGreaterThanOrEqual(3000);
  expect(drafted.length).toBeGreaterThanOrEqual(6);
  expect(drafted.some((w) => w.tuned) && drafted.some((w) => !w.tuned)).toBe(true);
  for (const w of writers) expect(new Set(w.drafts.map((d) => d.writer ?? w.writer))).toEqual(new Set([w.writer]));
  const kinds = new Set(drafted.filter((w) => !w.tuned).flatMap((w) => w.drafts.flatMap((d) => d.kinds)));
  expect([...kinds].sort()).toEqual([...ALL_KINDS].sort());
  expect(TUNING_WRITERS.length).toBeGreaterThan(0);
});

describe.each(writers.map((w) => [w.writer, w] as const))('writer %s', (_name, w) => {
  const s = score(w.drafts);
  test('every finding points inside the draft, at the words it is about', () => {
    expect(s.spanOverlap.invalid).toBe(0);
    if (s.spanOverlap.checked >= 20) expect(s.spanOverlap.overlapping / s.spanOverlap.checked).toBeGreaterThanOrEqual(0.85);
  });
  if (w.writer.startsWith('stackexchange')) {
    test('real requests: action asks are found without calling statements requests', () => {
      expect(s.actionRecall).toBeGreaterThanOrEqual(0.95);
      expect(s.isRequest.precision).toBeGreaterThanOrEqual(0.93);
    });
  } else {
    // Regression guards only; tuned-on writers are held higher because we read their misses.
    const floor = w.tuned ? { macro: 0.75, precision: 0.94, recall: 0.88 } : { macro: 0.6, precision: 0.9, recall: 0.8 };
    test(`macro-F1 ≥ ${floor.macro}, isRequest precision ≥ ${floor.precision} and recall ≥ ${floor.recall}`, () => {
      if (w.drafts.length < 100) return;
      expect(s.macroF1).toBeGreaterThanOrEqual(floor.macro);
      expect(s.isRequest.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(s.isRequest.recall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});
