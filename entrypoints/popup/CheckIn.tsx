import { useRef, useState } from 'react';
import { now } from '@/lib/clock';
import { MOVEMENTS, PROMPT, type MovementId } from '@/lib/content';
import { getDb, type CheckInRecord, type CheckInStatus, type RunRecord } from '@/lib/db';
import { saveCheckIn, type CheckInChange } from '@/lib/protocol';

const STATUSES: [CheckInStatus, string][] = [
  ['done', 'Done'],
  ['partly', 'Partly'],
  ['not-today', 'Not today'],
];

/**
 * The 20-second check-in: saved the moment anything is given, editable all
 * day. The note is the user's while they type: it is read from the database
 * once (the parent remounts this per run and day), never reset under them.
 */
export function CheckIn({ run, day, today, existing }: { run: RunRecord; day: number; today: string; existing?: CheckInRecord }) {
  const [note, setNote] = useState(existing?.note ?? '');
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);

  const save = (change: CheckInChange) =>
    saveCheckIn(getDb(), run, day, today, change, now()).then(
      () => setStatus('Saved.'),
      () => setStatus('Could not save just now; your answer is still here — try again.'),
    );
  const onNote = (value: string) => {
    setNote(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save({ note: value }), 400);
  };
  const movement = existing?.movement;

  return (
    <section className="card stack" aria-labelledby="checkin-title">
      <h2 id="checkin-title">Check in</h2>
      <div role="group" aria-label="How did today’s step go?" className="row">
        {STATUSES.map(([value, label]) => (
          <button key={value} aria-pressed={existing?.status === value} onClick={() => void save({ status: value })}>
            {label}
          </button>
        ))}
      </div>
      <div>
        <label htmlFor="checkin-note">A line about it (optional)</label>
        <input id="checkin-note" value={note} maxLength={280} onChange={(e) => onNote(e.target.value)} onBlur={() => void save({ note })} />
      </div>
      <div role="group" aria-labelledby="prompt-q">
        <p id="prompt-q" style={{ fontSize: '0.9rem' }}>{PROMPT.question}</p>
        <div className="row">
          {MOVEMENTS.map((m) => (
            <button
              key={m.id}
              aria-pressed={movement === m.id}
              onClick={() => void save({ movement: movement === m.id ? null : (m.id as MovementId) })}
            >
              {m.label}
            </button>
          ))}
        </div>
      </div>
      <p role="status" className="muted">{status}</p>
    </section>
  );
}
