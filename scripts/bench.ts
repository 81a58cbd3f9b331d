// The compose helper's cost on real pages: practice-lab pages loaded in
// Chromium with and without the extension, in the same run, alternating;
// then the helper's own share, attributed from a trace.
// Needs `npm run build:test && npm run build:practice` first.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchWithExtension, TEST_BUILD } from '../tests/e2e/chromium';

const PORT = 4391;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = ['textarea', 'contenteditable', 'lexical', 'quill'];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DRAFT = 'Hi Sam, sorry to bother you, I was just wondering if maybe you could possibly help me move the sofa on Saturday morning? It is about an hour of work and I can buy lunch. I know you are busy, so no worries at all if it does not suit; I can ask Priya instead. Thanks so much!'.slice(0, 300);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;

// Records keydown → next animation frame, the delay a person feels per key.
const KEY_TO_FRAME = `window.__k2f = []; addEventListener('keydown', (e) => { const t = performance.now(); requestAnimationFrame(() => window.__k2f.push(performance.now() - t)); }, true);`;

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/** Main-thread task time of the page's renderer so far, in ms. */
async function taskMs(cdp: Cdp): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Loads a practice page and lets it settle, as every measurement does. */
async function loadPage(page: Page, path: string) {
  await page.goto(`${ORIGIN}/${path}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__practice !== undefined);
  await page.waitForTimeout(600);
}

/** Focuses the composer and types the draft, then waits so the idle-time check runs and is counted. */
async function typeDraft(page: Page) {
  await page.evaluate(() => window.__practice!.focus());
  await page.keyboard.type(DRAFT, { delay: 15 });
  await page.waitForTimeout(900);
}

async function measure(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.addInitScript(KEY_TO_FRAME);
  await loadPage(page, path);
  const load = await taskMs(cdp);
  const before = await taskMs(cdp);
  await typeDraft(page);
  const typing = (await taskMs(cdp)) - before;
  const k2f = await page.evaluate(() => (window as unknown as { __k2f: number[] }).__k2f);
  await page.close();
  return { load, typing, k2f };
}

type TraceEvent = { ph: string; name: string; tdur?: number; args?: { data?: { url?: string } } };

/** Records a trace (all processes) while `run` runs. */
async function traced(cdp: Cdp, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'extensions'] } });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/** CPU ms of complete events that pass `keep`. */
const cpuMs = (events: TraceEvent[], keep: (e: TraceEvent) => boolean) =>
  events.filter((e) => e.ph === 'X' && keep(e)).reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);

/** Our page-side scripts' own work: their evaluation and every callback (listeners, timers). */
const ours = (e: TraceEvent) =>
  (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && /\/compose-(?:boot|helper)\.js$/.test(e.args?.data?.url ?? '');
/** The browser running a content script at all: the script world, its bindings, and the script. */
const injection = (e: TraceEvent) => e.name === 'ScriptInjection::InjectJs';

/** Main-thread CPU attributed from a trace rather than by subtraction: load, then focus and typing. */
async function attribute(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const load = await traced(cdp, () => loadPage(page, path));
  const typing = await traced(cdp, () => typeDraft(page));
  await page.close();
  return { injection: cpuMs(load, injection), ownLoad: cpuMs(load, ours), ownTyping: cpuMs(typing, ours) };
}

async function warm(context: BrowserContext, path: string) {
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/${path}/`, { waitUntil: 'load' });
  await page.close();
}

