import { askFindings, severalQuestions, toneFindings, type RawFinding } from './detect';
import type { Lexicon } from './lexicon/types';
import { canonicalize, type Canonical } from './canonical';
import { prepare } from './normalize';
import { any, compiled, type Compiled } from './patterns';
import { roleOf, type Role } from './sentence-roles';
import { splitSentences } from './sentences';
import { ASK_KINDS, type ClarityElements, type ClarityReport, type Finding, type FindingKind } from './types';

const NEEDS_AN_ASK: readonly FindingKind[] = [...ASK_KINDS, 'pressure'];
const PAST = /\b(?:was|were|had|did|didn't|wasn't|weren't|have been|has been|'ve been|yesterday|ago|last (?:week|night|month|year|time|weekend|term))\b/;
const READER = /\b(?:you|your|yours|you're|you'll|you'd|y'all)\b/;

const abbreviationSets = new WeakMap<Lexicon, ReadonlySet<string>>();

/** Each sentence with what it does in the draft: the first step of every analysis. */
function rolesOf(lexicon: Lexicon, text: string) {
  const prepared = prepare(text, lexicon);
  const canonical = canonicalize(prepared.matchText, lexicon.shorthand);
  const c = compiled(lexicon);
  let abbreviations = abbreviationSets.get(lexicon);
  if (!abbreviations) abbreviationSets.set(lexicon, (abbreviations = new Set(lexicon.abbreviations)));
  const roles = splitSentences(canonical.text, abbreviations).map((s) => roleOf(s, c, lexicon));
  // Leverage aimed at the reader pushes for a yes, so it carries an ask even when no sentence is shaped like one
  // ("if you miss her party you'll regret it forever").
  if (!roles.some((r) => r.isRequest || r.isInfo)) {
    // A conditional threat needs no "you": "if the lights aren't fixed by Tuesday, I'll pull the team out".
    for (const r of roles) if (r.leverage && (READER.test(r.text) || /\bif\b/.test(r.text))) r.isRequest = true;
  }
  return { prepared, canonical, c, roles };
}

export function analyzeWith(lexicon: Lexicon, text: string): ClarityReport {
  const { prepared, canonical, c, roles } = rolesOf(lexicon, text);
  const asks = roles.filter((r) => r.isRequest);
  const questions = roles.filter((r) => r.isInfo);
  const askType = asks.length > 0 ? 'action' : questions.length > 0 ? 'info' : 'none';
  const isRequest = askType !== 'none';
  const elements = elementsOf(roles, asks, c);
  const raw: RawFinding[] = toneFindings(roles, c, isRequest);
  if (askType === 'action') raw.push(...askFindings(asks, elements, c, lexicon, roles));
  else if (askType === 'info') {
    const several = severalQuestions(questions);
    if (several) raw.push({ kind: 'multiple-asks', ...several });
  }
  elements.ask = isRequest && !raw.some((f) => f.kind === 'vague-ask');
  const register = registerOf(text.slice(0, prepared.analysedLength));
  return {
    isRequest,
    askType,
    elements,
    // Ask kinds need an ask; so does pressure, which is leverage for a yes: with nothing asked, it is venting or news.
    findings: capPerKind(raw.filter((f) => isRequest || !NEEDS_AN_ASK.includes(f.kind)))
      .map((f) => toOriginal(f, canonical))
      .sort((a, b) => a.start - b.start)
      .map((f) => toFinding(f, lexicon, register)),
    truncated: prepared.truncated,
    analysedLength: prepared.analysedLength,
    register,
  };
}

function elementsOf(roles: Role[], asks: Role[], c: Compiled): ClarityElements {
  const anyRole = (patterns: RegExp[]) => roles.some((r) => any(patterns, r.text));
  // "If it isn't fixed today, I'll go to the council" has the shape of an easy out and is a threat.
  const easyNo = roles.some((r) => !r.leverage && any(c.easyNo, r.text));
  const context = roles.some(
    (r) => !r.isRequest && !any(c.easyNo, r.text) && r.core.split(/\s+/).length >= 4 && !/^thank/.test(r.core),
  );
  const clause = asks.some((r) => r.core.split(/[,;:—–]| - /).filter((part) => part.trim().split(/\s+/).length >= 4).length >= 2 && !any(c.easyNo, r.core));
  return {
    ask: asks.length > 0,
    // "It was a delight on Saturday", "we've done it every year": a time in the backstory doesn't anchor the ask.
    when: roles.some((r) => (r.isRequest || r.isInfo || !PAST.test(r.text)) && any(c.when, r.text)),
    size: anyRole(c.size),
    why: anyRole(c.why) || context || clause,
    easyNo,
  };
}

const EMOJI = /\p{Extended_Pictographic}/u;
const CHAT_WORDS = /\b(?:u|ur|pls|plz|lol|thx|im|gonna|wanna|hey|ya|yeah|btw|omg)\b/i;

/** Chat: all lower case, or short and informal. Email: everything else. */
function registerOf(text: string): 'chat' | 'email' {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters && letters === letters.toLowerCase() && /[a-z]/.test(letters)) return 'chat';
  const short = text.trim().length < 160 && !/\n\s*\n/.test(text);
  return short && (EMOJI.test(text) || CHAT_WORDS.test(text)) ? 'chat' : 'email';
}

/** Offsets found in the spelled-out text, moved back onto the user's own characters. */
function toOriginal(f: RawFinding, canonical: Canonical): RawFinding {
  return { ...f, start: canonical.toStart(f.start), end: Math.max(canonical.toStart(f.start), canonical.toEnd(f.end)) };
}

function toFinding(raw: RawFinding, lexicon: Lexicon, register: 'chat' | 'email'): Finding {
  const { message, suggestion } = lexicon.messages[raw.kind];
  const finding: Finding = { kind: raw.kind, start: raw.start, end: raw.end, message };
  if (raw.kind === 'no-easy-out') finding.suggestion = lexicon.easyNoLine[register];
  else if (suggestion) finding.suggestion = suggestion;
  return finding;
}

// A panel can show only a few per kind; a pathological paste could otherwise yield thousands.
const MAX_PER_KIND = 10;

function capPerKind<T extends { kind: string }>(findings: T[]): T[] {
  const seen = new Map<string, number>();
  return findings.filter((f) => {
    const n = (seen.get(f.kind) ?? 0) + 1;
    seen.set(f.kind, n);
    return n <= MAX_PER_KIND;
  });
}
