import { browser } from 'wxt/browser';
import { readSettings, type ReciprocityDB } from '@/lib/db';
import { BOOT_FILE } from './inject-helper';

const SCRIPT_ID = 'reciprocity-user-sites';

/** Runs the helper on the sites the user added (and granted) in settings. */
export async function syncUserSites(db: ReciprocityDB): Promise<void> {
  const { addedSites } = await readSettings(db);
  const granted: string[] = [];
  for (const origin of addedSites) {
    const pattern = `${origin.replace(/\/$/, '')}/*`;
    if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: granted, js: [BOOT_FILE], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
