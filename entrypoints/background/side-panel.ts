import { browser } from 'wxt/browser';
import type { SenderInfo } from '@/lib/messaging';
import { PENDING_BUILDER_KEY } from '@/lib/handoff';

/**
 * Opens the side panel's builder with a draft from the compose helper. The
 * open call comes first, before any await, so the user's click still counts
 * as the gesture the browser requires.
 */
export async function openBuilder(body: string, sender: SenderInfo): Promise<boolean> {
  const tabId = sender.tab?.id;
  const opening =
    import.meta.env.FIREFOX || tabId === undefined
      ? Promise.reject(new Error('no side panel here'))
      : browser.sidePanel.open({ tabId });
  await browser.storage.session.set({ [PENDING_BUILDER_KEY]: { body, at: Date.now() } });
  return opening.then(
    () => true,
    () => false,
  );
}
