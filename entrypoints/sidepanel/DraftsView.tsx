import { useState } from 'react';
import { LOADING, useDbQuery } from '@/components/db';
import { now } from '@/lib/clock';
import { getDb } from '@/lib/db';

/** Saved drafts: search, edit, delete. */
export function DraftsView() {
  const drafts = useDbQuery((db) => db.drafts.orderBy('updatedAt').reverse().toArray());
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  if (drafts === LOADING) return null;
  const q = query.trim().toLowerCase();
  const shown = q ? drafts.filter((d) => `${d.title}\n${d.body}`.toLowerCase().includes(q)) : drafts;
  return (
    <>
      <div>
        <label htmlFor="draft-search">Search drafts</label>
        <input id="draft-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {shown.length === 0 && <p className="muted">{drafts.length ? 'No draft matches.' : 'Drafts you save from the builder or the compose helper appear here.'}</p>}
      <ul className="plain" aria-label="Drafts">
        {shown.map((d) => (
          <li key={d.id} className="card stack">
            <label htmlFor={`draft-${d.id}`}>{d.title}</label>
            <textarea
              id={`draft-${d.id}`}
              rows={4}
              defaultValue={d.body}
              onBlur={(e) => e.target.value !== d.body && void getDb().drafts.update(d.id, { body: e.target.value, updatedAt: now() }).then(() => setStatus('Draft saved.'))}
            />
            <div className="row">
              <button onClick={() => void navigator.clipboard.writeText(d.body).then(() => setStatus('Copied.'))}>Copy</button>
              <button onClick={() => window.confirm(`Delete “${d.title}”?`) && void getDb().drafts.delete(d.id).then(() => setStatus('Draft deleted.'))}>Delete</button>
            </div>
          </li>
        ))}
      </ul>
      <p role="status">{status}</p>
    </>
  );
}
