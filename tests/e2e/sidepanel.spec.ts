// The workbench as a person uses it: build a request, keep drafts, flows and
// the checklist, and take everything out and back in again.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, PRACTICE_ORIGIN, test } from './fixtures';

const tab = (panel: Page, name: string) => panel.getByRole('tab', { name }).click();

test('the builder composes live, shows the parts, and saves a draft', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await tab(panel, 'Templates');
  await panel.getByLabel('Who you’re asking').fill('Sam');
  await panel.getByLabel('The specific ask').fill('help me carry the sofa downstairs');
  const message = panel.getByRole('region', { name: 'Your message' });
  await expect(message).toContainText('Hi Sam,');
  await expect(message.getByRole('list', { name: 'Parts of a clear request' }).getByText('When')).toHaveAttribute('data-present', 'false');
  await panel.getByLabel('When', { exact: true }).fill('on Saturday at 10am');
  await panel.getByLabel('The easy no').fill('No worries at all if not.');
  await expect(message).toContainText('Could you help me carry the sofa downstairs on Saturday at 10am?');
  await expect(message.getByRole('list', { name: 'Parts of a clear request' }).getByText('When')).toHaveAttribute('data-present', 'true');
  await panel.getByRole('button', { name: 'Save as draft' }).click();
  await expect(panel.getByText('Saved to drafts.')).toBeVisible();
  await tab(panel, 'Drafts');
  await expect(panel.getByRole('list', { name: 'Drafts' })).toContainText('Clean request: Hi Sam,');
});

test('an experiment opens its template', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await tab(panel, 'Experiments');
  await panel.getByRole('listitem').filter({ hasText: 'People take but do not give.' }).getByRole('button').click();
  await expect(panel.getByLabel('Template', { exact: true })).toHaveValue('structural-request');
});

test('flows, checklist, export → erase → import restores everything; a bad file changes nothing', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await tab(panel, 'Flows');
  await panel.getByLabel('What support flows').fill('Hosting the group dinner');
  await panel.getByLabel('Who usually carries it').fill('me');
  await panel.getByRole('button', { name: 'heavy' }).click();
  await panel.getByRole('button', { name: 'Add flow' }).click();
  await expect(panel.getByRole('list', { name: 'Your flows' })).toContainText('Hosting the group dinner');

  await tab(panel, 'Checklist');
  await panel.getByRole('checkbox', { name: 'Made declining safe' }).click();
  await expect(panel.getByRole('checkbox', { name: 'Made declining safe' })).toBeChecked();

  await tab(panel, 'Settings');
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export everything' }).click()]);
  const file = join(tmpdir(), `reciprocity-${Date.now()}.json`);
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.tables.flows).toHaveLength(1);

  await panel.getByRole('button', { name: 'Erase everything…' }).click();
  await panel.getByRole('dialog', { name: 'Erase everything?' }).getByRole('button', { name: 'Erase everything' }).click();
  await expect(panel.getByText('Everything was erased.')).toBeVisible();
  await tab(panel, 'Flows');
  await expect(panel.getByRole('list', { name: 'Your flows' })).not.toContainText('Hosting');

  // A damaged file: a clear message, nothing changes.
  await tab(panel, 'Settings');
  const bad = join(tmpdir(), `reciprocity-bad-${Date.now()}.json`);
  writeFileSync(bad, readFileSync(file, 'utf8').replace('"Hosting the group dinner"', '12'));
  await panel.locator('#import-file').setInputFiles(bad);
  await expect(panel.getByRole('alert')).toContainText('flows[0].what');
  await expect(panel.getByText('Nothing was imported, and nothing changed.')).toBeVisible();

  await panel.locator('#import-file').setInputFiles(file);
  await expect(panel.getByText(/Imported \d+ records/)).toBeVisible();
  await tab(panel, 'Flows');
  await expect(panel.getByRole('list', { name: 'Your flows' })).toContainText('Hosting the group dinner');
  await tab(panel, 'Checklist');
  await expect(panel.getByRole('checkbox', { name: 'Made declining safe' })).toBeChecked();
});

