import type { Lexicon } from './lexicon/types';

export interface Match {
  start: number;
  end: number;
}

/** A lexicon's patterns, compiled once per lexicon. */
export type Compiled = { [K in PatternKey]: RegExp[] } & { hedgeLeadIns: [RegExp, string][]; softenOpeners: [RegExp, string][] };

type PatternKey =
  | 'request' | 'notRequest' | 'metaAsks' | 'additionalAsk' | 'vagueAsk' | 'diffuseAsk' | 'when' | 'size' | 'why'
  | 'easyNo' | 'concreteNeed' | 'pressure' | 'overApology' | 'hedgeWords' | 'hedgePhrases' | 'debt' | 'scorekeeping' | 'tallies' | 'enjoyment';

const KEYS: PatternKey[] = [
  'request', 'notRequest', 'metaAsks', 'additionalAsk', 'vagueAsk', 'diffuseAsk', 'when', 'size', 'why',
  'easyNo', 'concreteNeed', 'pressure', 'overApology', 'hedgeWords', 'hedgePhrases', 'debt', 'scorekeeping', 'tallies', 'enjoyment',
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

/** Leftmost non-overlapping matches of any of the patterns, as offsets shifted by `base`. */
export function findAll(patterns: RegExp[], text: string, base = 0): Match[] {
  const out: Match[] = [];
  const re = patterns.length === 1 ? patterns[0]! : combined(patterns);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: base + m.index, end: base + m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const combinedCache = new WeakMap<RegExp[], RegExp>();

/** One alternation per pattern list: a single scan finds the leftmost match of any of them. */
function combined(patterns: RegExp[]): RegExp {
  let re = combinedCache.get(patterns);
  if (!re) {
    re = new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'g');
    combinedCache.set(patterns, re);
  }
  return re;
}

export function first(patterns: RegExp[], text: string, base = 0): Match | undefined {
  const re = combined(patterns);
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? { start: base + m.index, end: base + m.index + m[0].length } : undefined;
}

export function any(patterns: RegExp[], text: string): boolean {
  return first(patterns, text) !== undefined;
}
