import { addDays, type LocalDate } from '../protocol/dates';

/** The Monday that starts the week containing `date` (weeks run Monday to Sunday). */
export function weekStart(date: LocalDate): LocalDate {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

export function markId(week: LocalDate, practiceId: string): string {
  return `${week}:${practiceId}`;
}
