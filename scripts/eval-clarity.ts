// Precision, recall and F1 per finding kind, macro-F1, isRequest precision /
// recall, askType accuracy and span overlap, for every labelled set — split by
// writer into the sets we tuned on and the sets we only ever scored.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ALL_KINDS, analyzeDraft, type FindingKind } from '../lib/clarity';

export interface Labelled {
  id: string;
  text: string;
  isRequest: boolean;
  askType?: 'action' | 'info' | 'none';
  kinds: FindingKind[];
  writer?: string;
  form?: string;
  /** Words a finding of that kind must overlap. */
  spans?: Partial<Record<FindingKind, string>>;
}

type Counts = { tp: number; fp: number; fn: number };
type Rates = Counts & { precision: number; recall: number; f1: number };

export interface Scores {
  n: number;
  perKind: Record<FindingKind, Rates>;
  macroF1: number;
  requestAccuracy: number;
  isRequest: Rates;
  /** isRequest recall on drafts labelled as action asks. */
  actionRecall: number;
  askTypeAccuracy: number | undefined;
  /** Findings of a labelled kind whose span overlaps the labelled words, of those checked. */
  spanOverlap: { checked: number; overlapping: number; invalid: number };
  errors: { id: string; expected: string[]; got: string[]; isRequest: [boolean, boolean]; askType: [string | undefined, string] }[];
}

export function loadJsonl(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Labelled);
}

const rates = ({ tp, fp, fn }: Counts): Rates => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
};

export function score(set: Labelled[]): Scores {
  const counts = Object.fromEntries(ALL_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<FindingKind, Counts>;
  const request: Counts = { tp: 0, fp: 0, fn: 0 };
  let requestRight = 0;
  let actions = 0;
  let actionsFound = 0;
  let typed = 0;
  let typeRight = 0;
  const spanOverlap = { checked: 0, overlapping: 0, invalid: 0 };
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
    for (const f of report.findings) {
      if (!(f.start >= 0 && f.end >= f.start && f.end <= item.text.length)) spanOverlap.invalid++;
    }
    for (const [kind, words] of Object.entries(item.spans ?? {}) as [FindingKind, string][]) {
      const found = report.findings.filter((f) => f.kind === kind);
      if (!found.length || !words) continue;
      spanOverlap.checked++;
      const at = item.text.indexOf(words);
      if (found.some((f) => f.start < at + words.length && f.end > at)) spanOverlap.overlapping++;
    }
    if (report.isRequest === item.isRequest) requestRight++;
    if (report.isRequest && item.isRequest) request.tp++;
    else if (report.isRequest) request.fp++;
    else if (item.isRequest) request.fn++;
    if (item.askType === 'action') {
      actions++;
      if (report.isRequest) actionsFound++;
    }
    if (item.askType) {
      typed++;
      if (report.askType === item.askType) typeRight++;
    }
    const same = got.size === want.size && [...got].every((k) => want.has(k));
    if (!same || report.isRequest !== item.isRequest || (item.askType && item.askType !== report.askType)) {
      errors.push({ id: item.id, expected: [...want].sort(), got: [...got].sort(), isRequest: [item.isRequest, report.isRequest], askType: [item.askType, report.askType] });
    }
  }
  const perKind = Object.fromEntries(ALL_KINDS.map((k) => [k, rates(counts[k])])) as Record<FindingKind, Rates>;
  const macroF1 = ALL_KINDS.reduce((sum, k) => sum + perKind[k].f1, 0) / ALL_KINDS.length;
  return {
    n: set.length,
    perKind,
    macroF1,
    requestAccuracy: requestRight / set.length,
    isRequest: rates(request),
    actionRecall: actions ? actionsFound / actions : 1,
    askTypeAccuracy: typed ? typeRight / typed : undefined,
    spanOverlap,
    errors,
  };
}

const f2 = (x: number) => x.toFixed(2);

function print(name: string, set: Labelled[], verbose: boolean) {
  const s = score(set);
  console.log(`\n${name} — ${set.length} drafts`);
  console.log('kind            precision  recall   F1     (tp/fp/fn)');
  for (const kind of ALL_KINDS) {
    const k = s.perKind[kind];
    console.log(`${kind.padEnd(16)}${f2(k.precision).padStart(8)}${f2(k.recall).padStart(9)}${f2(k.f1).padStart(7)}     ${k.tp}/${k.fp}/${k.fn}`);
  }
  console.log(summary(s));
  if (verbose) for (const e of s.errors) console.log(`  ${e.id} ${JSON.stringify(set.find((x) => x.id === e.id)?.text.slice(0, 160))}\n     want ${JSON.stringify(e.expected)} req=${e.isRequest[0]} ${e.askType[0] ?? ''} · got ${JSON.stringify(e.got)} req=${e.isRequest[1]} ${e.askType[1]}`);
}

