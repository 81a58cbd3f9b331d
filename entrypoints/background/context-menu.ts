import { browser } from 'wxt/browser';
import { injectHelper } from './inject-helper';

const MENU_ID = 'reciprocity-clearer';
export const COMMAND = 'make-request-clearer';

/**
 * On any page, when the user asks (right-click on an editable field, or the
 * shortcut), activeTab lets us inject the helper into that tab only.
 */
export function registerOnDemandHelper(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Make this request clearer', contexts: ['editable'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void openHelper(tab.id, info.frameId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND && tab?.id !== undefined) void openHelper(tab.id);
  });
}

/** Opens the helper's panel in the tab, injecting the script first where it isn't running. */
export async function openHelper(tabId: number, frameId?: number): Promise<boolean> {
  const message = { type: 'helper.open', payload: {} };
  const options = frameId === undefined ? undefined : { frameId };
  try {
    if (await browser.tabs.sendMessage(tabId, message, options)) return true;
  } catch {
    // No helper in this tab yet.
  }
  if (!(await injectHelper(tabId, frameId))) return false;
  try {
    return Boolean(await browser.tabs.sendMessage(tabId, message, options));
  } catch {
    return false;
  }
}
