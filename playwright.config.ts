import { defineConfig } from '@playwright/test';

export const PRACTICE_PORT = Number(process.env.PRACTICE_PORT ?? 4317);

export default defineConfig({
  testDir: 'tests/e2e',
  // Each test launches its own Chromium with the extension; two cores fit one at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
  webServer: {
    command: `node scripts/serve-practice.mjs --port ${PRACTICE_PORT}`,
    url: `http://127.0.0.1:${PRACTICE_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
