import { Brand } from '@/components/Brand';
import { LOADING, useDbQuery } from '@/components/db';
import { ScopeNote } from '@/components/ScopeNote';
import { useSidePanelOpener } from '@/components/side-panel';
import { now } from '@/lib/clock';
import { PRIVACY_PROMISE, PROTOCOL_STEPS } from '@/lib/content';
import { getDb } from '@/lib/db';
import { currentRun, currentStep, localDate, startRun, systemTimeZone } from '@/lib/protocol';
import { CheckIn } from './CheckIn';
import { Reminder } from '@/components/Reminder';
import { RunControls } from './RunControls';
import { StepCard } from './StepCard';

export function App() {
  const data = useDbQuery(async (db) => {
    const run = await currentRun(db);
    const checkins = run ? await db.checkins.where('runId').equals(run.id).toArray() : [];
    return { run, checkins };
  });
  const openPanel = useSidePanelOpener();
  if (data === LOADING) return <main aria-busy="true" />;
  const tz = systemTimeZone();
  const today = localDate(now(), tz);
  const { run, checkins } = data;
  const stepNumber = run ? currentStep(checkins, today) : 0;
  const step = PROTOCOL_STEPS[Math.min(stepNumber, PROTOCOL_STEPS.length) - 1];
  const todays = checkins.find((c) => c.date === today);
  return (
    <main className="stack">
      <Brand subtitle="Today’s step" />
      {!run || !step ? (
        <section className="card stack" aria-labelledby="welcome-title">
          <h2 id="welcome-title">One small step a day</h2>
          <p>A week-long practice for asking, offering, receiving and rebalancing support — one small step a day, no scores.</p>
          <p className="muted">{PRIVACY_PROMISE}</p>
          <button className="primary" onClick={() => void startRun(getDb(), now(), tz)}>
            Start the 7-day reset
          </button>
        </section>
      ) : run.status === 'paused' ? (
        <section className="card stack" aria-label="Paused">
          <p>Your reset is paused on day {step.day}: {step.title} It will wait for you.</p>
          <RunControls run={run} complete={false} />
        </section>
      ) : (
        <>
          <StepCard step={step} complete={stepNumber > PROTOCOL_STEPS.length} />
          <CheckIn key={`${run.id}:${today}`} run={run} day={Math.min(stepNumber, 7)} today={today} existing={todays} />
          <RunControls run={run} complete={stepNumber > PROTOCOL_STEPS.length} />
        </>
      )}
      <div className="row">
        <button onClick={openPanel}>Open the workbench</button>
      </div>
      <Reminder />
      <ScopeNote compact />
    </main>
  );
}
