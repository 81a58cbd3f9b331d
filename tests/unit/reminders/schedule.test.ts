import { describe, expect, test } from 'vitest';
import { localDate } from '@/lib/protocol';
import { nextReminderAt, shouldNotify, zonedTime } from '@/lib/reminders';

const wallClock = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));

describe('nextReminderAt', () => {
  test('later today when the time has not passed, tomorrow when it has', () => {
    const morning = zonedTime('2026-05-04', 9, 0, 'Europe/London');
    const next = nextReminderAt(morning, '19:30', 'Europe/London');
    expect(localDate(next, 'Europe/London')).toBe('2026-05-04');
    expect(wallClock(next, 'Europe/London')).toBe('19:30');
    const evening = zonedTime('2026-05-04', 20, 0, 'Europe/London');
    expect(localDate(nextReminderAt(evening, '19:30', 'Europe/London'), 'Europe/London')).toBe('2026-05-05');
  });

  test('keeps the same wall-clock time across daylight-saving changes', () => {
    const beforeChange = zonedTime('2026-03-07', 20, 0, 'America/New_York');
    const next = nextReminderAt(beforeChange, '19:00', 'America/New_York');
    expect(localDate(next, 'America/New_York')).toBe('2026-03-08');
    expect(wallClock(next, 'America/New_York')).toBe('19:00');
    const autumn = nextReminderAt(zonedTime('2026-10-31', 20, 0, 'Europe/Berlin'), '08:15', 'Europe/Berlin');
    expect(wallClock(autumn, 'Europe/Berlin')).toBe('08:15');
    expect(localDate(autumn, 'Europe/Berlin')).toBe('2026-11-01');
  });

  test('stays quiet through a pause', () => {
    const from = zonedTime('2026-05-04', 9, 0, 'UTC');
    expect(localDate(nextReminderAt(from, '19:00', 'UTC', '2026-05-10'), 'UTC')).toBe('2026-05-11');
  });
});

describe('shouldNotify', () => {
  test('once a day at most, and not after today’s check-in', () => {
    expect(shouldNotify('2026-05-04', false, undefined)).toBe(true);
    expect(shouldNotify('2026-05-04', false, '2026-05-04')).toBe(false);
    expect(shouldNotify('2026-05-04', true, '2026-05-03')).toBe(false);
  });
});
