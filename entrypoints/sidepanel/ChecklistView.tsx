import { LOADING, useDbQuery } from '@/components/db';
import { markId, weekStart } from '@/lib/checklist';
import { now } from '@/lib/clock';
import { CHECKLIST, CHECKLIST_MOTTO } from '@/lib/content';
import { getDb } from '@/lib/db';
import { localDate, systemTimeZone } from '@/lib/protocol';

/** This week's practices, privately marked. No totals, no scores. */
export function ChecklistView() {
  const week = weekStart(localDate(now(), systemTimeZone()));
  const marks = useDbQuery((db) => db.checklistMarks.where('weekStart').equals(week).toArray(), [week]);
  if (marks === LOADING) return null;
  const marked = new Set(marks.map((m) => m.practiceId));
  const toggle = async (practiceId: string, on: boolean) => {
    const id = markId(week, practiceId);
    if (on) await getDb().checklistMarks.put({ id, weekStart: week, practiceId, createdAt: now() });
    else await getDb().checklistMarks.delete(id);
  };
  return (
    <fieldset className="card stack" style={{ margin: 0 }}>
      <legend style={{ fontWeight: 600 }}>This week (from {week})</legend>
      <p className="muted">{CHECKLIST_MOTTO}</p>
      {CHECKLIST.map((p) => (
        <label key={p.id} className="row" style={{ fontWeight: 400 }}>
          <input type="checkbox" style={{ width: 'auto' }} checked={marked.has(p.id)} onChange={(e) => void toggle(p.id, e.target.checked)} />
          {p.label}
        </label>
      ))}
    </fieldset>
  );
}
