import { browser } from 'wxt/browser';
import { LOADING, useDbQuery } from '@/components/db';
import { now } from '@/lib/clock';
import { getDb, readSettings, writeSetting } from '@/lib/db';
import { addDays, localDate, systemTimeZone } from '@/lib/protocol';

/** The opt-in daily reminder: one a day at the chosen time, easy to pause or turn off. */
export function Reminder() {
  const settings = useDbQuery(readSettings);
  if (settings === LOADING) return null;
  const { reminder } = settings;
  const update = async (next: typeof reminder) => {
    await writeSetting(getDb(), 'reminder', next, now());
    // The background owns the alarm; tell it to reschedule.
    await browser.runtime.sendMessage({ type: 'settings.changed', payload: {} }).catch(() => undefined);
  };
  const today = localDate(now(), systemTimeZone());
  const paused = reminder.pausedUntil !== undefined && reminder.pausedUntil >= today;
  return (
    <details className="card">
      <summary>Daily reminder {reminder.enabled ? (paused ? '(paused)' : `(at ${reminder.time})`) : '(off)'}</summary>
      <div className="stack" style={{ marginTop: 8 }}>
        <label className="row" style={{ fontWeight: 400 }}>
          <input
            type="checkbox"
            style={{ width: 'auto' }}
            checked={reminder.enabled}
            onChange={(e) => void update({ ...reminder, enabled: e.target.checked })}
          />
          Remind me once a day, if I haven’t checked in yet
        </label>
        <div>
          <label htmlFor="reminder-time">Time</label>
          <input
            id="reminder-time"
            type="time"
            value={reminder.time}
            onChange={(e) => e.target.value && void update({ ...reminder, time: e.target.value })}
          />
        </div>
        {reminder.enabled && (
          <button onClick={() => void update(paused ? { enabled: true, time: reminder.time } : { ...reminder, pausedUntil: addDays(today, 6) })}>
            {paused ? 'Resume reminders' : 'Pause for a week'}
          </button>
        )}
      </div>
    </details>
  );
}
