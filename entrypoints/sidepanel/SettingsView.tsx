import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { LOADING, useDbQuery } from '@/components/db';
import { now } from '@/lib/clock';
import { getDb, readSettings, requestPersistence, writeSetting, type PersistState } from '@/lib/db';
import { COMPOSE_SITES } from '@/lib/sites';
import { eraseAll, exportAll, importAll, parseImport } from '@/lib/transfer';
import { pushSync } from './sync';
import { Reminder } from '@/components/Reminder';

const PERSIST_TEXT: Record<PersistState, string> = {
  persisted: 'Your browser has agreed to keep this data even when space runs low.',
  'best-effort': 'Your browser may clear this data if space runs very low; exporting now and then keeps a copy.',
  unsupported: 'This browser does not say whether it will keep this data; exporting now and then keeps a copy.',
};

const changed = () => browser.runtime.sendMessage({ type: 'settings.changed', payload: {} }).catch(() => undefined);
const hostOf = (match: string) => new URL(match.replace('/*', '/')).hostname;

export function SettingsView() {
  const settings = useDbQuery(readSettings);
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [persist, setPersist] = useState<PersistState>();
  const [newSite, setNewSite] = useState('');
  const eraseDialog = useRef<HTMLDialogElement>(null);
  useEffect(() => void requestPersistence(navigator.storage).then(setPersist), []);
  if (settings === LOADING) return null;
  const db = getDb();

  const toggleSite = async (host: string, on: boolean) => {
    const rest = settings.disabledSites.filter((h) => h !== host);
    await writeSetting(db, 'disabledSites', on ? rest : [...rest, host], now());
  };
  const addSite = () => {
    let origin: string;
    try {
      origin = new URL(newSite.includes('://') ? newSite : `https://${newSite}`).origin;
    } catch {
      return setStatus('That doesn’t look like a web address.');
    }
    // Asked for inside the click, so the browser can show its permission prompt.
    void browser.permissions.request({ origins: [`${origin}/*`] }).then(async (granted) => {
      if (!granted) return setStatus('Permission was not given, so nothing changed.');
      await writeSetting(db, 'addedSites', [...new Set([...settings.addedSites, origin])], now());
      await changed();
      setNewSite('');
      setStatus(`The helper now runs on ${origin}.`);
    });
  };
  const removeSite = async (origin: string) => {
    await writeSetting(db, 'addedSites', settings.addedSites.filter((o) => o !== origin), now());
    await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
    await changed();
  };
  const doExport = async () => {
    const file = await exportAll(db, now());
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `reciprocity-export-${file.exportedAt.slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus('Exported everything to one file.');
  };
  const doImport = async (input: HTMLInputElement) => {
    const picked = input.files?.[0];
    input.value = '';
    if (!picked) return;
    const parsed = parseImport(await picked.text());
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return setStatus('Nothing was imported, and nothing changed.');
    }
    try {
      await importAll(db, parsed.file);
      setProblems([]);
      setStatus(`Imported ${Object.values(parsed.counts).reduce((a, b) => a + b, 0)} records.`);
      await changed();
    } catch {
      setStatus('The import could not be written, so nothing changed.');
    }
  };

  const toggleSync = async (on: boolean) => {
    await writeSetting(db, 'syncEnabled', on, now());
    if (!on) return setStatus('Sync is off. Nothing more is sent to your other browsers.');
    const skipped = await pushSync(db, now()).catch(() => null);
    setStatus(skipped === null ? 'Sync could not start; your browser may not be signed in.' : skipped.length ? `Syncing. Too large to sync: ${skipped.join(', ')}.` : 'Syncing settings and your templates.');
  };

  return (
    <>
      <Reminder />
      <section className="card stack" aria-labelledby="sync-title">
        <h2 id="sync-title">Sync</h2>
        <label className="row" style={{ fontWeight: 400 }}>
          <input type="checkbox" style={{ width: 'auto' }} checked={settings.syncEnabled} onChange={(e) => void toggleSync(e.target.checked)} />
          Sync settings and my own templates across my browsers
        </label>
        <p className="muted">Off by default. When on, your browser’s own sync carries your reminder time, site choices and templates to your other signed-in browsers. Drafts, flows, check-ins and notes never leave this device.</p>
      </section>
      <section className="card stack" aria-labelledby="sites-title">
        <h2 id="sites-title">Where the compose helper runs</h2>
        {COMPOSE_SITES.map((s) => {
          const host = hostOf(s.match);
          return (
            <label key={s.match} className="row" style={{ fontWeight: 400 }}>
              <input type="checkbox" style={{ width: 'auto' }} checked={!settings.disabledSites.includes(host)} onChange={(e) => void toggleSite(host, e.target.checked)} />
              {s.name} <span className="muted">({host})</span>
            </label>
          );
        })}
        {settings.addedSites.map((o) => (
          <div key={o} className="row">
            {o} <button onClick={() => void removeSite(o)}>Remove</button>
          </div>
        ))}
        <div>
          <label htmlFor="add-site">Add a site</label>
          <div className="row">
            <input id="add-site" style={{ flex: 1, width: 'auto' }} value={newSite} placeholder="forum.example.org" onChange={(e) => setNewSite(e.target.value)} />
            <button onClick={addSite} disabled={!newSite.trim()}>Add</button>
          </div>
        </div>
      </section>
      <section className="card stack" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p className="muted">{persist ? PERSIST_TEXT[persist] : ''}</p>
        <div className="row">
          <button onClick={() => void doExport()}>Export everything</button>
          <label className="button" htmlFor="import-file" style={{ fontWeight: 400, margin: 0 }}>
            Import a file
          </label>
          <input id="import-file" type="file" accept="application/json,.json" className="visually-hidden" onChange={(e) => void doImport(e.target)} />
          <button onClick={() => eraseDialog.current?.showModal()}>Erase everything…</button>
        </div>
        {problems.length > 0 && (
          <ul role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <p role="status">{status}</p>
      </section>
      <dialog ref={eraseDialog} aria-labelledby="erase-title" className="card">
        <h2 id="erase-title">Erase everything?</h2>
        <p>This removes every run, check-in, flow, draft, template, checklist mark and setting from this browser. Export first if you want a copy.</p>
        <div className="row">
          <button onClick={() => eraseDialog.current?.close()}>Keep my data</button>
          <button
            className="primary"
            onClick={() =>
              void eraseAll(db).then(() => {
                eraseDialog.current?.close();
                setStatus('Everything was erased.');
              })
            }
          >
            Erase everything
          </button>
        </div>
      </dialog>
    </>
  );
}
