import { browser } from 'wxt/browser';
import { readSettings, writeSetting, type ReciprocityDB, type TemplateRecord } from '@/lib/db';
import { fitsSync, mergeTemplatesForSync } from '@/lib/sync';

const SETTINGS_KEY = 'settings';
const TEMPLATE_PREFIX = 'tpl:';

/** Sends settings and the user's templates to browser.storage.sync; says what could not fit. */
export async function pushSync(db: ReciprocityDB, now: number): Promise<string[]> {
  const settings = await readSettings(db);
  const items: Record<string, unknown> = {
    [SETTINGS_KEY]: { reminder: settings.reminder, disabledSites: settings.disabledSites, updatedAt: now },
  };
  const skipped: string[] = [];
  for (const t of await db.templates.toArray()) {
    if (fitsSync(t)) items[`${TEMPLATE_PREFIX}${t.id}`] = t;
    else skipped.push(t.name);
  }
  await browser.storage.sync.set(items);
  return skipped;
}

/** Takes newer templates and settings from the user's other browsers. */
export async function pullSync(db: ReciprocityDB, now: number): Promise<void> {
  const all = await browser.storage.sync.get(null);
  const remote = Object.entries(all)
    .filter(([k]) => k.startsWith(TEMPLATE_PREFIX))
    .map(([, v]) => v as TemplateRecord);
  const merged = mergeTemplatesForSync(await db.templates.toArray(), remote);
  await db.templates.bulkPut(merged);
  const s = all[SETTINGS_KEY] as { reminder?: unknown; disabledSites?: unknown; updatedAt?: number } | undefined;
  const local = await db.settings.toArray();
  const localUpdated = Math.max(0, ...local.filter((r) => r.key === 'reminder' || r.key === 'disabledSites').map((r) => r.updatedAt));
  if (s?.updatedAt && s.updatedAt > localUpdated) {
    // writeSetting validates; a malformed remote value is simply not taken.
    await writeSetting(db, 'reminder', s.reminder as never, now).catch(() => undefined);
    await writeSetting(db, 'disabledSites', s.disabledSites as never, now).catch(() => undefined);
  }
}
