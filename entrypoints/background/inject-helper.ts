import { browser } from 'wxt/browser';

/** Listed in the manifest for the target sites: a focus listener only. */
export const BOOT_FILE = '/compose-boot.js';
/** The helper itself, injected when a compose box is first in use. */
export const HELPER_FILE = '/compose-helper.js';

/**
 * Injects the compose helper into one frame, or into every frame of the tab.
 * Needs host access to the frame: the target sites (host_permissions), a site
 * the user added, or activeTab after a context-menu click or the shortcut.
 */
export async function injectHelper(tabId: number, frameId?: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
      files: [HELPER_FILE],
    });
    return true;
  } catch {
    return false;
  }
}
