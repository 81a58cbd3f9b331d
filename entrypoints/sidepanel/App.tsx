import { Brand } from '@/components/Brand';
import { LOADING, useDbQuery } from '@/components/db';
import { ScopeNote } from '@/components/ScopeNote';
import { MISSION, PROTOCOL_STEPS } from '@/lib/content';
import { calendarDay, currentRun, systemTimeZone } from '@/lib/protocol';

export function App() {
  const run = useDbQuery(currentRun);
  if (run === LOADING) return <main aria-busy="true" />;
  const day = run ? calendarDay(run, Date.now(), systemTimeZone()) : undefined;
  const step = day ? PROTOCOL_STEPS[day - 1] : undefined;
  return (
    <main className="stack" style={{ padding: 14 }}>
      <Brand subtitle="Workbench" />
      <p className="muted">{MISSION}</p>
      <section className="card" aria-label="Today">
        {step ? (
          <p>
            Day {step.day} of 7: <strong>{step.title}</strong>
          </p>
        ) : (
          <p>No reset running. Start one from the toolbar button whenever you like.</p>
        )}
      </section>
      <ScopeNote />
    </main>
  );
}