const server = spawn(process.execPath, ['scripts/serve-practice.mjs', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
try {
  const plain = await chromium.launchPersistentContext('', { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1100, height: 800 } });
  const withExt = await launchWithExtension(process.env.BENCH_EXT ?? TEST_BUILD);
  const results: Record<string, Record<'with' | 'without', { load: number[]; typing: number[]; k2f: number[] }>> = {};
  for (const path of PAGES) {
    results[path] = { with: { load: [], typing: [], k2f: [] }, without: { load: [], typing: [], k2f: [] } };
    // One unmeasured load each, so both browsers have the page's scripts cached alike.
    for (const context of [plain, withExt.context]) await warm(context, path);
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which browser goes first, so drift on the machine falls on both.
      const order = [['without', plain], ['with', withExt.context]] as const;
      for (const [label, context] of round % 2 ? [...order].reverse() : order) {
        const m = await measure(context, path);
        const slot = results[path]![label];
        slot.load.push(m.load);
        slot.typing.push(m.typing);
        slot.k2f.push(...m.k2f);
      }
    }
  }
  // Traced separately, so tracing's own overhead never enters the comparison
  // above; beside an extension whose load-time script is empty, for the
  // browser's own cost of running any content script.
  const emptyBuild = mkdtempSync(join(tmpdir(), 'reciprocity-empty-'));
  cpSync(process.env.BENCH_EXT ?? TEST_BUILD, emptyBuild, { recursive: true });
  writeFileSync(join(emptyBuild, 'compose-boot.js'), 'void 0;\n');
  const empty = await launchWithExtension(emptyBuild);
  const own: Record<string, { empty: number[]; injection: number[]; load: number[]; typing: number[] }> = {};
  for (const path of PAGES) {
    own[path] = { empty: [], injection: [], load: [], typing: [] };
    for (let i = 0; i < 3; i++) {
      const m = await attribute(withExt.context, path);
      own[path].injection.push(m.injection);
      own[path].load.push(m.ownLoad);
      own[path].typing.push(m.ownTyping);
      own[path].empty.push((await attribute(empty.context, path)).injection);
    }
  }
  await empty.cleanup();
  rmSync(emptyBuild, { recursive: true, force: true });
  await plain.close();
  await withExt.cleanup();

  const gz = (file: string) => gzipSync(readFileSync(`${TEST_BUILD}/${file}`)).length / 1000;
  const boot = gz('compose-boot.js');
  const helper = gz('compose-helper.js');
  console.log(`compose helper on practice pages — ${ROUNDS} rounds each, alternating browsers, median main-thread task time (CDP TaskDuration)\n`);
  console.log('page              load ms (without → with, added)   typing ms (without → with, ratio)   key→frame ms median/p95 (without → with)');
  for (const [path, r] of Object.entries(results)) {
    const l0 = median(r.without.load);
    const l1 = median(r.with.load);
    // Added time: the median of each round's with-minus-without pair.
    const added = median(r.with.load.map((w, i) => w - r.without.load[i]!));
    const t0 = median(r.without.typing);
    const t1 = median(r.with.typing);
    console.log(
      `${path.padEnd(18)}${l0.toFixed(1).padStart(7)} → ${l1.toFixed(1).padStart(6)}  ${(added >= 0 ? '+' : '') + added.toFixed(1)}`.padEnd(52) +
        `${t0.toFixed(1).padStart(7)} → ${t1.toFixed(1).padStart(6)}  ×${(t1 / t0).toFixed(2)}`.padEnd(36) +
        `${median(r.without.k2f).toFixed(1)}/${p95(r.without.k2f).toFixed(1)} → ${median(r.with.k2f).toFixed(1)}/${p95(r.with.k2f).toFixed(1)}`,
    );
  }
  console.log('\nmain-thread CPU from a trace (median of 3 loads)');
  console.log('page              running a content script at load: empty → ours   our scripts at load   our scripts while typing');
  for (const [path, o] of Object.entries(own)) {
    console.log(
      `${path.padEnd(18)}${median(o.empty).toFixed(2).padStart(30)} → ${median(o.injection).toFixed(2).padEnd(14)}` +
        `${median(o.load).toFixed(2).padStart(8)} ms${median(o.typing).toFixed(1).padStart(22)} ms`,
    );
  }
  console.log('(while typing: the helper injected on first focus, the request check after a pause, every key)');
  console.log(`\nat page load (manifest content script, compose-boot.js): ${boot.toFixed(1)} kB gzipped`);
  console.log(`on first focus of a compose box (compose-helper.js, analyzer included): ${helper.toFixed(1)} kB gzipped`);
  console.log(`both together: ${(boot + helper).toFixed(1)} kB gzipped (budget 25 kB)`);
  console.log('targets: added load ≤ 2 ms, typing ratio ≤ 1.10');
} finally {
  server.kill();
}
