import { analyzeDraft, proposeClearerDraft } from '../clarity';
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
  /** Injects the compose helper into the sender's frame; false when the browser refused. */
  injectHelper: (tabId: number, frameId: number) => Promise<boolean>;
  /** Asks the compose helper in the active tab to insert text. */
  insertIntoActiveTab: (text: string, fromTabId?: number) => Promise<{ inserted: boolean; reason?: string }>;
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  const { db, now } = deps;
  const siteEnabled = async (host: string) => !(await readSettings(db)).disabledSites.includes(host.toLowerCase());
  return {
    ping: async () => ({ version: deps.version }),
    'helper.load': async (_payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { loaded: false };
      // The browser's word for where the frame is, not the page's.
      if (!(await siteEnabled(senderHost(sender)))) return { loaded: false };
      return { loaded: await deps.injectHelper(tabId, sender.frameId ?? 0) };
    },
    'clarity.analyze': async ({ text }) => {
      const report = analyzeDraft(text);
      return { report, proposal: proposeClearerDraft(text, report) };
    },
    'site.status': async ({ host }) => ({ enabled: await siteEnabled(host) }),
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

/** The host of the page a content script runs in; about:blank frames carry their origin. */
export function senderHost(sender: SenderInfo): string {
  for (const url of [sender.origin, sender.url]) {
    if (url && /^https?:\/\//.test(url)) return new URL(url).hostname || 'local';
  }
  return 'local';
}

function firstLine(body: string): string {
  const line = body.trim().split('\n', 1)[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line || 'Untitled draft';
}
