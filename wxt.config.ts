import { defineConfig } from 'wxt';
import { COMPOSE_MATCHES } from './lib/sites';

// The test build also runs the compose helper on localhost so the e2e suite
// can drive it against the practice lab; the production build never does.
const TEST_ONLY_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  // Explicit imports keep each file's dependencies visible.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: {
    baseIconPath: 'public/icon.svg',
    sizes: [16, 32, 48, 96, 128],
    developmentIndicator: false,
  },
  zip: {
    // Firefox review rebuilds from these sources; local artefacts are not sources.
    excludeSources: ['screenshots/**', 'test-results/**', 'playwright-report/**', '.tmp/**'],
  },
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ browser }) => ({
    name: 'Reciprocity',
    description: 'Ask, offer, receive and rebalance support in your communities — without scorekeeping.',
    // The compose helper: a focus listener at load on the target sites; the
    // helper itself is injected (scripting) on first focus of a compose box,
    // which needs host access to exactly those sites and no others.
    host_permissions: [...COMPOSE_MATCHES],
    content_scripts: [
      { matches: [...COMPOSE_MATCHES], js: ['compose-boot.js'], all_frames: true, match_about_blank: true, run_at: 'document_idle' },
    ],
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Sites the user adds in settings are granted one at a time.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    commands: {
      'make-request-clearer': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Make the request in the focused message box clearer',
      },
    },
    action: { default_title: 'Reciprocity — today’s step' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'reciprocity@reciprocity.invalid',
              // 140 is the current ESR; the data-collection key below needs 140 on desktop.
              strict_min_version: '140.0',
              // Nothing leaves the device; Firefox asks extensions to say so.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads that key from 142.
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...TEST_ONLY_MATCHES];
      }
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_ONLY_MATCHES];
    },
  },
});
