import { readSettings, stamp, writeSetting, type ReciprocityDB } from '../db';
import type { Handlers } from '../messaging';
import type { SenderInfo } from '../messaging';

/** What the handlers need from the browser; the entrypoint supplies it. */
export interface BackgroundDeps {
  db: ReciprocityDB;
  now: () => number;
  version: string;
  /** Opens the side panel's builder with this text; false when it could not. */
  openBuilder: (body: string, sender: SenderInfo) => Promise<boolean>;
  /** Re-applies settings that drive alarms and registered scripts. */
  applySettings: () => Promise<void>;
  /** Asks the compose helper in the active tab to insert text. */
  insertIntoActiveTab: (text: string, fromTabId?: number) => Promise<{ inserted: boolean; reason?: string }>;
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  const { db, now } = deps;
  return {
    ping: async () => ({ version: deps.version }),
    'site.status': async ({ host }) => {
      const settings = await readSettings(db);
      return { enabled: !settings.disabledSites.includes(host.toLowerCase()) };
    },
    'site.disable': async ({ host }) => {
      const settings = await readSettings(db);
      const lower = host.toLowerCase();
      if (!settings.disabledSites.includes(lower)) {
        await writeSetting(db, 'disabledSites', [...settings.disabledSites, lower], now());
      }
      return { ok: true };
    },
    'draft.save': async ({ title, body }) => {
      const record = { ...stamp(now()), title: title.trim() || firstLine(body), body, source: 'compose-helper' as const };
      await db.drafts.add(record);
      return { id: record.id };
    },
    'builder.prefill': async ({ body }, sender) => ({ opened: await deps.openBuilder(body, sender) }),
    'settings.changed': async () => {
      await deps.applySettings();
      return { ok: true };
    },
    'compose.insert': async ({ text }, sender) => deps.insertIntoActiveTab(text, sender.tab?.id),
  };
}

function firstLine(body: string): string {
  const line = body.trim().split('\n', 1)[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line || 'Untitled draft';
}
