// The week in the popup: start, check in, come back on later days (the clock
// is moved, not waited for), pause, finish, and the reminder's alarm.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DAY = 86_400_000;
const CLOCK_KEY = 'reciprocity:test-clock-offset-ms';

async function goToDay(popup: Page, days: number) {
  await popup.evaluate(([key, ms]) => localStorage.setItem(key as string, String(ms)), [CLOCK_KEY, days * DAY]);
  await popup.reload();
}

test('a week of steps: check in, reload, later days, a missed day waits', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Start the 7-day reset' }).click();
  await expect(popup.getByText('Day 1 of 7')).toBeVisible();

  // Step 1 creates a support flow inline.
  await popup.getByLabel('What support keeps flowing?').fill('School pickups');
  await popup.getByLabel('Who usually carries it?').fill('me');
  await popup.getByRole('button', { name: 'Save this flow' }).click();
  await expect(popup.getByText('Saved “School pickups”.')).toBeVisible();

  await popup.getByRole('button', { name: 'Done', exact: true }).click();
  await popup.getByLabel('A line about it (optional)').fill('Named the pickups');
  await popup.getByRole('button', { name: 'Rebalancing' }).click();
  await expect(popup.getByRole('button', { name: 'Rebalancing' })).toHaveAttribute('aria-pressed', 'true');

  // Closing and reopening loses nothing; the same day can be edited.
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Done', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(popup.getByLabel('A line about it (optional)')).toHaveValue('Named the pickups');
  await popup.getByRole('button', { name: 'Partly' }).click();
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Partly' })).toHaveAttribute('aria-pressed', 'true');

  await goToDay(popup, 1);
  await expect(popup.getByText('Day 2 of 7')).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Write the clean request or boundary.' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Done', exact: true })).toHaveAttribute('aria-pressed', 'false');

  // Three days away: the step waits, nothing scolds.
  await goToDay(popup, 4);
  await expect(popup.getByText('Day 2 of 7')).toBeVisible();
  await expect(popup.locator('body')).not.toContainText(/missed|streak|behind|points/i);
  await popup.getByRole('button', { name: 'Done', exact: true }).click();
  await goToDay(popup, 5);
  await expect(popup.getByText('Day 3 of 7')).toBeVisible();
});

test('pause, resume and finish with a summary', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Start the 7-day reset' }).click();
  await popup.getByRole('button', { name: 'Pause' }).click();
  await expect(popup.getByText(/paused on day 1/)).toBeVisible();
  await popup.reload();
  await popup.getByRole('button', { name: 'Resume' }).click();
  await expect(popup.getByText('Day 1 of 7')).toBeVisible();

  await popup.getByRole('button', { name: 'Finish…' }).click();
  await popup.getByLabel('What moved this week? (optional)').fill('Asked Sam for one pickup');
  await popup.getByLabel('What did you notice? (optional)').fill('Easier than I feared');
  await popup.getByRole('button', { name: 'Finish the run' }).click();
  await expect(popup.getByRole('button', { name: 'Start the 7-day reset' })).toBeVisible();
  const summary = await popup.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('reciprocity');
        open.onsuccess = () => {
          const all = open.result.transaction('runs').objectStore('runs').getAll();
          all.onsuccess = () => resolve(all.result.map((r: { status: string; summary?: unknown }) => [r.status, r.summary]));
        };
      }),
  );
  expect(summary).toEqual([['finished', { moved: 'Asked Sam for one pickup', noticed: 'Easier than I feared' }]]);
});

test('the reminder is opt-in: turning it on schedules one alarm, turning it off cancels it', async ({ context, openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  const worker = context.serviceWorkers()[0]!;
  const alarms = () =>
    worker.evaluate(() => (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string }[]> } } }).chrome.alarms.getAll().then((a) => a.map((x) => x.name)));
  expect(await alarms()).toEqual([]);
  await popup.getByText(/Daily reminder/).click();
  await popup.getByLabel('Time').fill('08:30');
  // The box reflects what is stored, so it changes once the setting is saved.
  const box = popup.getByRole('checkbox', { name: /Remind me once a day/ });
  await box.click();
  await expect(box).toBeChecked();
  await expect.poll(alarms).toEqual(['daily-reminder']);
  await box.click();
  await expect(box).not.toBeChecked();
  await expect.poll(alarms).toEqual([]);
});

test('a writing step opens the side panel at the right template', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Start the 7-day reset' }).click();
  await popup.getByRole('button', { name: 'Done', exact: true }).click();
  await goToDay(popup, 4);
  await expect(popup.getByText('Day 2 of 7')).toBeVisible();
  // An open workbench page follows the hand-off, as the side panel itself does.
  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.getByRole('tab', { name: 'Today' })).toHaveAttribute('aria-selected', 'true');
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Open this step in the workbench' }).click();
  await expect(panel.getByRole('tab', { name: 'Templates' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByLabel('Template', { exact: true })).toHaveValue('clean-request');
});

test('the run survives a browser restart', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { extensionIdOf, launchWithExtension, TEST_BUILD } = await import('./chromium');
  const profile = mkdtempSync(join(tmpdir(), 'reciprocity-restart-'));
  try {
    const first = await launchWithExtension(TEST_BUILD, profile);
    const id = await extensionIdOf(first.context);
    const popup = await first.context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.getByRole('button', { name: 'Start the 7-day reset' }).click();
    await popup.getByRole('button', { name: 'Partly' }).click();
    await expect(popup.getByRole('button', { name: 'Partly' })).toHaveAttribute('aria-pressed', 'true');
    await first.context.close();

    const second = await launchWithExtension(TEST_BUILD, profile);
    const again = await second.context.newPage();
    await again.goto(`chrome-extension://${await extensionIdOf(second.context)}/popup.html`);
    await expect(again.getByText('Day 1 of 7')).toBeVisible();
    await expect(again.getByRole('button', { name: 'Partly' })).toHaveAttribute('aria-pressed', 'true');
    await second.context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
