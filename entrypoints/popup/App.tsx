import { Brand } from '@/components/Brand';
import { LOADING, useDbQuery } from '@/components/db';
import { ScopeNote } from '@/components/ScopeNote';
import { useSidePanelOpener } from '@/components/side-panel';
import { PRIVACY_PROMISE, PROTOCOL_STEPS } from '@/lib/content';
import { getDb } from '@/lib/db';
import { calendarDay, currentRun, startRun, systemTimeZone } from '@/lib/protocol';

export function App() {
  const run = useDbQuery(currentRun);
  const openPanel = useSidePanelOpener();
  if (run === LOADING) return <main aria-busy="true" />;
  const tz = systemTimeZone();
  const day = run ? calendarDay(run, Date.now(), tz) : undefined;
  const step = day ? PROTOCOL_STEPS[day - 1] : undefined;
  return (
    <main className="stack">
      <Brand subtitle="Today’s step" />
      {step ? (
        <section className="card" aria-labelledby="step-title">
          <p className="muted">Day {step.day} of 7</p>
          <h2 id="step-title">{step.title}</h2>
          <p>{step.why}</p>
          <p>{step.action}</p>
        </section>
      ) : (
        <section className="card stack">
          <p>A week-long practice for asking, offering, receiving and rebalancing support — one small step a day.</p>
          <p className="muted">{PRIVACY_PROMISE}</p>
          <button className="primary" onClick={() => void startRun(getDb(), Date.now(), tz)}>
            Start the 7-day reset
          </button>
        </section>
      )}
      <div className="row">
        <button onClick={openPanel}>Open the workbench</button>
      </div>
      <ScopeNote compact />
    </main>
  );
}
