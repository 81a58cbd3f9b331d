import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

import { HALVES, loadJsonl, score } from '../../../scripts/eval-clarity';

// Floors, so a regression in any kind fails the suite; the eval script prints the detail.
const SETS = [
  ['shared dev set', resolve('../shared/clarity/dev-set.jsonl')],
  ['our labelled set', resolve('tests/clarity/labelled.jsonl')],
] as const;

describe.each(SETS)('%s', (_name, path) => {
  test.skipIf(!existsSync(path))('macro-F1 ≥ 0.9 and isRequest accuracy ≥ 0.95', () => {
    const s = score(loadJsonl(path));
    expect(s.macroF1).toBeGreaterThanOrEqual(0.9);
    expect(s.requestAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});

test('the labelled sets are large and cover every kind', () => {
  const all = loadJsonl(SETS[1][1]);
  expect(all.length).toBeGreaterThanOrEqual(250);
  const kinds = new Set(all.flatMap((d) => d.kinds));
  expect(kinds.size).toBe(10);
});

test.each(Object.keys(HALVES))('batch %s of the labelled set holds its floors on its own', (letter) => {
  const batch = loadJsonl(SETS[1][1]).filter((d) => d.id.startsWith(letter));
  if (batch.length === 0) return;
  const s = score(batch);
  expect(s.macroF1).toBeGreaterThanOrEqual(0.9);
  expect(s.requestAccuracy).toBeGreaterThanOrEqual(0.95);
});
