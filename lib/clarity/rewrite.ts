import type { Lexicon, RewriteWords } from './lexicon/types';
import { prepare } from './normalize';
import { compile, compiled, findAll, type Match } from './patterns';
import type { ClarityReport, ClearerDraft, Finding, Placeholder } from './types';
import { applyEdits, type Edit } from './edits';

const openerCache = new WeakMap<RewriteWords, [RegExp, string][]>();

/** The rewriter's own patterns, compiled once per word set. */
function softenOpeners(words: RewriteWords): [RegExp, string][] {
  let found = openerCache.get(words);
  if (!found) {
    found = words.softenOpeners.map(([p, r]): [RegExp, string] => [compile(p), r]);
    openerCache.set(words, found);
  }
  return found;
}

/**
 * Fixes what can be fixed without inventing facts: drops apology and hedge
 * stacks, turns debt into thanks, pressure into a plain ask, adds an easy
 * no, and marks what only the writer knows with placeholders.
 */
export function proposeWith(lexicon: Lexicon, words: RewriteWords, text: string, report: ClarityReport): ClearerDraft {
  const { matchText } = prepare(text, lexicon);
  const edits: Edit[] = [];
  const byKind = (kind: Finding['kind']) => report.findings.filter((f) => f.kind === kind);

  for (const f of byKind('over-apology')) {
    const cut = deletion(matchText, f, true);
    // An apology that is the whole sentence stays: removing it would take the user's other words with it.
    const left = matchText.slice(startOfSentence(matchText, f.start), endOfSentence(matchText, f.end));
    const remaining = (left.slice(0, cut.start - startOfSentence(matchText, f.start)) + left.slice(cut.end - startOfSentence(matchText, f.start))).trim();
    if (remaining === '' || remaining.split(/\s+/).length >= 3) edits.push(cut);
  }
  for (const f of byKind('pressure')) edits.push(...pressureEdits(matchText, f, softenOpeners(words)));
  for (const f of byKind('hedging')) edits.push(...hedgeEdits(matchText, f, compiled(lexicon).hedgeLeadIns));
  const lowerOnly = !/\p{Lu}/u.test(text);
  for (const f of byKind('debt-language')) {
    const span = debtSpan(matchText, f);
    const followedByFor = /^ +for\b/.test(matchText.slice(span.end, span.end + 6));
    const thanks = followedByFor ? 'thank you' : words.gratitude;
    edits.push({ ...span, text: lowerOnly ? thanks.toLowerCase() : thanks, capitalize: true });
  }
  for (const f of byKind('diffuse-ask')) {
    const who = diffuseWord(matchText, f);
    if (who) edits.push({ ...who, text: '', placeholder: words.placeholders.who });
  }
  for (const f of byKind('vague-ask')) {
    const at = vagueEnd(matchText, f);
    edits.push({ start: at, end: at, text: ' ', placeholder: words.placeholders.what });
  }
  const ask = byKind('missing-when')[0];
  if (ask) {
    const at = beforeEndPunctuation(text, ask.end);
    edits.push({ start: at, end: at, text: ' ', placeholder: words.placeholders.when });
  }
  const noOut = byKind('no-easy-out')[0];
  if (noOut) {
    const lineEnd = endOfLine(text, lastAskEnd(report, noOut));
    const capitalised = /(?:^|[.!?]\s+)\p{Lu}/u.test(text);
    const chat = lexicon.easyNoLine.chat;
    const line = report.register === 'email' ? lexicon.easyNoLine.email : capitalised ? chat.charAt(0).toUpperCase() + chat.slice(1) : chat;
    const needsStop = !/[.!?…)\p{Extended_Pictographic}]\s*$/u.test(text.slice(0, lineEnd)) && report.register === 'email';
    edits.push({ start: lineEnd, end: lineEnd, text: `${needsStop ? '.' : ''} ${line}` });
  }
  const result = applyEdits(text, edits);
  return { ...result, changed: result.text !== text };
}

/** "I can never repay you": the subject and object go with the debt. */
function debtSpan(matchText: string, f: Finding): Match {
  const before = /\bi(?:'ll| will|'m| am)? $/.exec(matchText.slice(Math.max(0, f.start - 8), f.start));
  const after = /^ (?:you|u)\b/.exec(matchText.slice(f.end, f.end + 4));
  const covered = /\b(?:you|u)$/.test(matchText.slice(f.start, f.end));
  return {
    start: f.start - (before?.[0].length ?? 0),
    end: f.end + (after && !covered ? after[0].length : 0),
  };
}

