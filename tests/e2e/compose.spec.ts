// The compose helper on every practice-lab editor: the trigger appears for a
// request, the panel opens, "Use this version" lands in the editor's own
// model, typing goes on, one undo restores the draft, and Send sends.
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { analyzeDraft, proposeClearerDraft } from '../../lib/clarity';
import { PRACTICE_PAGES, type PracticePage } from '../../practice/pages';
import { launchWithExtension } from './chromium';
import { expect, PRACTICE_ORIGIN, test } from './fixtures';

const DRAFT = 'Hi Sam, sorry to bother you, could you help me move the sofa on Saturday?';
const CLEARER = proposeClearerDraft(DRAFT, analyzeDraft(DRAFT)).text;
const TRIGGER = { name: 'Make this request clearer', exact: true } as const;

async function composerScope(page: Page, spec: PracticePage): Promise<Page | Frame> {
  if (spec.opener && !(await page.locator(spec.composer).count())) await page.click(spec.opener);
  if (!spec.frame) return page;
  return (await (await page.locator(spec.frame).elementHandle())!.contentFrame())!;
}

const modelText = (page: Page) => () => page.evaluate(() => window.__practice!.getText());

test('the clearer version is what the analyzer proposes', () => {
  expect(CLEARER).toBe('Hi Sam, could you help me move the sofa on Saturday? No worries at all if it doesn’t work for you.');
});

// One browser for every page: each test has its own tab, and nothing here
// changes the extension's state (turning the helper off is compose-guards').
let browser: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
let context: BrowserContext;
test.beforeAll(async () => {
  browser = await launchWithExtension();
  context = browser.context;
});
test.afterAll(async () => browser?.cleanup());

for (const spec of PRACTICE_PAGES) {
  test(`${spec.path}: trigger, panel, write-back into the ${spec.editor} model, typing, undo, send`, async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${PRACTICE_ORIGIN}/${spec.path}/`);
    await page.waitForFunction(() => window.__practice !== undefined);
    const scope = await composerScope(page, spec);
    const text = modelText(page);

    await scope.locator(spec.composer).click();
    await page.keyboard.type(DRAFT);
    await expect.poll(text).toBe(DRAFT);

    const trigger = scope.getByRole('button', TRIGGER);
    const done = scope.locator('reciprocity-helper').getByRole('status').first();
    await expect(trigger).toBeVisible();
    await trigger.click();
    const dialog = scope.getByRole('dialog', { name: /clearer/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('No need to apologise for asking');
    await dialog.getByRole('button', { name: 'Use this version' }).click();
    await expect.poll(text).toBe(CLEARER);
    await expect(dialog).toBeHidden();
    await expect(done).toHaveText(/now has the clearer version/);

    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(text).toBe(DRAFT);

    await expect(trigger).toBeVisible();
    await trigger.click();
    await dialog.getByRole('button', { name: 'Use this version' }).click();
    await expect.poll(text).toBe(CLEARER);
    // A person reads the change before typing on; the helper announces it.
    await expect(done).toHaveText(/now has the clearer version/);
    await page.keyboard.type(' Thanks!');
    await expect.poll(text).toBe(`${CLEARER} Thanks!`);

    if (spec.enterSends) await page.keyboard.press('Enter');
    else await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.__practice!.sent())).toEqual([`${CLEARER} Thanks!`]);
    expect(errors).toEqual([]);
    await page.close();
  });
}
