import { Brand } from '@/components/Brand';
import { mount } from '@/components/mount';
import { ScopeNote } from '@/components/ScopeNote';
import { MISSION, MOVEMENTS, PRINCIPLES, PRIVACY_PROMISE, PROTOCOL_NAME } from '@/lib/content';

function Welcome() {
  return (
    <main className="stack" style={{ maxWidth: 640, margin: '32px auto', padding: '0 16px' }}>
      <Brand subtitle="Welcome" />
      <h2>{MISSION}</h2>
      <ul>
        {MOVEMENTS.map((m) => (
          <li key={m.id}>
            <strong>{m.label}.</strong> {m.summary}
          </li>
        ))}
      </ul>
      <section className="card stack" aria-labelledby="how">
        <h2 id="how">How it works</h2>
        <p>
          Click the Reciprocity button in the toolbar for <strong>{PROTOCOL_NAME.toLowerCase()}</strong>: one small step a
          day, with a check-in that takes seconds. A missed day simply waits for you.
        </p>
        <p>
          When you write a request in Gmail, Outlook, Slack, WhatsApp and other webmail or chat sites, a small “Make this
          request clearer” button offers a version that is easier to say yes — or no — to. It changes nothing unless you
          click, and one undo brings your words back.
        </p>
        <p>The side panel is your workbench: templates, the weekly checklist, support flows and drafts.</p>
      </section>
      <section className="card stack" aria-labelledby="principles">
        <h2 id="principles">Three principles</h2>
        {PRINCIPLES.map((p) => (
          <p key={p.id}>
            <strong>{p.title}</strong> {p.why}
          </p>
        ))}
      </section>
      <p>{PRIVACY_PROMISE}</p>
      <ScopeNote />
    </main>
  );
}

mount(<Welcome />);
