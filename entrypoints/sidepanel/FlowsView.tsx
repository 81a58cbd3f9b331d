import { useState, type FormEvent } from 'react';
import { LOADING, useDbQuery } from '@/components/db';
import { now } from '@/lib/clock';
import { getDb, stamp, type Weight } from '@/lib/db';
import { observe, suggestsRebalance, type ObservedFlow } from '@/lib/flows';
import { localDate, systemTimeZone } from '@/lib/protocol';

const EMPTY = { what: '', involved: '', carrier: '', weight: 'okay' as Weight, notes: '' };

/** Recurring streams of support: what, who, who carries it, how heavy it feels. */
export function FlowsView({ onRebalance }: { onRebalance: () => void }) {
  const flows = useDbQuery((db) => db.flows.orderBy('updatedAt').reverse().toArray() as Promise<ObservedFlow[]>);
  const [form, setForm] = useState(EMPTY);
  const [editing, setEditing] = useState<string>();
  const [status, setStatus] = useState('');
  if (flows === LOADING) return null;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!form.what.trim()) return;
    const db = getDb();
    const today = localDate(now(), systemTimeZone());
    const existing = editing ? flows.find((f) => f.id === editing) : undefined;
    const base: ObservedFlow = existing ? { ...existing, ...form, updatedAt: now() } : { ...stamp(now()), ...form };
    await db.flows.put({ ...base, observations: observe(base, today) } as ObservedFlow);
    setStatus(existing ? 'Flow updated.' : 'Flow saved.');
    setForm(EMPTY);
    setEditing(undefined);
  };
  const field = (key: keyof typeof EMPTY, label: string, placeholder = '') => (
    <div>
      <label htmlFor={`flow-${key}`}>{label}</label>
      <input id={`flow-${key}`} value={form[key]} placeholder={placeholder} maxLength={500} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </div>
  );
  return (
    <>
      <form className="card stack" onSubmit={(e) => void save(e)} aria-label={editing ? 'Edit flow' : 'New flow'}>
        {field('what', 'What support flows', 'school pickups')}
        {field('involved', 'Who is involved', 'Ana, Leo, me')}
        {field('carrier', 'Who usually carries it', 'me')}
        <fieldset className="row" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 600, fontSize: '0.9rem' }}>How heavy does it feel?</legend>
          {(['light', 'okay', 'heavy'] as const).map((w) => (
            <button type="button" key={w} aria-pressed={form.weight === w} onClick={() => setForm({ ...form, weight: w })}>
              {w}
            </button>
          ))}
        </fieldset>
        {field('notes', 'Notes')}
        <button type="submit" className="primary" disabled={!form.what.trim()}>
          {editing ? 'Save changes' : 'Add flow'}
        </button>
        <p role="status">{status}</p>
      </form>
      <ul className="plain" aria-label="Your flows">
        {flows.map((f) => (
          <li key={f.id} className="card stack">
            <h3>{f.what}</h3>
            <p className="muted">
              Usually carried by {f.carrier || 'someone unnamed'} · feels {f.weight}
              {f.involved && ` · with ${f.involved}`}
            </p>
            {f.notes && <p>{f.notes}</p>}
            {suggestsRebalance(f) && (
              <p>
                This has felt heavy on {f.carrier} for a while. <button onClick={onRebalance}>Propose a rebalance</button>
              </p>
            )}
            <div className="row">
              <button onClick={() => { setEditing(f.id); setForm({ what: f.what, involved: f.involved, carrier: f.carrier, weight: f.weight, notes: f.notes }); }}>Edit</button>
              <button onClick={() => void getDb().flows.delete(f.id)}>Delete</button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
