// Precision, recall and F1 per finding kind, macro-F1 and isRequest accuracy
// over the shared dev set and our own labelled set.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_KINDS, analyzeDraft, type FindingKind } from '../lib/clarity';

export interface Labelled {
  id: string;
  text: string;
  isRequest: boolean;
  kinds: FindingKind[];
}

export interface Scores {
  perKind: Record<FindingKind, { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }>;
  macroF1: number;
  requestAccuracy: number;
  errors: { id: string; expected: string[]; got: string[]; isRequest: [boolean, boolean] }[];
}

export function loadJsonl(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Labelled);
}

export function score(set: Labelled[]): Scores {
  const counts = Object.fromEntries(ALL_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<FindingKind, { tp: number; fp: number; fn: number }>;
  let requestRight = 0;
  const errors: Scores['errors'] = [];
  for (const item of set) {
    const report = analyzeDraft(item.text);
    const got = new Set(report.findings.map((f) => f.kind));
    const want = new Set(item.kinds);
    for (const kind of ALL_KINDS) {
      if (got.has(kind) && want.has(kind)) counts[kind].tp++;
      else if (got.has(kind)) counts[kind].fp++;
      else if (want.has(kind)) counts[kind].fn++;
    }
    if (report.isRequest === item.isRequest) requestRight++;
    const same = got.size === want.size && [...got].every((k) => want.has(k));
    if (!same || report.isRequest !== item.isRequest) {
      errors.push({ id: item.id, expected: [...want].sort(), got: [...got].sort(), isRequest: [item.isRequest, report.isRequest] });
    }
  }
  const perKind = {} as Scores['perKind'];
  for (const kind of ALL_KINDS) {
    const { tp, fp, fn } = counts[kind];
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perKind[kind] = { tp, fp, fn, precision, recall, f1 };
  }
  const macroF1 = ALL_KINDS.reduce((sum, k) => sum + perKind[k].f1, 0) / ALL_KINDS.length;
  return { perKind, macroF1, requestAccuracy: requestRight / set.length, errors };
}

function print(name: string, set: Labelled[], verbose: boolean) {
  const s = score(set);
  console.log(`\n${name} — ${set.length} drafts`);
  console.log('kind            precision  recall   F1     (tp/fp/fn)');
  for (const kind of ALL_KINDS) {
    const k = s.perKind[kind];
    console.log(`${kind.padEnd(16)}${k.precision.toFixed(2).padStart(8)}${k.recall.toFixed(2).padStart(9)}${k.f1.toFixed(2).padStart(7)}     ${k.tp}/${k.fp}/${k.fn}`);
  }
  console.log(`macro-F1 ${s.macroF1.toFixed(3)}   isRequest accuracy ${s.requestAccuracy.toFixed(3)}`);
  if (verbose) for (const e of s.errors) console.log(`  ${e.id} ${JSON.stringify(set.find((x) => x.id === e.id)?.text.slice(0, 110))}\n     want ${JSON.stringify(e.expected)} req=${e.isRequest[0]} · got ${JSON.stringify(e.got)} req=${e.isRequest[1]}`);
}

/** The labelled set was written in batches; the id's letter says which, so each can be scored as held-out. */
export const HALVES: Record<string, string> = {
  a: 'batch A (developed against)',
  h: 'batch B (held out, then tuned)',
  c: 'batch C (held out, written blind, then tuned)',
  f: 'batch D (held out, written blind, then tuned)',
  g: 'batch E (held out, written blind, then tuned)',
  k: 'batch F (held out, written blind, then tuned)',
  m: 'batch G (held out, written blind, then tuned)',
  p: 'batch H (held out, written blind, then tuned)',
  q: 'batch I (held out, written blind, then tuned)',
  r: 'batch J (held out, written blind, then tuned)',
  s: 'batch K (rhetorical questions and near misses, written blind, then tuned)',
  t: 'batch L (held out, written blind, then tuned)',
  u: 'batch M (held out, written blind, then tuned)',
  v: 'batch N (held out, written blind, then tuned)',
  w: 'batch O (held out, written blind, then tuned)',
};

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const verbose = process.argv.includes('--errors');
  const dev = resolve('../shared/clarity/dev-set.jsonl');
  if (existsSync(dev)) print('shared dev set', loadJsonl(dev), verbose);
  else console.log(`\nshared dev set: ${dev} not found, skipped`);
  const ours = loadJsonl(resolve('tests/clarity/labelled.jsonl'));
  print('our labelled set (all batches)', ours, verbose);
  for (const [letter, name] of Object.entries(HALVES)) {
    const batch = ours.filter((d) => d.id.startsWith(letter));
    if (batch.length) print(`  ${name}`, batch, false);
  }
}
