import { useMemo, useState } from 'react';
import { LOADING, useDbQuery } from '@/components/db';
import { browser } from 'wxt/browser';
import { analyzeDraft } from '@/lib/clarity';
import { now } from '@/lib/clock';
import { getDb, stamp } from '@/lib/db';
import { createClient } from '@/lib/messaging';
import { bodyOf, composeMessage, EASY_NO_LINES, mergeTemplates } from '@/lib/templates';
import { Parts } from './Parts';
import { TemplateEditor, type EditTarget } from './TemplateEditor';

const request = createClient((m) => browser.runtime.sendMessage(m));

/** The guided builder: fields compose the message live; it nudges, never blocks. */
export function TemplatesView({ templateId, onTemplate, draft }: { templateId: string; onTemplate: (id: string) => void; draft?: string }) {
  const records = useDbQuery((db) => db.templates.toArray());
  const templates = useMemo(() => mergeTemplates(records === LOADING ? [] : records), [records]);
  const template = templates.find((t) => t.id === templateId) ?? templates[0]!;
  const [editing, setEditing] = useState<EditTarget>();
  const [values, setValues] = useState<Record<string, string>>({});
  const [ownDraft, setOwnDraft] = useState(draft ?? '');
  const [status, setStatus] = useState('');
  const composed = composeMessage(template, values);
  const message = ownDraft.trim() && !composed ? ownDraft : composed;
  const report = useMemo(() => analyzeDraft(message), [message]);

  const copy = () => navigator.clipboard.writeText(message).then(() => setStatus('Copied.'), () => setStatus('Copying was blocked; select the message and copy it.'));
  const save = () =>
    getDb()
      .drafts.add({ ...stamp(now()), title: `${template.name}: ${message.split('\n')[0]!.slice(0, 50)}`, body: message, templateId: template.id, source: 'builder' })
      .then(() => setStatus('Saved to drafts.'), () => setStatus('Could not save just now; nothing was lost — try again.'));
  const insert = () =>
    request('compose.insert', { text: message }).then(
      (r) => setStatus(r.inserted ? 'Inserted into the message box on the page. Ctrl+Z there brings back what was in it.' : `${r.reason ?? 'Could not insert.'} You can copy it instead.`),
      () => setStatus('Could not reach the page; copy the message instead.'),
    );

  if (editing) {
    return <TemplateEditor target={editing} onDone={(id) => { setEditing(undefined); if (id) onTemplate(id); }} />;
  }
  const remove = () => {
    if (template.custom && window.confirm(`Delete “${template.name}”?`)) void getDb().templates.delete(template.id).then(() => onTemplate('clean-request'));
  };
  const reset = () => void getDb().templates.delete(`builtin:${template.overrides}`).then(() => setStatus('Back to the original wording.'));
  return (
    <>
      <div>
        <label htmlFor="template-pick">Template</label>
        <select id="template-pick" value={template.id} onChange={(e) => { setValues({}); onTemplate(e.target.value); }}>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
              {t.overrides ? ' (edited)' : ''}
            </option>
          ))}
        </select>
        <p className="muted">{template.purpose}</p>
        <div className="row">
          <button onClick={() => setEditing({ id: template.custom ? template.id : undefined, overrides: template.custom ? undefined : template.id, name: template.name, body: bodyOf(template) })}>Edit</button>
          <button onClick={() => setEditing({ name: `${template.name} (copy)`, body: bodyOf(template) })}>Duplicate</button>
          <button onClick={() => setEditing({ name: '', body: 'Hi {{name}},\nCould you {{ask}} {{when}}?\nNo worries at all if not.' })}>New template</button>
          {template.custom && <button onClick={remove}>Delete</button>}
          {template.overrides && <button onClick={reset}>Reset to original</button>}
        </div>
      </div>
      {template.id === 'offer-back' && <p className="card">First, a capacity check: how much time and energy do you really have this week? A five-minute favour counts.</p>}
      {draft !== undefined && (
        <div>
          <label htmlFor="own-draft">Your draft</label>
          <textarea id="own-draft" rows={4} value={ownDraft} onChange={(e) => setOwnDraft(e.target.value)} />
        </div>
      )}
      <form className="stack" onSubmit={(e) => e.preventDefault()} aria-label={`${template.name} fields`}>
        {template.fields.map((f) => (
          <div key={f.key}>
            <label htmlFor={`field-${f.key}`}>{f.label}</label>
            <input
              id={`field-${f.key}`}
              list={template.id === 'easy-no' ? 'easy-no-lines' : undefined}
              value={values[f.key] ?? ''}
              placeholder={f.placeholder}
              maxLength={2000}
              onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
            />
          </div>
        ))}
        <datalist id="easy-no-lines">
          {EASY_NO_LINES.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
      </form>
      <section className="card stack" aria-labelledby="message-title">
        <h2 id="message-title">Your message</h2>
        <p className="message" aria-live="polite">{message || <span className="muted">Fill in the fields above; the message appears here.</span>}</p>
        {template.isRequest && message && <Parts report={report} />}
        {report.findings.length > 0 && (
          <ul>
            {report.findings.slice(0, 5).map((f, i) => (
              <li key={i} className="muted">{f.message}</li>
            ))}
          </ul>
        )}
        <div className="row">
          <button onClick={() => void copy()} disabled={!message}>Copy</button>
          <button onClick={() => void save()} disabled={!message}>Save as draft</button>
          <button className="primary" onClick={() => void insert()} disabled={!message}>Insert into page</button>
        </div>
        <p role="status">{status}</p>
      </section>
    </>
  );
}