test('the panel stays current when the popup changes data', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await tab(panel, 'History');
  await expect(panel.getByText('Runs of the 7-day reset appear here')).toBeVisible();
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Start the 7-day reset' }).click();
  await popup.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(panel.getByRole('list', { name: 'Runs' })).toContainText('Name one support flow that feels uneven. done');
});

test('"Insert into page" writes into the compose box the user was in', async ({ context, openExtensionPage }) => {
  const page = await context.newPage();
  await page.goto(`${PRACTICE_ORIGIN}/lexical/`);
  await page.waitForFunction(() => window.__practice !== undefined);
  await page.locator('#compose').click();
  await page.keyboard.type('draft to replace');
  await page.waitForTimeout(600);

  const panel = await openExtensionPage('sidepanel.html');
  await tab(panel, 'Templates');
  await panel.getByLabel('Template', { exact: true }).selectOption('gratitude');
  await panel.getByLabel('Who helped').fill('Priya');
  await panel.getByLabel('What they did').fill('taking the kids');
  await panel.getByLabel('The difference it made').fill('I finally slept');
  await panel.getByRole('button', { name: 'Insert into page' }).click();
  await expect(panel.getByRole('region', { name: 'Your message' }).getByRole('status')).toHaveText(/Inserted into the message box/);
  await expect.poll(() => page.evaluate(() => window.__practice!.getText())).toBe('Thank you, Priya, for taking the kids.\nIt meant I finally slept.');
});

test('own templates: create, use, duplicate, delete; built-ins can be edited and reset', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await tab(panel, 'Templates');
  await panel.getByRole('button', { name: 'New template' }).click();
  await panel.getByLabel('Template name').fill('Rota ask');
  await panel.getByLabel('Message', { exact: true }).fill('Could we rotate {{role}} from {{when}}?\nOther ideas welcome.');
  await panel.getByRole('button', { name: 'Save template' }).click();
  await expect(panel.getByLabel('Template', { exact: true })).toHaveValue(/.+/);
  await expect(panel.getByLabel('Template', { exact: true }).locator('option:checked')).toHaveText('Rota ask');
  await panel.getByLabel('role').fill('hosting');
  await panel.getByLabel('when').fill('next month');
  await expect(panel.getByRole('region', { name: 'Your message' })).toContainText('Could we rotate hosting from next month?');

  await panel.getByRole('button', { name: 'Duplicate' }).click();
  await panel.getByRole('button', { name: 'Save template' }).click();
  await expect(panel.getByLabel('Template', { exact: true }).locator('option:checked')).toHaveText('Rota ask (copy)');
  panel.once('dialog', (d) => void d.accept());
  await panel.getByRole('button', { name: 'Delete' }).click();
  await expect(panel.getByLabel('Template', { exact: true }).locator('option', { hasText: 'Rota ask (copy)' })).toHaveCount(0);

  await panel.getByLabel('Template', { exact: true }).selectOption('gratitude');
  await panel.getByRole('button', { name: 'Edit' }).click();
  await panel.getByLabel('Message', { exact: true }).fill('Thank you, {{name}} — {{effect}}.');
  await panel.getByRole('button', { name: 'Save template' }).click();
  await expect(panel.getByLabel('Template', { exact: true }).locator('option:checked')).toHaveText('Gratitude (edited)');
  await panel.getByRole('button', { name: 'Reset to original' }).click();
  await expect(panel.getByLabel('Template', { exact: true }).locator('option:checked')).toHaveText('Gratitude');
});

test('settings sync is off by default and, when turned on, carries settings and own templates only', async ({ context, openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await tab(panel, 'Settings');
  const box = panel.getByRole('checkbox', { name: /Sync settings and my own templates/ });
  await expect(box).not.toBeChecked();
  await box.click();
  await expect(box).toBeChecked();
  const worker = context.serviceWorkers()[0]!;
  const keys = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<object> } } } }).chrome.storage.sync.get(null).then(Object.keys),
  );
  expect(keys).toEqual(['settings']);
});
