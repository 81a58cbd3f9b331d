import { useState } from 'react';
import { now } from '@/lib/clock';
import { getDb, stamp, type TemplateRecord } from '@/lib/db';
import { fieldsFromBody } from '@/lib/templates';

export interface EditTarget {
  /** Existing record id, when editing one. */
  id?: string;
  /** The built-in being edited, if any. */
  overrides?: string;
  name: string;
  body: string;
}

/** Write a template in plain words; each {{blank}} becomes a field in the builder. */
export function TemplateEditor({ target, onDone }: { target: EditTarget; onDone: (id?: string) => void }) {
  const [name, setName] = useState(target.name);
  const [body, setBody] = useState(target.body);
  const save = async () => {
    const db = getDb();
    const id = target.id ?? (target.overrides ? `builtin:${target.overrides}` : stamp(now()).id);
    const existing = await db.templates.get(id);
    const record: TemplateRecord = {
      id,
      kind: (target.overrides ?? 'custom') as TemplateRecord['kind'],
      name: name.trim() || 'Untitled template',
      fields: fieldsFromBody(body),
      body,
      createdAt: existing?.createdAt ?? now(),
      updatedAt: now(),
    };
    await db.templates.put(record);
    onDone(target.overrides ?? id);
  };
  return (
    <form className="card stack" aria-label="Edit template" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <div>
        <label htmlFor="tpl-name">Template name</label>
        <input id="tpl-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </div>
      <div>
        <label htmlFor="tpl-body">Message</label>
        <textarea id="tpl-body" rows={6} value={body} maxLength={20000} onChange={(e) => setBody(e.target.value)} />
        <p className="muted">Write {'{{blanks}}'} where the details go, e.g. “Could you {'{{ask}}'} by {'{{when}}'}?”</p>
      </div>
      <div className="row">
        <button type="submit" className="primary">Save template</button>
        <button type="button" onClick={() => onDone()}>Cancel</button>
      </div>
    </form>
  );
}
