import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/handlers';
import { getDb } from '@/lib/db';
import { createRateLimiter, createRouter } from '@/lib/messaging';
import { insertIntoActiveTab } from './compose-bridge';
import { openHelper, registerOnDemandHelper } from './context-menu';
import { injectHelper } from './inject-helper';
import { registerWelcome } from './install';
import { registerReminders, scheduleReminder } from './reminders';
import { openBuilder } from './side-panel';
import { syncUserSites } from './user-sites';

export default defineBackground(() => {
  const db = getDb();
  // A page could drive our content script in a loop; cap what it can trigger.
  const allowContent = createRateLimiter(20, 2);
  const route = createRouter(
    createHandlers({
      db,
      now: Date.now,
      version: browser.runtime.getManifest().version,
      openBuilder,
      applySettings: async () => {
        await Promise.all([syncUserSites(db), scheduleReminder(db)]);
      },
      injectHelper,
      insertIntoActiveTab,
    }),
    {
      selfId: browser.runtime.id,
      selfOrigin: browser.runtime.getURL('/'),
      allow: (kind, sender) => kind === 'page' || allowContent(`tab:${sender.tab?.id}`, Date.now()),
    },
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  registerOnDemandHelper();
  registerReminders(db);
  registerWelcome();
  browser.runtime.onStartup.addListener(() => void syncUserSites(db));
  // The e2e suite cannot click the browser's context menu; the test build lets it call the same function.
  if (import.meta.env.MODE === 'test') Object.assign(globalThis, { __reciprocityTest: { openHelper } });
});
