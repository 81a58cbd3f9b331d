import type { ReciprocityDB, RunRecord } from '../db';
import { stamp } from '../db';
import { daysBetween, localDate } from './dates';
import { PROTOCOL_LENGTH } from '../content';

/** The run in progress (active or paused), if any. */
export async function currentRun(db: ReciprocityDB): Promise<RunRecord | undefined> {
  const open = await db.runs.where('status').anyOf('active', 'paused').toArray();
  return open.sort((a, b) => b.createdAt - a.createdAt)[0];
}

export async function startRun(db: ReciprocityDB, now: number, timeZone: string): Promise<RunRecord> {
  const run: RunRecord = { ...stamp(now), startDate: localDate(now, timeZone), timeZone, status: 'active' };
  await db.transaction('rw', db.runs, async () => {
    // Only one run is ever open: starting afresh finishes whatever was open.
    const open = await db.runs.where('status').anyOf('active', 'paused').toArray();
    for (const old of open) await db.runs.update(old.id, { status: 'finished', finishedAt: now, updatedAt: now });
    await db.runs.add(run);
  });
  return run;
}

/** Calendar day of the run (1-based, capped at the protocol's length). */
export function calendarDay(run: RunRecord, now: number, timeZone: string): number {
  const elapsed = daysBetween(run.startDate, localDate(now, timeZone));
  return Math.min(PROTOCOL_LENGTH, Math.max(1, elapsed + 1));
}
