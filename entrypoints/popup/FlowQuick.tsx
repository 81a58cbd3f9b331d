import { useState, type FormEvent } from 'react';
import { now } from '@/lib/clock';
import { getDb, stamp, type Weight } from '@/lib/db';

/** Step 1, inline: name one support flow — what, who usually carries it, how heavy it feels. */
export function FlowQuick() {
  const [what, setWhat] = useState('');
  const [carrier, setCarrier] = useState('');
  const [weight, setWeight] = useState<Weight>('heavy');
  const [saved, setSaved] = useState('');
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!what.trim()) return;
    await getDb().flows.add({ ...stamp(now()), what: what.trim(), involved: '', carrier: carrier.trim(), weight, notes: '' });
    setSaved(`Saved “${what.trim()}”.`);
    setWhat('');
    setCarrier('');
  };
  return (
    <form className="stack" onSubmit={(e) => void save(e)} aria-label="Name a support flow">
      <div>
        <label htmlFor="flow-what">What support keeps flowing?</label>
        <input id="flow-what" value={what} onChange={(e) => setWhat(e.target.value)} placeholder="e.g. school pickups" maxLength={120} />
      </div>
      <div>
        <label htmlFor="flow-carrier">Who usually carries it?</label>
        <input id="flow-carrier" value={carrier} onChange={(e) => setCarrier(e.target.value)} placeholder="e.g. me, mostly" maxLength={80} />
      </div>
      <fieldset className="row" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, fontSize: '0.9rem' }}>How heavy does it feel?</legend>
        {(['light', 'okay', 'heavy'] as const).map((w) => (
          <button type="button" key={w} aria-pressed={weight === w} onClick={() => setWeight(w)}>
            {w}
          </button>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={!what.trim()}>
        Save this flow
      </button>
      <p role="status">{saved}</p>
    </form>
  );
}
