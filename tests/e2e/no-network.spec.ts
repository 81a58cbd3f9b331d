// Private by construction: record every request while the product is used,
// and fail on any that leaves the extension or the local practice lab.
import type { BrowserContext, Request } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from './chromium';
import { expect, PRACTICE_ORIGIN, test } from './fixtures';

// Lets Playwright see (and route) the service worker's own requests too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

async function recordOutsideRequests(context: BrowserContext, extensionId: string): Promise<string[]> {
  const outside: string[] = [];
  const isLocal = (url: string) =>
    url.startsWith(`chrome-extension://${extensionId}/`) ||
    url.startsWith(`${PRACTICE_ORIGIN}/`) ||
    /^(data|blob|about):/.test(url);
  const note = (request: Request) => {
    if (!isLocal(request.url())) outside.push(`${request.method()} ${request.url()}`);
  };
  context.on('request', note);
  // Outside requests are also aborted, so nothing ever reaches a network.
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  return outside;
}

test('using popup, side panel and compose helper makes no outside request', async () => {
  const { context, cleanup } = await launchWithExtension();
  try {
    const extensionId = await extensionIdOf(context);
    const outside = await recordOutsideRequests(context, extensionId);

    // The recorder must be able to fail: a deliberate request from an extension page is caught.
    const canary = await context.newPage();
    await canary.goto(`chrome-extension://${extensionId}/popup.html`);
    await canary.evaluate(() => fetch('http://reciprocity-canary.invalid/').catch(() => undefined));
    await expect.poll(() => outside.length).toBe(1);
    outside.length = 0;
    await canary.close();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('button', { name: 'Start the 7-day reset' }).click();
    await expect(popup.getByText('Day 1 of 7')).toBeVisible();

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    for (const tab of await panel.getByRole('tab').all()) await tab.click();

    const compose = await context.newPage();
    await compose.goto(`${PRACTICE_ORIGIN}/textarea/`);
    await compose.locator('textarea').first().click();
    await compose.keyboard.type('Hi Jo, sorry to bother you, could you help me move on Saturday?');
    await compose.getByRole('button', { name: 'Make this request clearer', exact: true }).click();
    await compose.getByRole('button', { name: 'Copy' }).click();
    await compose.getByRole('button', { name: 'Use this version' }).click();
    await expect.poll(() => compose.evaluate(() => window.__practice!.getText())).toMatch(/^Hi Jo, could you help me move on Saturday\?/);

    expect(outside).toEqual([]);
  } finally {
    await cleanup();
  }
});
