import { expect, test } from 'vitest';
import { createRateLimiter } from '@/lib/messaging';

test('allows a burst up to capacity, then refills over time', () => {
  const allow = createRateLimiter(3, 1);
  expect([allow('tab:1', 0), allow('tab:1', 0), allow('tab:1', 0), allow('tab:1', 0)]).toEqual([true, true, true, false]);
  expect(allow('tab:1', 500)).toBe(false);
  expect(allow('tab:1', 1100)).toBe(true);
});

test('keys are independent', () => {
  const allow = createRateLimiter(1, 0.1);
  expect(allow('tab:1', 0)).toBe(true);
  expect(allow('tab:1', 0)).toBe(false);
  expect(allow('tab:2', 0)).toBe(true);
});