function summary(s: Scores): string {
  const r = s.isRequest;
  const type = s.askTypeAccuracy === undefined ? '' : `  askType ${f2(s.askTypeAccuracy)}`;
  const spans = s.spanOverlap.checked ? `  spans ${s.spanOverlap.overlapping}/${s.spanOverlap.checked}` : '';
  return `macro-F1 ${s.macroF1.toFixed(3)}  isRequest P ${f2(r.precision)} R ${f2(r.recall)} acc ${s.requestAccuracy.toFixed(3)}  action recall ${f2(s.actionRecall)}${type}${spans}${s.spanOverlap.invalid ? `  INVALID OFFSETS ${s.spanOverlap.invalid}` : ''}`;
}

/** The older set was written in batches; the id's letter says which. */
export const HALVES: Record<string, string> = {
  a: 'batch A', h: 'batch B', c: 'batch C', f: 'batch D', g: 'batch E', k: 'batch F', m: 'batch G', p: 'batch H',
  q: 'batch I', r: 'batch J', s: 'batch K (rhetorical questions, near misses)', t: 'batch L', u: 'batch M', v: 'batch N', w: 'batch O',
};

/**
 * Writers whose drafts we tune on; every other writer is held out and only
 * ever scored. Frozen: moving a writer between the two would make the
 * held-out figures meaningless. See docs/clarity.md.
 */
export const TUNING_WRITERS: readonly string[] = ['maya', 'dev', 'ruth', 'stackexchange-ra', 'sione', 'priya', 'carlos', 'agnes'];

export function writerSets(): { writer: string; tuned: boolean; drafts: Labelled[] }[] {
  const out: { writer: string; tuned: boolean; drafts: Labelled[] }[] = [];
  for (const dir of ['tests/clarity/writers', 'tests/clarity/real']) {
    const folder = resolve(dir);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.jsonl')).sort()) {
      const drafts = loadJsonl(resolve(folder, file));
      const writer = drafts[0]?.writer ?? basename(file, '.jsonl');
      out.push({ writer, tuned: TUNING_WRITERS.includes(writer), drafts });
    }
  }
  return out;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const verbose = process.argv.includes('--errors');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const dev = resolve('../shared/clarity/dev-set.jsonl');
  if (!only) {
    if (existsSync(dev)) print('shared dev set', loadJsonl(dev), verbose);
    else console.log(`\nshared dev set: ${dev} not found, skipped`);
    print('older labelled set (tuned on)', loadJsonl(resolve('tests/clarity/labelled.jsonl')), verbose);
  }
  const sets = writerSets().filter((s) => !only || s.writer === only);
  // Held-out writers' misses are never printed unless asked for by name: reading them is tuning on them.
  const heldOutErrors = process.argv.includes('--held-out-errors');
  for (const { writer, tuned, drafts } of sets) print(`${tuned ? 'TUNED ON' : 'HELD OUT'} writer ${writer}`, drafts, verbose && (tuned || heldOutErrors));
  if (!only && sets.length) {
    console.log('\n== Summary (held-out sets are never tuned on) ==');
    const groups: [string, Labelled[]][] = [];
    for (const tuned of [true, false]) {
      const mine = sets.filter((s) => s.tuned === tuned && !s.writer.startsWith('stackexchange'));
      const drafts = mine.flatMap((s) => s.drafts);
      const tag = tuned ? 'tuned-on writers' : 'HELD-OUT writers';
      for (const form of ['short', 'email', 'chat']) groups.push([`${tag}, ${form}`, drafts.filter((d) => d.form === form)]);
      groups.push([`${tag}, email + chat`, drafts.filter((d) => d.form === 'email' || d.form === 'chat')]);
      groups.push([`${tag}, real requests`, sets.filter((s) => s.tuned === tuned && s.writer.startsWith('stackexchange')).flatMap((s) => s.drafts)]);
    }
    for (const [name, drafts] of groups) {
      if (!drafts.length) continue;
      const s = score(drafts);
      const weakest = ALL_KINDS.filter((k) => s.perKind[k].tp + s.perKind[k].fn > 0)
        .sort((a, b) => s.perKind[a].f1 - s.perKind[b].f1)
        .slice(0, 3)
        .map((k) => `${k} ${f2(s.perKind[k].f1)}`)
        .join(', ');
      console.log(`${name.padEnd(36)} n=${String(drafts.length).padStart(4)}  ${summary(s)}\n${''.padEnd(36)} weakest: ${weakest}`);
    }
  }
}
