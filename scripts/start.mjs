// `npm start`: install if needed, build, serve the practice lab and open
// Chromium with the extension loaded. With no display it runs headless and
// saves screenshots instead, then says where they are.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PORT = Number(process.env.PRACTICE_PORT ?? 4317);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = resolve('screenshots');
const EXTENSION = resolve('.output/chrome-mv3-test');

function run(cmd, args) {
  console.log(`› ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('node_modules/.package-lock.json')) run('npm', ['install']);
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
// The test build is the production build plus localhost matches, so the
// compose helper also runs on the local practice lab.
run('npm', ['run', '--silent', 'build:test']);
run('npm', ['run', '--silent', 'build:practice']);

const server = spawn(process.execPath, ['scripts/serve-practice.mjs', '--port', String(PORT)], { stdio: 'inherit' });
await new Promise((r) => setTimeout(r, 500));
const lab = `http://127.0.0.1:${PORT}/`;

const { chromium } = await import('@playwright/test');
const headless = !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform !== 'linux');
const profile = mkdtempSync(join(tmpdir(), 'reciprocity-start-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless,
  viewport: headless ? { width: 1200, height: 800 } : null,
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const practice = context.pages()[0] ?? (await context.newPage());
await practice.goto(lab);

if (!headless) {
  console.log(`\nChromium is open with Reciprocity loaded (id ${extensionId}) and the practice lab at ${lab}.`);
  console.log('Pin the extension from the puzzle-piece menu to reach the popup. Close the browser or press Ctrl+C to stop.');
  context.on('close', () => server.kill());
  process.on('SIGINT', async () => {
    await context.close();
    server.kill();
    process.exit(0);
  });
} else {
  mkdirSync(SHOTS, { recursive: true });
  const shots = [];
  const shoot = async (page, name) => {
    const file = join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
  };
  await shoot(practice, 'practice-lab');
  const compose = await context.newPage();
  await compose.goto(`${lab}textarea/`);
  await compose.locator('textarea').first().click();
  await compose.keyboard.type('Hi Sam, sorry to bother you, could you help me out?');
  await compose.waitForTimeout(1200);
  await shoot(compose, 'practice-compose');
  const trigger = compose.getByRole('button', { name: 'Make this request clearer' });
  if (await trigger.isVisible().catch(() => false)) {
    await trigger.click();
    await compose.waitForTimeout(300);
    await shoot(compose, 'practice-compose-helper');
  }
  for (const [path, name, size] of [
    ['popup.html', 'popup', { width: 380, height: 600 }],
    ['sidepanel.html', 'side-panel', { width: 420, height: 800 }],
  ]) {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await page.waitForTimeout(400);
    await shoot(page, name);
  }
  await context.close();
  server.kill();
  console.log('\nNo display found, so Chromium ran headless. It:');
  console.log(`  • built the extension and loaded it (id ${extensionId}),`);
  console.log(`  • served the practice lab at ${lab},`);
  console.log('  • typed a request into the textarea practice page, and');
  console.log('  • opened the popup and the side panel.');
  console.log(`Screenshots are in ${SHOTS}:`);
  for (const file of shots) console.log(`  ${file}`);
}
