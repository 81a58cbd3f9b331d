import { expect, test } from 'vitest';
import type { TemplateRecord } from '@/lib/db';
import { fitsSync, mergeTemplatesForSync } from '@/lib/sync';

const tpl = (id: string, updatedAt: number, body = 'Hi {{name}}'): TemplateRecord => ({ id, kind: 'custom', name: id, fields: [], body, createdAt: 0, updatedAt });

test('newest wins per template, and nothing is dropped', () => {
  const merged = mergeTemplatesForSync([tpl('a', 5), tpl('b', 1)], [tpl('a', 3, 'old'), tpl('b', 9, 'new'), tpl('c', 2)]);
  expect(Object.fromEntries(merged.map((t) => [t.id, t.updatedAt]))).toEqual({ a: 5, b: 9, c: 2 });
});

test('an item over the 8 KB sync limit does not fit', () => {
  expect(fitsSync(tpl('small', 1))).toBe(true);
  expect(fitsSync(tpl('big', 1, 'x'.repeat(9000)))).toBe(false);
});
