import { addDays, localDate, type LocalDate } from '../protocol/dates';

/**
 * The next moment the wall clock in `timeZone` reads `time` (HH:MM) on or
 * after `from`, skipping days up to and including `pausedUntil`. Computed
 * from the zone's own offsets, so daylight-saving changes land on the same
 * local time.
 */
export function nextReminderAt(from: number, time: string, timeZone: string, pausedUntil?: LocalDate): number {
  const [hh, mm] = time.split(':').map(Number);
  let day = localDate(from, timeZone);
  if (pausedUntil && day <= pausedUntil) day = addDays(pausedUntil, 1);
  for (let i = 0; i < 3; i++) {
    const at = zonedTime(day, hh ?? 19, mm ?? 0, timeZone);
    if (at > from) return at;
    day = addDays(day, 1);
  }
  return zonedTime(day, hh ?? 19, mm ?? 0, timeZone);
}

/** Never more than one a day, and quiet once today's check-in is done. */
export function shouldNotify(today: LocalDate, checkedInToday: boolean, lastNotified?: LocalDate): boolean {
  return !checkedInToday && lastNotified !== today;
}

/** Epoch ms of a local wall-clock time in a zone. */
export function zonedTime(date: LocalDate, hours: number, minutes: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hours, minutes);
  // Correct by the zone's offset at the guess, twice (the offset can change in between).
  let at = guess - offsetMs(guess, timeZone);
  at = guess - offsetMs(at, timeZone);
  return at;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetMs(instant: number, timeZone: string): number {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    partsFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}
