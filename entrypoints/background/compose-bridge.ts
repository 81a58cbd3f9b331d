import { browser } from 'wxt/browser';

type InsertReply = { inserted: boolean; reason?: string };

/**
 * Forwards the side panel's "Insert into page" to the compose helper in the
 * page the user is working on: the active tab, or — when the workbench itself
 * is open as a tab — the most recently used tab whose helper answers.
 */
export async function insertIntoActiveTab(text: string, fromTabId?: number): Promise<InsertReply> {
  const tabs = await browser.tabs.query({ lastFocusedWindow: true });
  const candidates = tabs
    .filter((t) => t.id !== undefined && t.id !== fromTabId)
    .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .slice(0, 5);
  let reason = 'The compose helper is not running on this page.';
  for (const tab of candidates) {
    try {
      const reply = (await browser.tabs.sendMessage(tab.id!, { type: 'helper.insert', payload: { text } })) as InsertReply | undefined;
      if (reply) return reply;
      reason = 'Click into a message box on the page first.';
    } catch {
      // No helper in that tab; try the next one.
    }
  }
  return { inserted: false, reason };
}
