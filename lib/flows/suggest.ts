import type { FlowRecord, Weight } from '../db';
import type { LocalDate } from '../protocol/dates';

export interface Observation {
  date: LocalDate;
  weight: Weight;
  carrier: string;
}

export type ObservedFlow = FlowRecord & { observations?: Observation[] };

/** Notes how a flow feels today; one observation per day, the latest wins. */
export function observe(flow: ObservedFlow, date: LocalDate): Observation[] {
  const rest = (flow.observations ?? []).filter((o) => o.date !== date);
  return [...rest, { date, weight: flow.weight, carrier: flow.carrier.trim() }].slice(-30);
}

/**
 * A flow that has felt heavy on the same person on two or more separate days
 * in a row is worth rebalancing. It is a description of load, never a count of favours.
 */
export function suggestsRebalance(flow: ObservedFlow): boolean {
  const recent = (flow.observations ?? []).slice(-2);
  if (recent.length < 2) return false;
  const [a, b] = recent as [Observation, Observation];
  return a.date !== b.date && a.weight === 'heavy' && b.weight === 'heavy' && a.carrier !== '' && a.carrier.toLowerCase() === b.carrier.toLowerCase();
}
