import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from './chromium';

export const PRACTICE_ORIGIN = `http://127.0.0.1:${process.env.PRACTICE_PORT ?? 4317}`;

interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  /** Opens one of the extension's pages (e.g. "popup.html") in a tab. */
  openExtensionPage: (path: string) => Promise<Page>;
}

export const test = base.extend<ExtensionFixtures>({
  // Playwright's own `context` is replaced by a persistent one carrying the extension.
  context: async ({}, use) => {
    const { context, cleanup } = await launchWithExtension();
    await use(context);
    await cleanup();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { expect };

/** Stops every service worker and resolves once Chromium reports ours as stopped. */
export async function stopServiceWorkers(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}
