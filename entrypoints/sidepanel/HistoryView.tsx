import { LOADING, useDbQuery } from '@/components/db';
import { MOVEMENTS, PROTOCOL_STEPS } from '@/lib/content';

const STATUS = { done: 'done', partly: 'partly', 'not-today': 'not today' } as const;

/** Past runs and their check-ins, readable, never scored. */
export function HistoryView() {
  const data = useDbQuery(async (db) => {
    const runs = (await db.runs.toArray()).sort((a, b) => b.createdAt - a.createdAt);
    const checkins = await db.checkins.toArray();
    return runs.map((run) => ({ run, checkins: checkins.filter((c) => c.runId === run.id).sort((a, b) => (a.date < b.date ? -1 : 1)) }));
  });
  if (data === LOADING) return null;
  if (data.length === 0) return <p className="muted">Runs of the 7-day reset appear here once you start one.</p>;
  return (
    <ul className="plain" aria-label="Runs">
      {data.map(({ run, checkins }) => (
        <li key={run.id} className="card stack">
          <h3>
            Started {run.startDate} · {run.status === 'finished' ? 'finished' : run.status}
          </h3>
          {run.summary && (run.summary.moved || run.summary.noticed) && (
            <p>
              {run.summary.moved && <>What moved: {run.summary.moved}. </>}
              {run.summary.noticed && <>Noticed: {run.summary.noticed}.</>}
            </p>
          )}
          <ul>
            {checkins.map((c) => (
              <li key={c.id}>
                {c.date} — {PROTOCOL_STEPS[c.day - 1]?.title} {STATUS[c.status]}
                {c.movement && ` · ${MOVEMENTS.find((m) => m.id === c.movement)?.label.toLowerCase()}`}
                {c.note && ` · “${c.note}”`}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
