// The practice lab on its own, without the extension: every page's editor
// takes typing, its model holds the text, undo changes it, and Send sends it.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { PRACTICE_PAGES, type PracticePage } from '../../practice/pages';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { PRACTICE_ORIGIN } from './fixtures';

test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } });

const DRAFT = 'Could you pick up the kids on Thursday at five? It is fine to say no.';
const CLEARER = 'Could you pick up the kids this Thursday at 5 pm? If it does not work, just say so.';

const model = (page: Page) => ({
  text: () => page.evaluate(() => window.__practice!.getText()),
  sent: () => page.evaluate(() => window.__practice!.sent()),
});

async function clickComposer(page: Page, spec: PracticePage): Promise<void> {
  if (spec.opener && !(await page.locator(spec.composer).count())) await page.click(spec.opener);
  const scope: Page | Frame = spec.frame ? (await (await page.locator(spec.frame).elementHandle())!.contentFrame())! : page;
  await scope.locator(spec.composer).click();
}

test('the lab index links every practice page', async ({ page }) => {
  await page.goto(`${PRACTICE_ORIGIN}/`);
  const links = await page.locator('#pages a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual(PRACTICE_PAGES.map((p) => `./${p.path}/`));
});

for (const spec of PRACTICE_PAGES) {
  test(`${spec.path}: typing reaches the ${spec.editor} model, undo changes it, Send sends it`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${PRACTICE_ORIGIN}/${spec.path}/`);
    await page.waitForFunction(() => window.__practice !== undefined);
    expect(await page.evaluate(() => window.__practice!.editor)).toBe(spec.editor);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const { text, sent } = model(page);

    await clickComposer(page, spec);
    await page.keyboard.type(DRAFT);
    await expect.poll(text).toBe(DRAFT);

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(sent).toEqual([DRAFT]);
    await expect.poll(text).toBe('');
    await expect(page.locator('#sent li')).toHaveText([DRAFT]);

    await clickComposer(page, spec);
    await page.keyboard.type(DRAFT);
    await expect.poll(text).toBe(DRAFT);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(text).not.toBe(DRAFT);

    // The contract's own undo() reaches the editor's history too.
    await page.keyboard.type(' Thanks.');
    const beforeUndo = await text();
    await page.evaluate(() => window.__practice!.undo!());
    await expect.poll(text).not.toBe(beforeUndo);
    expect(errors).toEqual([]);
  });

  test(`${spec.path}: a second line reads back as one newline`, async ({ page }) => {
    await page.goto(`${PRACTICE_ORIGIN}/${spec.path}/`);
    await page.waitForFunction(() => window.__practice !== undefined);
    await clickComposer(page, spec);
    await page.keyboard.type('Could you help on Saturday?');
    await page.keyboard.press(spec.enterSends ? 'Shift+Enter' : 'Enter');
    await page.keyboard.type('Saying no is fine.');
    await expect.poll(model(page).text).toBe('Could you help on Saturday?\nSaying no is fine.');
  });
}

/** Writes text into the focused editor by one of the paths PRODUCT.md names. */
async function writeBack(page: Page, spec: PracticePage, text: string): Promise<void> {
  // Editors such as Trix and Slate take in selection changes asynchronously.
  await page.waitForTimeout(150);
  const scope: Page | Frame = spec.frame ? (await (await page.locator(spec.frame).elementHandle())!.contentFrame())! : page;
  await scope.locator(spec.composer).evaluate(
    (el, [path, text]) => {
      const doc = el.ownerDocument;
      const root = el.getRootNode() as Document | ShadowRoot;
      const target = (root.activeElement ?? el) as HTMLElement;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      if (path === 'execCommand') doc.execCommand('insertText', false, text);
      else if (path === 'beforeinput')
        target.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: null, dataTransfer: data, bubbles: true, cancelable: true }));
      else target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [spec.writeBack, text] as const,
  );
}

for (const spec of PRACTICE_PAGES) {
  test(`${spec.path}: ${spec.writeBack} write-back lands in the model, one undo restores, typing goes on`, async ({ page }) => {
    await page.goto(`${PRACTICE_ORIGIN}/${spec.path}/`);
    await page.waitForFunction(() => window.__practice !== undefined);
    const { text } = model(page);
    await clickComposer(page, spec);
    await page.keyboard.type(DRAFT);
    // A person reads the suggestion before accepting it; editors that group
    // recent typing into one undo step (Quill: 1 s) have closed the group by then.
    await page.waitForTimeout(1200);
    await page.keyboard.press('ControlOrMeta+a');
    await writeBack(page, spec, CLEARER);
    await expect.poll(text).toBe(CLEARER);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(text).toBe(DRAFT);

    await page.keyboard.press('ControlOrMeta+a');
    await writeBack(page, spec, CLEARER);
    await expect.poll(text).toBe(CLEARER);
    await page.keyboard.type(' Thanks!');
    await expect.poll(text).toBe(`${CLEARER} Thanks!`);
  });
}

test('chat: Enter sends, Shift+Enter keeps writing', async ({ page }) => {
  await page.goto(`${PRACTICE_ORIGIN}/chat/`);
  await page.locator('#compose').click();
  await page.keyboard.type('Could you bring chairs?');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('No worries if not.');
  await page.keyboard.press('Enter');
  await expect.poll(model(page).sent).toEqual(['Could you bring chairs?\nNo worries if not.']);
  await expect(page.locator('#compose')).toHaveValue('');
});

test('late: the composer does not exist until the app has loaded and New message is pressed', async ({ page }) => {
  await page.goto(`${PRACTICE_ORIGIN}/late/`);
  await expect(page.getByText('Loading your inbox…')).toBeVisible();
  await expect(page.locator('#compose')).toHaveCount(0);
  await page.getByRole('button', { name: 'New message' }).click();
  await expect(page.locator('#compose')).toBeFocused();
});
