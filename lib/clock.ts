/** Test builds only: an offset the e2e suite sets to move "now" to later days. */
export const TEST_CLOCK_KEY = 'reciprocity:test-clock-offset-ms';

/**
 * The current time. In the test build, extension pages add an offset from
 * localStorage so tests can step through the week without waiting; the
 * production build compiles this branch away.
 */
export function now(): number {
  if (import.meta.env?.MODE === 'test' && typeof localStorage !== 'undefined') {
    return Date.now() + Number(localStorage.getItem(TEST_CLOCK_KEY) ?? 0);
  }
  return Date.now();
}
