import type { TemplateRecord } from '../db';
import { BUILTIN_TEMPLATES, type TemplateDef, type TemplateFieldDef } from './builtin';

const SLOT = /\{\{(\w+)\}\}/g;

/** A user's template or an edited built-in, as the builder uses it. */
export interface UserTemplate extends Omit<TemplateDef, 'id'> {
  id: string;
  /** Set when this edits a built-in; "reset" removes the edit. */
  overrides?: string;
  custom: boolean;
}

/** Blanks come from the body: each {{slot}} becomes a field, labelled from its name. */
export function fieldsFromBody(body: string, known: TemplateFieldDef[] = []): TemplateFieldDef[] {
  const keys = [...new Set([...body.matchAll(SLOT)].map((m) => m[1]!))];
  return keys.map((key) => known.find((f) => f.key === key) ?? { key, label: key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' ') });
}

export function bodyOf(def: Pick<TemplateDef, 'lines'>): string {
  return def.lines.map((line) => (Array.isArray(line) ? line[0]! : line)).join('\n');
}

/** Built-ins (with the user's edits applied) followed by the user's own templates. */
export function mergeTemplates(records: TemplateRecord[]): UserTemplate[] {
  const edits = new Map(records.filter((r) => r.kind !== 'custom').map((r) => [r.kind, r]));
  const builtins: UserTemplate[] = BUILTIN_TEMPLATES.map((t) => {
    const edit = edits.get(t.id);
    if (!edit) return { ...t, custom: false };
    return { ...t, name: edit.name, lines: edit.body.split('\n'), fields: fieldsFromBody(edit.body, t.fields), overrides: t.id, custom: false };
  });
  const customs: UserTemplate[] = records
    .filter((r) => r.kind === 'custom')
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((r) => ({ id: r.id, name: r.name, purpose: 'Your own template.', isRequest: true, lines: r.body.split('\n'), fields: fieldsFromBody(r.body, r.fields), custom: true }));
  return [...builtins, ...customs];
}
