import { expect, test } from 'vitest';
import { observe, suggestsRebalance, type ObservedFlow } from '@/lib/flows';

const flow = (over: Partial<ObservedFlow> = {}): ObservedFlow => ({
  id: 'f', what: 'Pickups', involved: '', carrier: 'me', weight: 'heavy', notes: '', createdAt: 0, updatedAt: 0, ...over,
});

test('heavy on the same person across two days suggests rebalancing', () => {
  let f = flow();
  f = { ...f, observations: observe(f, '2026-11-02') };
  expect(suggestsRebalance(f)).toBe(false);
  f = { ...f, observations: observe(f, '2026-11-05') };
  expect(suggestsRebalance(f)).toBe(true);
});

test('the same day twice, a lighter day, or a different carrier does not', () => {
  const sameDay = flow({ observations: [{ date: '2026-11-02', weight: 'heavy', carrier: 'me' }] });
  expect(suggestsRebalance({ ...sameDay, observations: observe(sameDay, '2026-11-02') })).toBe(false);
  expect(suggestsRebalance(flow({ observations: [{ date: '2026-11-01', weight: 'heavy', carrier: 'me' }, { date: '2026-11-02', weight: 'okay', carrier: 'me' }] }))).toBe(false);
  expect(suggestsRebalance(flow({ observations: [{ date: '2026-11-01', weight: 'heavy', carrier: 'me' }, { date: '2026-11-02', weight: 'heavy', carrier: 'Ana' }] }))).toBe(false);
});