/** Removes a phrase with the connective after it ("sorry to ask, but …"). */
function deletion(matchText: string, span: Match, withObject: boolean): Edit {
  let end = span.end;
  // "sorry to bother *you*": the object goes with the apology.
  const object = withObject ? /^ (?:you|u|ya|y'all|you all)\b(?: again\b)?/.exec(matchText.slice(end, end + 16)) : null;
  end += object?.[0].length ?? 0;
  const tail = /^[\s,;:—–!.-]*(?:(?:but|and|so|though)\b[\s,]*)?/.exec(matchText.slice(end, end + 20));
  end += tail?.[0].length ?? 0;
  let start = span.start;
  const lead = /(?:\bi'm |\bi am |\band |\bbut |, )$/.exec(matchText.slice(Math.max(0, start - 8), start));
  if (lead && /^(?:i'm |i am )$/.test(lead[0])) start -= lead[0].length;
  return { start, end, text: '', capitalize: true };
}

function pressureEdits(matchText: string, f: Finding, openers: [RegExp, string][]): Edit[] {
  const sentenceStart = startOfSentence(matchText, f.start);
  const clauseEnd = endOfClause(matchText, f.end);
  const rest = matchText.slice(clauseEnd);
  // A clause that is only leverage goes; the ask after it stays, softened.
  const edits: Edit[] = [];
  const opener = openers.map(([re, by]) => [new RegExp(re.source.replace(/^\^/, '^\\s*'), ''), by] as const);
  const softenAt = (from: number) => {
    const here = matchText.slice(from);
    for (const [re, by] of opener) {
      const m = re.exec(here);
      if (m) {
        edits.push({ start: from, end: from + m[0].length, text: by, capitalize: true });
        const stop = /,? (?:right|yeah|ok|okay|yes)\?|\.(?=\s|$)/.exec(matchText.slice(from, endOfSentence(matchText, from)));
        if (stop) edits.push({ start: from + stop.index, end: from + stop.index + stop[0].length, text: '?' });
        return true;
      }
    }
    return false;
  };
  if (softenAt(f.start)) return edits;
  // Only a clause that ends before the sentence does ("…, so can you…") is
  // leverage alone; a whole sentence of it may hold facts, so it stays.
  const endsClause = /[,;:—–-]\s*$/.test(matchText.slice(f.start, clauseEnd));
  if (endsClause && /\S/.test(rest.slice(0, 200)) && clauseInitial(matchText, sentenceStart, f.start)) {
    edits.push(deletion(matchText, { start: f.start, end: clauseEnd }, false));
    softenAt(skipSpaceAndSo(matchText, clauseEnd));
  } else {
    softenAt(sentenceStart);
  }
  return edits;
}

function hedgeEdits(matchText: string, f: Finding, leadIns: [RegExp, string][]): Edit[] {
  // A hedge stack sits inside one analysed sentence (≤ 600 characters); never rescan a whole unpunctuated paste.
  const from = Math.max(startOfSentence(matchText, f.start), f.start - 600);
  const to = Math.min(endOfSentence(matchText, f.end), f.end + 600);
  const sentence = matchText.slice(from, to);
  const edits: Edit[] = [];
  for (const [re, by] of leadIns) {
    for (const m of findAll([re], sentence, from)) edits.push({ start: m.start, end: m.end, text: by, capitalize: true });
  }
  const filler = /\b(?:just|maybe|possibly|perhaps|kind of|sort of|kinda|sorta|somewhat|by any chance)\b ?|,? i guess\b|,? if that's (?:maybe )?(?:ok|okay|alright|all right)\b/g;
  for (const m of findAll([filler], sentence, from)) {
    if (!edits.some((e) => m.start < e.end && m.end > e.start)) edits.push({ start: m.start, end: m.end, text: '', capitalize: true });
  }
  return edits;
}

function diffuseWord(matchText: string, f: Finding): Match | undefined {
  const span = matchText.slice(f.start, f.end);
  const m = /\b(?:whoever(?: is| 's)? \w+,?|(?:someone|somebody|anyone|anybody|some ?one)(?: else)?|(?:any ?)?one of you|any of you)/.exec(
    matchText.slice(f.start, f.end + 20),
  );
  if (!m || m.index > span.length) return undefined;
  const start = f.start + m.index;
  let end = start + m[0].length;
  if (m[0].startsWith('whoever') && matchText[end - 1] === ',') end -= 1;
  return { start, end };
}

function vagueEnd(matchText: string, f: Finding): number {
  const span = matchText.slice(f.start, f.end);
  const core = /^.*?\b(?:help|support|assistance|assist|backup|hand|anything|something|whatever)(?: (?:me|us))?(?: out)?/.exec(span);
  return f.start + (core ? core[0].length : span.length);
}

function lastAskEnd(report: ClarityReport, fallback: Finding): number {
  return Math.max(fallback.end, ...report.findings.filter((f) => f.kind === 'missing-when').map((f) => f.end));
}

function beforeEndPunctuation(text: string, end: number): number {
  let at = end;
  while (at > 0 && /[?.!]/.test(text[at - 1] as string)) at--;
  return at;
}

function endOfLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  let end = nl < 0 ? text.length : nl;
  while (end > from && /\s/.test(text[end - 1] as string)) end--;
  return end;
}

const BACK_LIMIT = 2000;

function startOfSentence(t: string, at: number): number {
  let i = at;
  const stop = Math.max(0, at - BACK_LIMIT);
  while (i > stop && !/[.!?\n]/.test(t[i - 1] as string)) i--;
  while (i < at && /\s/.test(t[i] as string)) i++;
  return i;
}

function endOfSentence(t: string, at: number): number {
  const m = /[.!?\n]/.exec(t.slice(at, at + BACK_LIMIT));
  return m ? at + m.index + 1 : Math.min(t.length, at + BACK_LIMIT);
}

function endOfClause(t: string, at: number): number {
  const rest = t.slice(at, at + 300);
  const punct = /[,;:—–]|\s-\s|[.!?](?=\s|$)/.exec(rest);
  const you = /\b(?:you|u)(?: would|'d| will| can| could| should| must)\b/.exec(rest.slice(1));
  const candidates = [punct ? punct.index + 1 : Infinity, you ? you.index + 1 : Infinity];
  const end = Math.min(...candidates);
  return end === Infinity ? t.length : at + end;
}

/** At the start of its sentence or clause, or after a greeting or name. */
function clauseInitial(t: string, sentenceStart: number, at: number): boolean {
  const before = t.slice(sentenceStart, at);
  return before.trim() === '' || /[,;:—–]\s*$/.test(before);
}

function skipSpaceAndSo(t: string, at: number): number {
  const m = /^[\s,—–-]*(?:so\b[\s,]*)?/.exec(t.slice(at));
  return at + (m?.[0].length ?? 0);
}

export type { Placeholder };
