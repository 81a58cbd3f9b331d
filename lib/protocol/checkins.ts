import type { CheckInRecord, CheckInStatus, ReciprocityDB, RunRecord } from '../db';
import type { MovementId } from '../content';
import { checkInId } from './steps';
import type { LocalDate } from './dates';

export interface CheckInChange {
  status?: CheckInStatus;
  note?: string;
  movement?: MovementId | null;
}

/** Saves (or edits) today's check-in the moment anything is given. */
export async function saveCheckIn(db: ReciprocityDB, run: RunRecord, day: number, date: LocalDate, change: CheckInChange, now: number): Promise<void> {
  const id = checkInId(run, date);
  await db.transaction('rw', db.checkins, async () => {
    const existing = await db.checkins.get(id);
    const next: CheckInRecord = {
      id,
      runId: run.id,
      day,
      date,
      status: change.status ?? existing?.status ?? 'partly',
      note: (change.note ?? existing?.note ?? '').slice(0, 280),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    const movement = change.movement === undefined ? existing?.movement : change.movement ?? undefined;
    if (movement) next.movement = movement;
    await db.checkins.put(next);
  });
}

export async function setRunStatus(db: ReciprocityDB, run: RunRecord, status: RunRecord['status'], now: number, extra: Partial<RunRecord> = {}): Promise<void> {
  await db.runs.update(run.id, { status, updatedAt: now, ...extra });
}
