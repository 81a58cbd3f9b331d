import { browser } from 'wxt/browser';

/**
 * Forwards the side panel's "Insert into page" to the compose helper in the
 * page the user is working on: the active tab, or — when the workbench itself
 * is open as a tab — the tab they used just before it.
 */
export async function insertIntoActiveTab(text: string, fromTabId?: number): Promise<{ inserted: boolean; reason?: string }> {
  const tabs = await browser.tabs.query({ lastFocusedWindow: true });
  const candidates = tabs.filter((t) => t.id !== undefined && t.id !== fromTabId);
  const target = candidates.find((t) => t.active) ?? candidates.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (target?.id === undefined) return { inserted: false, reason: 'No page to insert into.' };
  try {
    const reply = (await browser.tabs.sendMessage(target.id, { type: 'helper.insert', payload: { text } })) as
      | { inserted: boolean; reason?: string }
      | undefined;
    return reply ?? { inserted: false, reason: 'Click into a message box on the page first.' };
  } catch {
    return { inserted: false, reason: 'The compose helper is not running on this page.' };
  }
}
