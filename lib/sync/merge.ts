import type { TemplateRecord } from '../db';
import type { Settings } from '../db/settings';

/** What settings sync carries: settings and the user's templates, never drafts, flows or notes. */
export interface SyncPayload {
  settings: Pick<Settings, 'reminder' | 'disabledSites'>;
  settingsUpdatedAt: number;
  templates: TemplateRecord[];
}

/** storage.sync allows 8 KB per item; a template larger than this stays on this device. */
export const SYNC_ITEM_LIMIT = 8_000;

export function fitsSync(value: unknown): boolean {
  return new TextEncoder().encode(JSON.stringify(value)).length <= SYNC_ITEM_LIMIT;
}

/** Newest wins, record by record; nothing is deleted by a merge. */
export function mergeTemplatesForSync(local: TemplateRecord[], remote: TemplateRecord[]): TemplateRecord[] {
  const byId = new Map(local.map((t) => [t.id, t]));
  for (const r of remote) {
    const l = byId.get(r.id);
    if (!l || r.updatedAt > l.updatedAt) byId.set(r.id, r);
  }
  return [...byId.values()];
}
