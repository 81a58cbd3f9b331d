// Speed and size of our analyzer beside write-good and a retext pipeline
// (retext-english + intensify + passive), on the same drafts, in one run.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import retextPassive from 'retext-passive';
import writeGood from 'write-good';
import { analyzeDraft, proposeClearerDraft } from '../lib/clarity';
import { loadJsonl } from './eval-clarity';

const drafts = loadJsonl('tests/clarity/labelled.jsonl').map((d) => d.text);
const totalKb = drafts.reduce((n, d) => n + d.length, 0) / 1024;
const long500 = drafts.join(' ').slice(0, 500);

const pipeline = retext().use(retextEnglish).use(retextIntensify).use(retextPassive);

const contenders: [string, (text: string) => unknown][] = [
  ['reciprocity (analyse)', (t) => analyzeDraft(t)],
  ['reciprocity (analyse + rewrite)', (t) => proposeClearerDraft(t, analyzeDraft(t))],
  ['write-good', (t) => writeGood(t)],
  ['retext (english+intensify+passive)', (t) => pipeline.runSync(pipeline.parse(t))],
];

/** Milliseconds for one pass over `inputs`: the best of several short runs, so a busy machine skews less. */
function time(fn: (t: string) => unknown, inputs: string[], runs = 7, runMs = 80): number {
  for (const t of inputs) fn(t); // warm up
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    let passes = 0;
    const start = performance.now();
    do {
      for (const t of inputs) fn(t);
      passes++;
    } while (performance.now() - start < runMs);
    best = Math.min(best, (performance.now() - start) / passes);
  }
  return best;
}

async function gzippedSize(entry: string): Promise<number> {
  const out = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0]!.contents).length;
}

const sizes = [
  await gzippedSize("export { analyzeDraft } from './lib/clarity';"),
  await gzippedSize("export { analyzeDraft, proposeClearerDraft } from './lib/clarity';"),
  await gzippedSize("export { default } from 'write-good';"),
  await gzippedSize(
    "import { retext } from 'retext'; import e from 'retext-english'; import i from 'retext-intensify'; import p from 'retext-passive'; export const r = retext().use(e).use(i).use(p);",
  ),
];

console.log(`${drafts.length} drafts, ${totalKb.toFixed(1)} kB in all\n`);
console.log('contender                              µs/draft    µs/kB   500-char draft µs   gzip kB');
const rows = contenders.map(([name, fn], i) => {
  const perSet = time(fn, drafts);
  const per500 = time(fn, [long500]);
  return { name, perDraft: (perSet * 1000) / drafts.length, perKb: (perSet * 1000) / totalKb, per500: per500 * 1000, size: sizes[i]! / 1024 };
});
for (const r of rows) {
  console.log(`${r.name.padEnd(38)}${r.perDraft.toFixed(1).padStart(9)}${r.perKb.toFixed(0).padStart(9)}${r.per500.toFixed(1).padStart(20)}${r.size.toFixed(1).padStart(10)}`);
}
const ours = rows[0]!;
console.log('\nratios (theirs ÷ ours, time per draft):');
for (const r of rows.slice(2)) console.log(`  ${r.name}: ${(r.perDraft / ours.perDraft).toFixed(1)}× slower, ${(r.size / ours.size).toFixed(1)}× the size`);
console.log('\nOurs reports ten kinds of finding, five request elements and a rewritten draft; write-good and retext report style warnings only.');
