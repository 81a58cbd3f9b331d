// Least privilege, checked against the production build's manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { COMPOSE_MATCHES } from '../../lib/sites';
import { PROD_BUILD, TEST_BUILD } from './chromium';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: unknown[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
}

const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/** Every permission the product asks for, and why; anything else fails the test. */
const NEEDED: Record<string, string> = {
  storage: 'storage.session hands drafts to the side panel; storage.sync for opt-in settings sync',
  sidePanel: 'the workbench',
  alarms: 'the opt-in daily reminder',
  notifications: 'the opt-in daily reminder',
  contextMenus: '"Make this request clearer" on any editable field',
  activeTab: 'run the helper on the current page only when the user asks',
  scripting: 'inject the helper on first focus of a compose box or on request, and register it on sites the user adds',
};

test('the production manifest asks only for what the product needs', () => {
  const manifest = read(PROD_BUILD);
  for (const permission of manifest.permissions ?? []) {
    expect(NEEDED, `unexpected permission "${permission}"`).toHaveProperty(permission);
  }
  expect(manifest.permissions).not.toContain('tabs');
  // Host access is exactly the target sites, where the helper is injected on first focus.
  expect(new Set(manifest.host_permissions ?? [])).toEqual(new Set(COMPOSE_MATCHES));
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

test('content scripts run only on the target sites, never broadly or on localhost', () => {
  const manifest = read(PROD_BUILD);
  const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
  expect(matches.length).toBeGreaterThan(0);
  expect(new Set(matches)).toEqual(new Set(COMPOSE_MATCHES));
  // At load, pages get the small focus listener only; the helper comes on first use.
  expect((manifest.content_scripts ?? []).flatMap((c) => c.js ?? [])).toEqual(['compose-boot.js']);
  for (const pattern of [...matches, ...(manifest.host_permissions ?? [])]) {
    expect(pattern).not.toMatch(/<all_urls>|^\*:|:\/\/\*\/|localhost|127\.0\.0\.1/);
    expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/\*$/);
  }
});

test('sites the user adds are optional host permissions, granted one at a time', () => {
  const manifest = read(PROD_BUILD);
  const optional = [...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
  for (const pattern of optional) expect(['https://*/*', 'http://*/*']).toContain(pattern);
});

test('only the test build adds localhost', () => {
  const test = read(TEST_BUILD);
  const matches = (test.content_scripts ?? []).flatMap((c) => c.matches);
  expect(matches).toEqual(expect.arrayContaining(['http://localhost/*', 'http://127.0.0.1/*']));
  expect(test.host_permissions).toEqual(expect.arrayContaining(['http://localhost/*', 'http://127.0.0.1/*']));
});
