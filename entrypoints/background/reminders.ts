import { browser } from 'wxt/browser';
import { readSettings, type ReciprocityDB } from '@/lib/db';
import { checkInId, currentRun, localDate, systemTimeZone } from '@/lib/protocol';
import { nextReminderAt, shouldNotify } from '@/lib/reminders';

const ALARM = 'daily-reminder';
const LAST_NOTIFIED = 'lastReminderDate';

/** One alarm, at the user's chosen local time, only while reminders are on. */
export async function scheduleReminder(db: ReciprocityDB): Promise<void> {
  const { reminder } = await readSettings(db);
  await browser.alarms.clear(ALARM);
  if (!reminder.enabled) return;
  browser.alarms.create(ALARM, { when: nextReminderAt(Date.now(), reminder.time, systemTimeZone(), reminder.pausedUntil) });
}

export function registerReminders(db: ReciprocityDB): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== ALARM) return;
    const today = localDate(Date.now(), systemTimeZone());
    const run = await currentRun(db);
    const checkedIn = run ? (await db.checkins.get(checkInId(run, today))) !== undefined : true;
    const { [LAST_NOTIFIED]: last } = await browser.storage.local.get(LAST_NOTIFIED);
    if (run?.status === 'active' && shouldNotify(today, checkedIn, last as string | undefined)) {
      await browser.notifications.create(ALARM, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icons/128.png'),
        title: 'Reciprocity',
        message: 'Today’s small step is waiting whenever you are.',
      });
      await browser.storage.local.set({ [LAST_NOTIFIED]: today });
    }
    await scheduleReminder(db);
  });
  browser.runtime.onStartup.addListener(() => void scheduleReminder(db));
  browser.runtime.onInstalled.addListener(() => void scheduleReminder(db));
}
