/**
 * A token bucket per key (a tab), so a hostile page cannot make the background
 * write to the database in a tight loop through our content script.
 */
export function createRateLimiter(capacity: number, refillPerSecond: number) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return function allow(key: string, now: number): boolean {
    const bucket = buckets.get(key) ?? { tokens: capacity, at: now };
    const refilled = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond);
    const allowed = refilled >= 1;
    buckets.set(key, { tokens: allowed ? refilled - 1 : refilled, at: now });
    if (buckets.size > 1000) buckets.delete(buckets.keys().next().value as string);
    return allowed;
  };
}
