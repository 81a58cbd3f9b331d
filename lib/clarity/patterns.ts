import type { Lexicon } from './lexicon/types';

export interface Match {
  start: number;
  end: number;
}

/** A lexicon's patterns, compiled once per lexicon. */
export type Compiled = { [K in PatternKey]: RegExp[] } & { hedgeLeadIns: [RegExp, string][]; tallyActor: RegExp; tallyCount: RegExp };

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

/** A pattern's VERB slot filled with the given action verbs (each once). */
export function fillVerbs(source: string, verbs: readonly string[]): string {
  return source.replace('VERB', [...new Set(verbs)].join('|'));
}

const cache = new WeakMap<Lexicon, Compiled>();

export function compiled(lexicon: Lexicon): Compiled {
  let found = cache.get(lexicon);
  if (!found) {
    const out = {} as Compiled;
    for (const key of KEYS) out[key] = lexicon[key].map((p) => compile(p));
    out.hedgeLeadIns = lexicon.hedgeLeadIns.map(([p, r]) => [compile(p), r]);
    out.tallyActor = compile(lexicon.tallyActor);
    out.tallyCount = compile(lexicon.tallyCount, '');
    found = out;
    cache.set(lexicon, found);
  }
  return found;
}

/**
 * The leftmost match of any pattern at or after `from`; at one position the
 * earlier pattern in the list wins — what one big alternation would find.
 * Patterns run one by one because V8 compiles a huge alternation far more
 * slowly than its parts, and the first analysis on a page pays for it.
 */
function leftmost(patterns: RegExp[], text: string, from: number): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const re of patterns) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
    if (best?.index === from) break;
  }
  return best;
}

/** Leftmost non-overlapping matches of any of the patterns, as offsets shifted by `base`. */
export function findAll(patterns: RegExp[], text: string, base = 0): Match[] {
  const out: Match[] = [];
  for (let at = 0, m = leftmost(patterns, text, 0); m; m = leftmost(patterns, text, at)) {
    out.push({ start: base + m.index, end: base + m.index + m[0].length });
    at = m.index + Math.max(1, m[0].length);
    if (at > text.length) break;
  }
  return out;
}

export function first(patterns: RegExp[], text: string, base = 0): Match | undefined {
  const m = leftmost(patterns, text, 0);
  return m ? { start: base + m.index, end: base + m.index + m[0].length } : undefined;
}

export function any(patterns: RegExp[], text: string): boolean {
  return leftmost(patterns, text, 0) !== null;
}
