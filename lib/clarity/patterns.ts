import type { Lexicon } from './lexicon/types';

export interface Match {
  start: number;
  end: number;
}

/** A lexicon's patterns, compiled once per lexicon. */
export type Compiled = { [K in PatternKey]: RegExp[] } & { hedgeLeadIns: [RegExp, string][]; softenOpeners: [RegExp, string][] };

type PatternKey =
  | 'request' | 'notRequest' | 'metaAsks' | 'additionalAsk' | 'vagueAsk' | 'diffuseAsk' | 'when' | 'size' | 'why'
  | 'easyNo' | 'pressure' | 'overApology' | 'hedgeWords' | 'hedgePhrases' | 'debt' | 'scorekeeping';

const KEYS: PatternKey[] = [
  'request', 'notRequest', 'metaAsks', 'additionalAsk', 'vagueAsk', 'diffuseAsk', 'when', 'size', 'why',
  'easyNo', 'pressure', 'overApology', 'hedgeWords', 'hedgePhrases', 'debt', 'scorekeeping',
];

/** In a lexicon pattern, " ?" is optional whitespace and " " any run of it. */
export function compile(source: string, flags = 'g'): RegExp {
  return new RegExp(source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+'), flags);
}

const cache = new WeakMap<Lexicon, Compiled>();

export function compiled(lexicon: Lexicon): Compiled {
  let found = cache.get(lexicon);
  if (!found) {
    const out = {} as Compiled;
    for (const key of KEYS) out[key] = lexicon[key].map((p) => compile(p));
    out.hedgeLeadIns = lexicon.rewrite.hedgeLeadIns.map(([p, r]) => [compile(p), r]);
    out.softenOpeners = lexicon.rewrite.softenOpeners.map(([p, r]) => [compile(p), r]);
    found = out;
    cache.set(lexicon, found);
  }
  return found;
}

/** Every match of any of the patterns in `text`, as offsets shifted by `base`. */
export function findAll(patterns: RegExp[], text: string, base = 0): Match[] {
  const out: Match[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ start: base + m.index, end: base + m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function first(patterns: RegExp[], text: string, base = 0): Match | undefined {
  let best: Match | undefined;
  for (const re of patterns) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (!best || base + m.index < best.start)) best = { start: base + m.index, end: base + m.index + m[0].length };
  }
  return best;
}

export function any(patterns: RegExp[], text: string): boolean {
  return first(patterns, text) !== undefined;
}
