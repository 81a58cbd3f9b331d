// The compose helper stays out of fields it must not touch, keeps focus where
// the user left it, can be turned off, and shrugs off a hostile page.
import type { Page } from '@playwright/test';
import { launchWithExtension, PROD_BUILD } from './chromium';
import { expect, PRACTICE_ORIGIN, stopServiceWorkers, test } from './fixtures';

const REQUEST = 'Could you help me move the sofa on Saturday?';
const TRIGGER = { name: 'Make this request clearer', exact: true } as const;
// Longer than the helper's idle delay, so "no trigger" is a real observation.
const SETTLE_MS = 1500;

async function open(page: Page, path: string) {
  await page.goto(`${PRACTICE_ORIGIN}/${path}/`);
  await page.waitForFunction(() => window.__practice !== undefined);
}

test('never offers help in search, password or read-only fields', async ({ context }) => {
  const page = await context.newPage();
  await open(page, 'fields');
  for (const id of ['#search', '#password']) {
    await page.locator(id).click();
    await page.keyboard.type(REQUEST);
  }
  await page.locator('#quoted').click();
  await page.waitForTimeout(SETTLE_MS);
  await expect(page.getByRole('button', TRIGGER)).toHaveCount(0);

  await page.locator('#compose').click();
  await page.keyboard.type(REQUEST);
  await expect(page.getByRole('button', TRIGGER)).toBeVisible();
});

test('no trigger for drafts that are not requests, and the trigger never takes focus', async ({ context }) => {
  const page = await context.newPage();
  await open(page, 'textarea');
  await page.locator('#compose').click();
  await page.keyboard.type('Thanks so much for dinner, it was lovely.');
  await page.waitForTimeout(SETTLE_MS);
  await expect(page.getByRole('button', TRIGGER)).toHaveCount(0);

  await page.keyboard.type(' Could you send me the recipe on Friday?');
  const trigger = page.getByRole('button', TRIGGER);
  await expect(trigger).toBeVisible();
  await trigger.dispatchEvent('mousedown');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('compose');
});

test('a request that is already clear gets no trigger; one with something to fix does', async ({ context }) => {
  const page = await context.newPage();
  await open(page, 'textarea');
  await page.locator('#compose').click();
  await page.keyboard.type('Hi Jo, could you water my plants on Saturday morning? No worries at all if not, I can ask Sam.');
  await page.waitForTimeout(SETTLE_MS);
  await expect(page.getByRole('button', TRIGGER)).toHaveCount(0);

  await page.keyboard.type(' Sorry to be a pain!');
  await expect(page.getByRole('button', TRIGGER)).toBeVisible();
});

test('the analysis still arrives when the service worker was asleep', async ({ context }) => {
  const page = await context.newPage();
  await open(page, 'textarea');
  await page.locator('#compose').click();
  // Chrome stops idle workers after about 30 s; stop it now, then the helper's next question must wake it.
  await stopServiceWorkers(page);
  await page.keyboard.type(REQUEST);
  await expect(page.getByRole('button', TRIGGER)).toBeVisible();
  await page.getByRole('button', TRIGGER).click();
  await expect(page.getByRole('dialog', { name: /clearer/ })).toContainText('No worries at all');
});

