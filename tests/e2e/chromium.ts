import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

/** RECIPROCITY_EXT points the suite at a copy of the test build (parallel local runs). */
export const TEST_BUILD = resolve(process.env.RECIPROCITY_EXT ?? '.output/chrome-mv3-test');
export const PROD_BUILD = resolve('.output/chrome-mv3');

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; Playwright cannot download its own here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A fresh profile with the extension loaded, headless. */
export async function launchWithExtension(
  extensionPath = TEST_BUILD,
  userDataDir = mkdtempSync(join(tmpdir(), 'reciprocity-e2e-')),
): Promise<{ context: BrowserContext; userDataDir: string; cleanup: () => Promise<void> }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`],
    viewport: { width: 1100, height: 800 },
  });
  return {
    context,
    userDataDir,
    cleanup: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's id, read from its service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
