// The compose helper in real Firefox, over WebDriver BiDi (Playwright can't
// drive a stock Firefox): install the test build as a temporary add-on, type a
// request into practice-lab editors as a person would, use the trigger and
// the panel, and check each editor's own model, then one undo.
// Needs Firefox (FIREFOX_PATH, default /usr/bin/firefox-esr), Node's
// --experimental-websocket, and `npm run build:firefox:test && npm run build:practice`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeDraft, proposeClearerDraft } from '../lib/clarity';
import { PRACTICE_PAGES } from '../practice/pages';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = resolve('.output/firefox-mv2-test');
const PRACTICE_PORT = 4398;
const BIDI_PORT = 9334;
// Pages whose composer is in the top document (the iframe and shadow-root pages need a frame walk).
const PAGES = (process.env.SMOKE_PAGES ?? PRACTICE_PAGES.filter((p) => !p.frame && !p.opener && p.path !== 'shadow').map((p) => p.path).join(',')).split(',');
const DRAFT = 'Hi Sam, sorry to bother you, could you help me move the sofa on Saturday?';
const CLEARER = proposeClearerDraft(DRAFT, analyzeDraft(DRAFT)).text;

type Json = Record<string, unknown>;

function bidi(url: string) {
  const socket = new WebSocket(url);
  let next = 0;
  const waiting = new Map<number, { resolve: (v: Json) => void; reject: (e: Error) => void }>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; method?: string; params?: Json; result?: Json; error?: string; message?: string };
    if (message.method === 'log.entryAdded' && process.env.SMOKE_DEBUG) console.log('  log:', JSON.stringify(message.params).slice(0, 400));
    const pending = message.id === undefined ? undefined : waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id!);
    if (message.error) pending.reject(new Error(`${message.error}: ${message.message}`));
    else pending.resolve(message.result ?? {});
  });
  const opened = new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', () => reject(new Error(`cannot reach ${url}`)));
  });
  return {
    opened,
    send(method: string, params: Json = {}): Promise<Json> {
      const id = ++next;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    close: () => socket.close(),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<number> {
  const server = spawn(process.execPath, ['scripts/serve-practice.mjs', '--port', String(PRACTICE_PORT)], { stdio: 'ignore' });
  const profile = mkdtempSync(join(tmpdir(), 'reciprocity-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    [
      'user_pref("remote.active-protocols", 1);',
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
      'user_pref("browser.startup.homepage_override.mstone", "ignore");',
      'user_pref("app.update.disabledForTesting", true);',
      'user_pref("extensions.getAddons.cache.enabled", false);',
    ].join('\n'),
  );
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', String(BIDI_PORT), 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const listening = new Promise<string>((resolve, reject) => {
    let log = '';
    firefox.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (found) resolve(found[1]!);
    });
    firefox.on('exit', () => reject(new Error(`Firefox exited:\n${log.slice(-2000)}`)));
  });
  let failures = 0;
  try {
    const client = bidi(`${await listening}/session`);
    await client.opened;
    await client.send('session.new', { capabilities: {} });
    if (process.env.SMOKE_DEBUG) await client.send('session.subscribe', { events: ['log.entryAdded'] });
    await client.send('webExtension.install', { extensionData: { type: 'path', path: EXTENSION } });
    const tree = (await client.send('browsingContext.getTree')) as { contexts: { context: string }[] };
    const context = tree.contexts[0]!.context;
    const evaluate = async (expression: string) => {
      const reply = (await client.send('script.evaluate', { expression, target: { context }, awaitPromise: true })) as {
        result?: { value?: unknown };
        exceptionDetails?: { text?: string };
      };
      if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.text ?? 'script error');
      return reply.result?.value;
    };
    const keys = (values: string[]) =>
      client.send('input.performActions', {
        context,
        actions: [{ type: 'key', id: 'keyboard', actions: values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }],
      });
    const click = async (x: number, y: number) =>
      client.send('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
    const poll = async (expression: string, want: unknown, ms = 4000) => {
      const until = Date.now() + ms;
      let got: unknown;
      while (Date.now() < until) {
        got = await evaluate(expression).catch(() => undefined);
        if (got === want) return got;
        await sleep(100);
      }
      return got;
    };
    // The helper's UI is in an open shadow root; find a button by its text and say where it is.
    const where = (label: string) => `(() => {
      const host = document.querySelector('reciprocity-helper');
      const button = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === ${JSON.stringify(label)} && b.offsetParent !== null);
      if (!button) return null;
      const r = button.getBoundingClientRect();
      return JSON.stringify([r.x + r.width / 2, r.y + r.height / 2]);
    })()`;
    const clickButton = async (label: string) => {
      const until = Date.now() + 5000;
      while (Date.now() < until) {
        const at = (await evaluate(where(label))) as string | null;
        if (at) {
          const [x, y] = JSON.parse(at) as [number, number];
          await click(x, y);
          return true;
        }
        await sleep(100);
      }
      return false;
    };

    for (const path of PAGES) {
      const steps: string[] = [];
      try {
        // A fresh document each time, whatever the last page left behind.
        await client.send('browsingContext.navigate', { context, url: 'about:blank', wait: 'complete' });
        await client.send('browsingContext.navigate', { context, url: `http://127.0.0.1:${PRACTICE_PORT}/${path}/`, wait: 'complete' });
        await poll('typeof window.__practice', 'object');
        // Click into the composer, as a person would.
        const spec = PRACTICE_PAGES.find((p) => p.path === path)!;
        const at = (await evaluate(`(() => { const el = document.querySelector(${JSON.stringify(spec.composer)}); el.scrollIntoView({ block: 'center', behavior: 'instant' }); const r = el.getBoundingClientRect(); return JSON.stringify([r.x + 20, r.y + r.height / 2]); })()`)) as string;
        await click(...(JSON.parse(at) as [number, number]));
        await keys([...DRAFT]);
        const typed = await poll('window.__practice.getText()', DRAFT);
        if (typed !== DRAFT) throw new Error(`typing did not reach the editor: ${JSON.stringify(typed)}`);
        if (!(await clickButton('Make this request clearer'))) throw new Error('no trigger');
        steps.push('trigger');
        if (!(await clickButton('Use this version'))) throw new Error('no panel');
        steps.push('panel');
        // Editors that ignore a path cost it a short wait each, so allow a few seconds.
        const written = await poll('window.__practice.getText()', CLEARER, 12_000);
        if (written !== CLEARER) {
          const said = await evaluate(`[...(document.querySelector('reciprocity-helper')?.shadowRoot?.querySelectorAll('[role=status], [aria-live]') ?? [])].map((e) => e.textContent).join(' | ')`);
          throw new Error(`model holds ${JSON.stringify(written)}; the helper said: ${String(said)}`);
        }
        steps.push('write-back');
        await client.send('input.performActions', {
          context,
          actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: '\uE009' }, { type: 'keyDown', value: 'z' }, { type: 'keyUp', value: 'z' }, { type: 'keyUp', value: '\uE009' }] }],
        });
        const undone = await poll('window.__practice.getText()', DRAFT);
        if (undone !== DRAFT) throw new Error(`after undo the model holds ${JSON.stringify(undone)}`);
        steps.push('undo');
        console.log(`✓ ${path}: ${steps.join(', ')}`);
      } catch (error) {
        failures++;
        console.log(`✘ ${path}: ${steps.join(', ') || 'nothing'} — ${(error as Error).message}`);
      }
    }
    client.close();
  } finally {
    firefox.kill();
    server.kill();
    await sleep(300);
    rmSync(profile, { recursive: true, force: true });
  }
  return failures;
}

process.exitCode = (await main()) ? 1 : 0;
