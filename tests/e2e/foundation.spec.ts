import { expect, test } from './fixtures';

test('the extension loads and both pages render from the database', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('heading', { level: 1, name: 'Reciprocity' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Start the 7-day reset' })).toBeVisible();

  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.getByRole('heading', { level: 1, name: 'Reciprocity' })).toBeVisible();
  await expect(panel.getByText('No reset running')).toBeVisible();
});

test('a run started in the popup survives a reload and shows in the side panel', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Start the 7-day reset' }).click();
  await expect(popup.getByText('Day 1 of 7')).toBeVisible();

  await popup.reload();
  await expect(popup.getByRole('heading', { name: 'Name one support flow that feels uneven.' })).toBeVisible();

  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.getByText('Day 1 of 7')).toBeVisible();
});

test('the background answers typed messages and refuses malformed ones', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  const replies = await page.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
    const send = (m: unknown) => runtime.sendMessage(m);
    return {
      ping: await send({ type: 'ping', payload: {} }),
      unknown: await send({ type: 'drop.tables', payload: {} }),
      malformed: await send({ type: 'draft.save', payload: { title: 42 } }),
      wrongSender: await send({ type: 'site.status', payload: { host: 'mail.google.com' } }),
    };
  });
  expect(replies.ping).toEqual({ ok: true, data: { version: expect.stringMatching(/^\d+\.\d+\.\d+$/) } });
  expect(replies.unknown).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  expect(replies.malformed).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  expect(replies.wrongSender).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
});

test('installing opens the welcome page once', async ({ context }) => {
  const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await context.waitForEvent('page'));
  await expect(welcome).toHaveURL(/\/welcome\.html$/);
  await expect(welcome.getByRole('link', { name: 'Get support' })).toBeVisible();
});
