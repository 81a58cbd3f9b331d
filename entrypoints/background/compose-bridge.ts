import { browser } from 'wxt/browser';

/** Forwards the side panel's "Insert into page" to the compose helper in the active tab. */
export async function insertIntoActiveTab(text: string): Promise<{ inserted: boolean; reason?: string }> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return { inserted: false, reason: 'No active tab.' };
  try {
    const reply = (await browser.tabs.sendMessage(tab.id, { type: 'helper.insert', payload: { text } })) as
      | { inserted: boolean; reason?: string }
      | undefined;
    return reply ?? { inserted: false, reason: 'The page did not answer.' };
  } catch {
    return { inserted: false, reason: 'The compose helper is not running on this page.' };
  }
}
