import { browser } from 'wxt/browser';
import { useSidePanelOpener } from '@/components/side-panel';
import type { ProtocolStep } from '@/lib/content';
import { PANEL_TARGET_KEY } from '@/lib/handoff';
import { FlowQuick } from './FlowQuick';

/** Today's one next move: the step, why it matters, and what to do. */
export function StepCard({ step, complete }: { step: ProtocolStep; complete: boolean }) {
  const openAtStep = useSidePanelOpener(() => {
    if (step.panel) void browser.storage.session.set({ [PANEL_TARGET_KEY]: { target: step.panel, at: Date.now() } });
  });
  if (complete) {
    return (
      <section className="card" aria-labelledby="step-title">
        <h2 id="step-title">You’ve walked all seven steps.</h2>
        <p>Finish the run below to keep a short note of what moved — or keep practising.</p>
      </section>
    );
  }
  return (
    <section className="card stack" aria-labelledby="step-title">
      <p className="muted">Day {step.day} of 7</p>
      <h2 id="step-title">{step.title}</h2>
      <p>{step.why}</p>
      <p>
        <strong>Today:</strong> {step.action}
      </p>
      {step.day === 1 ? <FlowQuick /> : step.panel && <button onClick={openAtStep}>Open this step in the workbench</button>}
    </section>
  );
}
