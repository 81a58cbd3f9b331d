import { useState } from 'react';
import { now } from '@/lib/clock';
import { getDb, type RunRecord } from '@/lib/db';
import { localDate, setRunStatus, startRun, systemTimeZone } from '@/lib/protocol';

/** Pause, resume, restart or finish — a finished run keeps a short note of what moved. */
export function RunControls({ run, complete }: { run: RunRecord; complete: boolean }) {
  const [finishing, setFinishing] = useState(complete);
  const [moved, setMoved] = useState('');
  const [noticed, setNoticed] = useState('');
  const db = getDb();
  const tz = systemTimeZone();
  if (finishing) {
    return (
      <form
        className="card stack"
        aria-label="Finish the run"
        onSubmit={(e) => {
          e.preventDefault();
          void setRunStatus(db, run, 'finished', now(), { finishedAt: now(), summary: { moved: moved.trim(), noticed: noticed.trim() } });
        }}
      >
        <div>
          <label htmlFor="moved">What moved this week? (optional)</label>
          <input id="moved" value={moved} maxLength={280} onChange={(e) => setMoved(e.target.value)} />
        </div>
        <div>
          <label htmlFor="noticed">What did you notice? (optional)</label>
          <input id="noticed" value={noticed} maxLength={280} onChange={(e) => setNoticed(e.target.value)} />
        </div>
        <div className="row">
          <button type="submit" className="primary">Finish the run</button>
          {!complete && <button type="button" onClick={() => setFinishing(false)}>Not yet</button>}
        </div>
      </form>
    );
  }
  return (
    <div className="row" aria-label="This run">
      {run.status === 'paused' ? (
        <button onClick={() => void setRunStatus(db, run, 'active', now(), { pausedOn: undefined })}>Resume</button>
      ) : (
        <button onClick={() => void setRunStatus(db, run, 'paused', now(), { pausedOn: localDate(now(), tz) })}>Pause</button>
      )}
      <button onClick={() => void startRun(db, now(), tz)}>Start again</button>
      <button onClick={() => setFinishing(true)}>Finish…</button>
    </div>
  );
}