test('Escape closes the panel and puts the caret back where it was', async ({ context }) => {
  const page = await context.newPage();
  await open(page, 'textarea');
  await page.locator('#compose').click();
  await page.keyboard.type(REQUEST);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const caret = await page.locator('#compose').evaluate((el: HTMLTextAreaElement) => el.selectionStart);
  await page.getByRole('button', TRIGGER).click();
  const dialog = page.getByRole('dialog', { name: /clearer/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Use this version' })).toBeFocused();
  // Keyboard only: Tab stays inside the dialog.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains((d.getRootNode() as ShadowRoot).activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('compose');
  expect(await page.locator('#compose').evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(caret);
  expect(await page.evaluate(() => window.__practice!.getText())).toBe(REQUEST);
});

test('dismissing hides the trigger for this draft only', async ({ context }) => {
  const page = await context.newPage();
  await open(page, 'chat');
  await page.locator('#compose').click();
  await page.keyboard.type(REQUEST);
  await page.getByRole('button', { name: 'Dismiss for this draft' }).click();
  await page.keyboard.type(' Thanks');
  await page.waitForTimeout(SETTLE_MS);
  await expect(page.getByRole('button', TRIGGER)).toBeHidden();
  // Sent; the next draft is a new one.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Can you water my plants on Friday?');
  await expect(page.getByRole('button', TRIGGER)).toBeVisible();
});

test('"Turn off on this site" lasts across reloads', async ({ context }) => {
  const page = await context.newPage();
  await open(page, 'textarea');
  await page.locator('#compose').click();
  await page.keyboard.type(REQUEST);
  await page.getByRole('button', TRIGGER).click();
  await page.getByRole('dialog', { name: /clearer/ }).getByRole('button', { name: 'Turn off on this site' }).click();
  await expect(page.getByRole('button', TRIGGER)).toBeHidden();

  await open(page, 'contenteditable');
  await page.locator('#compose').click();
  await page.keyboard.type(REQUEST);
  await page.waitForTimeout(SETTLE_MS);
  await expect(page.getByRole('button', TRIGGER)).toHaveCount(0);
});

test('the context-menu and shortcut path opens the panel on the focused field', async ({ context }) => {
  const page = await context.newPage();
  await open(page, 'contenteditable');
  await page.locator('#compose').click();
  await page.keyboard.type('Thanks for yesterday.');
  await page.bringToFront();
  const worker = context.serviceWorkers()[0]!;
  const opened = await worker.evaluate(async () => {
    const chromeApi = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    const [tab] = await chromeApi.tabs.query({ active: true, lastFocusedWindow: true });
    const hook = (globalThis as unknown as { __reciprocityTest: { openHelper(id: number): Promise<boolean> } }).__reciprocityTest;
    return hook.openHelper(tab!.id);
  });
  expect(opened).toBe(true);
  // Asked for explicitly, the panel opens even for a draft that is not a request.
  await expect(page.getByRole('dialog', { name: /clearer/ })).toBeVisible();
});

test('a hostile page cannot drive the helper or break it', async ({ context }) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Listens to everything, overrides prototypes, posts look-alike messages.
    for (const type of ['focusin', 'keydown', 'input', 'click', 'mousedown']) window.addEventListener(type, () => {}, true);
    HTMLElement.prototype.focus = () => {};
    Element.prototype.attachShadow = () => {
      throw new Error('no shadow roots here');
    };
    setInterval(() => window.postMessage({ type: 'helper.insert', payload: { text: 'pwned' } }, '*'), 50);
  });
  await open(page, 'textarea');
  await page.locator('#compose').click();
  await page.keyboard.type(REQUEST);
  const trigger = page.getByRole('button', TRIGGER);
  await expect(trigger).toBeVisible();
  // A synthetic click from the page is not the user's click.
  await page.evaluate(() => {
    const host = document.querySelector('reciprocity-helper');
    host?.shadowRoot?.querySelector<HTMLButtonElement>('button')?.click();
  });
  await page.waitForTimeout(300);
  await expect(page.getByRole('dialog', { name: /clearer/ })).toHaveCount(0);
  await trigger.click();
  await page.getByRole('button', { name: 'Use this version' }).click();
  await expect.poll(() => page.evaluate(() => window.__practice!.getText())).toMatch(/^Could you help me move the sofa on Saturday\?/);
  expect(await page.evaluate(() => window.__practice!.getText())).not.toContain('pwned');
});

test('the production build never runs on localhost', async () => {
  const { context, cleanup } = await launchWithExtension(PROD_BUILD);
  try {
    const page = await context.newPage();
    await open(page, 'textarea');
    await page.locator('#compose').click();
    await page.keyboard.type(REQUEST);
    await page.waitForTimeout(SETTLE_MS);
    await expect(page.locator('reciprocity-helper')).toHaveCount(0);
  } finally {
    await cleanup();
  }
});
