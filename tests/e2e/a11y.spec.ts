// axe-core on every extension surface, light and dark: no serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, PRACTICE_ORIGIN, test } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup, welcome page and side panel are accessible (${scheme})`, async ({ openExtensionPage }) => {
    const popup = await openExtensionPage('popup.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Start the 7-day reset' }).click();
    await expect(popup.getByText(/Day 1 of 7/)).toBeVisible();
    expect(await seriousViolations(popup)).toEqual([]);

    const welcome = await openExtensionPage('welcome.html');
    await welcome.emulateMedia({ colorScheme: scheme });
    await expect(welcome.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(welcome)).toEqual([]);

    const panel = await openExtensionPage('sidepanel.html');
    await panel.emulateMedia({ colorScheme: scheme });
    await expect(panel.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(panel)).toEqual([]);
    // Every view of the workbench, not only the first.
    for (const tab of await panel.getByRole('tab').all()) {
      await tab.click();
      expect(await seriousViolations(panel), `view “${await tab.textContent()}”`).toEqual([]);
    }
  });
}

test('the in-page panel is accessible', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${PRACTICE_ORIGIN}/textarea/`);
  await page.waitForFunction(() => window.__practice !== undefined);
  await page.locator('#compose').click();
  await page.keyboard.type('Sorry to bother you, could someone water my plants?');
  await page.getByRole('button', { name: 'Make this request clearer', exact: true }).click();
  await expect(page.getByRole('dialog', { name: /clearer/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).include('reciprocity-helper').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  expect(serious).toEqual([]);
});
