import { expect, test } from 'vitest';
import { markId, weekStart } from '@/lib/checklist';

test('weeks start on Monday', () => {
  expect(weekStart('2026-11-24')).toBe('2026-11-23'); // Tuesday
  expect(weekStart('2026-11-23')).toBe('2026-11-23'); // Monday
  expect(weekStart('2026-11-29')).toBe('2026-11-23'); // Sunday
  expect(weekStart('2027-01-01')).toBe('2026-12-28'); // across the year
});

test('a mark is one practice in one week', () => {
  expect(markId('2026-11-23', 'asked-small')).toBe('2026-11-23:asked-small');
});
