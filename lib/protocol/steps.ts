import { PROTOCOL_LENGTH } from '../content';
import type { CheckInRecord, RunRecord } from '../db';
import type { LocalDate } from './dates';

/**
 * The step a run is on. A step moves on only after a day that got a "done" or
 * "partly" check-in for it, and at most once a day; a day without a check-in
 * (or "not today") simply waits. No streaks, nothing breaks.
 */
export function currentStep(checkins: Pick<CheckInRecord, 'date' | 'day' | 'status'>[], today: LocalDate): number {
  let step = 1;
  const past = checkins.filter((c) => c.date < today).sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const c of past) {
    if (c.status !== 'not-today' && c.day === step) step = Math.min(PROTOCOL_LENGTH + 1, step + 1);
  }
  return step;
}

/** After the seventh step has been checked in on an earlier day, the run is complete. */
export function isComplete(checkins: Pick<CheckInRecord, 'date' | 'day' | 'status'>[], today: LocalDate): boolean {
  return currentStep(checkins, today) > PROTOCOL_LENGTH;
}

/** One check-in per run per local day: the id makes a second save an edit. */
export function checkInId(run: Pick<RunRecord, 'id'>, date: LocalDate): string {
  return `${run.id}:${date}`;
}
