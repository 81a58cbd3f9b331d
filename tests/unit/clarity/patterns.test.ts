import { expect, test } from 'vitest';
import { any, compile, findAll, first } from '../../../lib/clarity/patterns';

// The matchers behave as one alternation of the list would, without building it.
const list = ['could you', 'could', 'you help', 'help'].map((p) => compile(p));

test('the leftmost match wins, and at one position the earlier pattern', () => {
  expect(first(list, 'so could you help')).toEqual({ start: 3, end: 12 });
  expect(first(list, 'please help', 10)).toEqual({ start: 17, end: 21 });
  expect(first(list, 'nothing here')).toBeUndefined();
  expect(any(list, 'nothing here')).toBe(false);
});

test('all matches are leftmost and never overlap', () => {
  expect(findAll(list, 'could you help? you help. help')).toEqual([
    { start: 0, end: 9 },
    { start: 10, end: 14 },
    { start: 16, end: 24 },
    { start: 26, end: 30 },
  ]);
});

test('an empty match does not loop forever', () => {
  expect(findAll([/x*/g], 'ab')).toHaveLength(3);
});
