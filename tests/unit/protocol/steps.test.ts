import { describe, expect, test } from 'vitest';
import { addDays, calendarDay, currentStep, daysBetween, isComplete, localDate } from '@/lib/protocol';
import type { CheckInRecord, RunRecord } from '@/lib/db';

type C = Pick<CheckInRecord, 'date' | 'day' | 'status'>;
const done = (date: string, day: number): C => ({ date, day, status: 'done' });

describe('local dates', () => {
  test('the day is the wall-clock date in the user’s zone, not UTC', () => {
    const lateEvening = Date.UTC(2026, 2, 3, 23, 30); // 23:30 UTC on 3 March
    expect(localDate(lateEvening, 'UTC')).toBe('2026-03-03');
    expect(localDate(lateEvening, 'Asia/Tokyo')).toBe('2026-03-04');
    expect(localDate(lateEvening, 'America/Los_Angeles')).toBe('2026-03-03');
  });

  test('crossing midnight moves to the next day', () => {
    const beforeMidnight = Date.UTC(2026, 5, 10, 22, 59); // 23:59 in London (BST)
    expect(localDate(beforeMidnight, 'Europe/London')).toBe('2026-06-10');
    expect(localDate(beforeMidnight + 2 * 60_000, 'Europe/London')).toBe('2026-06-11');
  });

  test('daylight-saving days are still one day', () => {
    // US clocks spring forward on 8 March 2026 and fall back on 1 November 2026.
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    const run = { startDate: '2026-03-07' } as RunRecord;
    const noonAfterChange = Date.UTC(2026, 2, 9, 16, 0); // noon in New York, after the change
    expect(calendarDay(run, noonAfterChange, 'America/New_York')).toBe(3);
  });

  test('a time-zone change mid-run reads the date where the user now is', () => {
    const instant = Date.UTC(2026, 6, 1, 6, 0);
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-06-30');
    expect(localDate(instant, 'Europe/Berlin')).toBe('2026-07-01');
  });
});

describe('current step', () => {
  test('starts at step 1', () => {
    expect(currentStep([], '2026-03-01')).toBe(1);
  });

  test('moves on the day after a done or partly check-in', () => {
    const checkins: C[] = [done('2026-03-01', 1), { date: '2026-03-02', day: 2, status: 'partly' }];
    expect(currentStep(checkins, '2026-03-01')).toBe(1);
    expect(currentStep(checkins, '2026-03-02')).toBe(2);
    expect(currentStep(checkins, '2026-03-03')).toBe(3);
  });

  test('a missed day just waits: the step stays, nothing resets', () => {
    const checkins: C[] = [done('2026-03-01', 1)];
    expect(currentStep(checkins, '2026-03-09')).toBe(2);
  });

  test('"not today" waits too', () => {
    const checkins: C[] = [done('2026-03-01', 1), { date: '2026-03-02', day: 2, status: 'not-today' }];
    expect(currentStep(checkins, '2026-03-03')).toBe(2);
  });

  test('at most one step a day, and a stale check-in for another step does not skip ahead', () => {
    const checkins: C[] = [done('2026-03-01', 1), done('2026-03-02', 1)];
    expect(currentStep(checkins, '2026-03-03')).toBe(2);
  });

  test('after step 7 the run is complete', () => {
    const week = [1, 2, 3, 4, 5, 6, 7].map((day) => done(`2026-03-0${day}`, day));
    expect(isComplete(week, '2026-03-07')).toBe(false);
    expect(isComplete(week, '2026-03-08')).toBe(true);
  });
});
