import { LOADING, useDbQuery } from '@/components/db';
import { now } from '@/lib/clock';
import { MISSION, PROMPT, PROTOCOL_STEPS } from '@/lib/content';
import { currentRun, currentStep, localDate, systemTimeZone } from '@/lib/protocol';

export function TodayView() {
  const data = useDbQuery(async (db) => {
    const run = await currentRun(db);
    return { run, checkins: run ? await db.checkins.where('runId').equals(run.id).toArray() : [] };
  });
  if (data === LOADING) return null;
  const today = localDate(now(), systemTimeZone());
  const step = data.run ? PROTOCOL_STEPS[Math.min(currentStep(data.checkins, today), 7) - 1] : undefined;
  return (
    <>
      <p className="muted">{MISSION}</p>
      <div className="card" aria-label="Today">
        {step ? (
          <p>
            Day {step.day} of 7: <strong>{step.title}</strong>
          </p>
        ) : (
          <p>No reset running. Start one from the toolbar button whenever you like.</p>
        )}
      </div>
      <div className="card">
        <p className="muted">{PROMPT.lead}</p>
        <p>{PROMPT.question}</p>
      </div>
    </>
  );
}
