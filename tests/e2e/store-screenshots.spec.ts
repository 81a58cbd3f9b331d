// Store screenshots, made from the real UI so they never drift from what ships.
import { mkdirSync } from 'node:fs';
import { expect, PRACTICE_ORIGIN, test } from './fixtures';

// `UPDATE_STORE_SCREENSHOTS=1 npx playwright test store-screenshots` refreshes docs/store;
// an ordinary run writes them under test-results so `npm test` leaves the tree clean.
const OUT = process.env.UPDATE_STORE_SCREENSHOTS ? 'docs/store' : 'test-results/store';

test('store screenshots of popup, side panel and compose helper', async ({ context, openExtensionPage }) => {
  mkdirSync(OUT, { recursive: true });
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Start the 7-day reset' }).click();
  await popup.getByRole('button', { name: 'Done', exact: true }).click();
  await popup.setViewportSize({ width: 380, height: 760 });
  await popup.screenshot({ path: `${OUT}/popup.png` });

  const panel = await openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.getByRole('tab', { name: 'Templates' }).click();
  await panel.getByLabel('Who you’re asking').fill('Sam');
  await panel.getByLabel('The specific ask').fill('help me carry the sofa downstairs');
  await panel.getByLabel('When', { exact: true }).fill('on Saturday at 10am');
  await panel.getByLabel('How big').fill('about 30 minutes');
  await panel.getByLabel('The easy no').fill('No worries at all if not — I can ask my neighbour.');
  await panel.screenshot({ path: `${OUT}/side-panel-builder.png` });

  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${PRACTICE_ORIGIN}/contenteditable/`);
  await page.waitForFunction(() => window.__practice !== undefined);
  await page.locator('#compose').click();
  await page.keyboard.type('Hi Sam, sorry to bother you, could someone help me move the sofa?');
  await page.getByRole('button', { name: 'Make this request clearer', exact: true }).click();
  await expect(page.getByRole('dialog', { name: /clearer/ })).toBeVisible();
  await page.screenshot({ path: `${OUT}/compose-helper.png` });
});
