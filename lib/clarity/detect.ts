import type { Lexicon } from './lexicon/types';
import { any, findAll, type Compiled, type Match } from './patterns';
import type { Role } from './sentence-roles';
import type { FindingKind } from './types';

export interface RawFinding extends Match {
  kind: FindingKind;
}

/** Findings any draft can carry: pressure, apology, hedging, debt, scorekeeping. */
export function toneFindings(roles: Role[], c: Compiled, isRequest: boolean): RawFinding[] {
  const out: RawFinding[] = [];
  // Sentences that apologise or speak of debt: their counts are not a ledger (below).
  const owning = new Set<Role>();
  for (const role of roles) {
    const add = (kind: FindingKind, patterns: RegExp[]) => {
      const found = merge(findAll(patterns, role.text, role.start));
      for (const m of found) out.push({ kind, ...m });
      return found.length > 0;
    };
    // `leverage` already says whether any pressure pattern matches; only then are the spans worth finding.
    if (role.leverage) for (const m of merge(findAll(c.pressure, role.text, role.start))) out.push({ kind: 'pressure', ...leverageClause(role, m) });
    const apologises = add('over-apology', c.overApology);
    if (add('debt-language', c.debt) || apologises) owning.add(role);
    add('scorekeeping', c.scorekeeping);
    const hedge = hedgeSpan(role, c);
    if (hedge) out.push({ kind: 'hedging', ...hedge });
  }
  // "I've driven to every match this season and loved it" is news; beside an ask, or said without joy, it is a tally.
  for (const role of roles) {
    if (!isRequest && any(c.enjoyment, role.text)) continue;
    // "I'm always the one causing trouble, sorry", "I'll be repaying this for years": apology and debt, not a ledger.
    if (owning.has(role)) continue;
    for (const m of merge([...findAll(c.tallies, role.text, role.start), ...countedHelp(role, c)].sort((a, b) => a.start - b.start))) {
      out.push({ kind: 'scorekeeping', ...m });
    }
  }
  return out;
}

/** "I've done her big shop every Saturday since August": who helped, then how it was counted. */
function countedHelp(role: Role, c: Compiled): Match[] {
  const out: Match[] = [];
  for (const actor of findAll([c.tallyActor], role.text, role.start)) {
    const count = c.tallyCount.exec(role.text.slice(actor.end - role.start, actor.end - role.start + 200));
    if (count) out.push({ start: actor.start, end: actor.end + count[0].length });
  }
  return out;
}

/**
 * "You owe me for last weekend, so you're doing…": when leverage opens a clause
 * that ends before the ask, the whole clause is the flagged words — the rewriter
 * removes exactly what was flagged, and the ask after it stays.
 */
function leverageClause(role: Role, m: Match): Match {
  const from = m.start - role.start;
  const before = role.text.slice(0, from);
  if (before.trim() !== '' && !/[,;:—–]\s*$/.test(before)) return m;
  const rest = role.text.slice(m.end - role.start, m.end - role.start + 100);
  const stop = /[,;:—–]/.exec(rest);
  if (!stop || !/\S/.test(role.text.slice(m.end - role.start + stop.index + 1))) return m;
  return { start: m.start, end: m.end + rest.slice(0, stop.index).trimEnd().length };
}

const ABOUT_ASKING = /\b(?:you|u|ask|asking|wondering|hoping|favou?r)\b/;

/** Three or more softeners in one sentence (a strong phrase counts as three); four away from an ask. */
function hedgeSpan(role: Role, c: Compiled): Match | undefined {
  const words = findAll(c.hedgeWords, role.text, role.start);
  const phrases = findAll(c.hedgePhrases, role.text, role.start);
  // Softeners blur an ask most: two distinct ones in an ask already stack ("could you maybe possibly…"); one plain
  // "just" counts half. Away from an ask, "I think maybe it might rain" is just a guess, so it takes a longer stack.
  const distinct = new Set(words.map((m) => role.text.slice(m.start - role.start, m.end - role.start)));
  const weight = [...distinct].reduce((sum, w) => sum + (w === 'just' ? 0.5 : 1), 0) + 3 * phrases.length;
  const needed = role.isRequest || role.isInfo || ABOUT_ASKING.test(role.text) ? 2 : 3.5;
  if (weight < needed) return undefined;
  // The lead-ins the rewriter collapses ("I was just wondering if… have time to") belong to the stack too.
  const leadIns = c.hedgeLeadIns.flatMap(([re]) => findAll([re], role.text, role.start)).filter((m) => m.end > m.start);
  const all = [...words, ...phrases, ...leadIns];
  const start = Math.min(...all.map((m) => m.start));
  let end = Math.max(...all.map((m) => m.end));
  while (end > start && /\s/.test(role.text[end - role.start - 1] ?? '')) end--;
  return { start, end };
}

// "it would help me if you could…" is a reason, not a vague ask.
const HELP_AS_REASON = /(?:would|'d|will|it|that|this|really|so) $/;
const BARE_HELP = /^(?:help|support|assist)\b(?: (?:me|us))?(?: out)?\W*$/;

// "We need someone with a car — Dana, are you free?": a named reader is asked after all.
const NAMED = /(?:^|[—–:;,.!?-] )(?!so\b|ok\b|okay\b|also\b|and\b|but\b|hi\b|hey\b|right\b|well\b|yes\b|no\b)[a-z]{2,}, (?:could|can|would|will|are|do|please) (?:you|u)\b/;

// "I need someone to lean on — can you be there?": the reader is asked directly after all.
const DIRECT = /\b(?:can|could|would|will|are|do) (?:you|u)\b(?! all\b| guys\b| two\b| both\b)/;

/** Findings about the ask itself; only for requests. */
export function askFindings(
  asks: Role[],
  elements: { when: boolean; easyNo: boolean },
  c: Compiled,
  lexicon: Lexicon,
  roles: Role[],
): RawFinding[] {
  const out: RawFinding[] = [];
  const main = asks.find((r) => !r.isMeta) ?? asks[0];
  if (!main) return out;
  const span = { start: main.start, end: main.end };
  // "We need two drivers — can you help?": the concrete thing is named elsewhere in the draft.
  const named = roles.some((r) => any(c.concreteNeed, r.text));
  for (const ask of asks) {
    const vague = findAll(c.vagueAsk, ask.text, ask.start).find(
      (m) => !HELP_AS_REASON.test(ask.text.slice(Math.max(0, m.start - ask.start - 16), m.start - ask.start)) && !(named && BARE_HELP.test(ask.text.slice(m.start - ask.start, m.end - ask.start))),
    );
    if (vague && !out.some((f) => f.kind === 'vague-ask')) out.push({ kind: 'vague-ask', ...vague });
    const diffuse = findAll(c.diffuseAsk, ask.core, ask.coreStart)[0];
    // "If anybody has a cable, could you leave it…": the "you" is whoever has one, so it stays diffuse.
    const conditional = diffuse !== undefined && /\bif (?:any|some)/.test(ask.text.slice(Math.max(0, diffuse.start - ask.start - 4), diffuse.end - ask.start));
    const direct = !conditional && DIRECT.test(ask.text) && !DIRECT.test(ask.text.slice(diffuse ? diffuse.start - ask.start : 0, diffuse ? diffuse.end - ask.start : 0));
    if (diffuse && !direct && !out.some((f) => f.kind === 'diffuse-ask') && !asks.some((r) => NAMED.test(r.text))) out.push({ kind: 'diffuse-ask', ...diffuse });
  }
  if (!elements.when) out.push({ kind: 'missing-when', ...span });
  if (!elements.easyNo) out.push({ kind: 'no-easy-out', ...span });
  const multiple = multipleAsks(asks, c, lexicon, roles.filter((r) => r.isInfo)) ?? listedAsks(roles, lexicon);
  if (multiple) out.push({ kind: 'multiple-asks', ...multiple });
  return out;
}

/** An information-only draft with two or more questions that each need their own answer; "…? Or …?" is one question. */
export function severalQuestions(questions: Role[]): Match | undefined {
  const separate = questions.filter((q, i) => !q.followUp && (i === 0 || SEPARATE_QUESTION.test(q.core)));
  if (separate.length >= 2) return { start: separate[0]!.start, end: separate[1]!.end };
  const joined = questions.find((q) => hasJoinedQuestion(q.core));
  return joined ? { start: joined.start, end: joined.end } : undefined;
}

function multipleAsks(asks: Role[], c: Compiled, lexicon: Lexicon, questions: Role[]): Match | undefined {
  const direct = asks.filter((r) => !r.isMeta && !r.weak);
  const real = direct.length ? direct : asks.filter((r) => !r.isMeta);
  // A separate question beside an ask ("Did Kayla get her braces off? And could you…") is a second thing to answer.
  const units = [...real, ...questions.filter((q) => !q.followUp && SEPARATE_QUESTION.test(q.core))].sort((a, b) => a.start - b.start);
  if (units.length >= 2) return { start: units[0]!.start, end: units[1]!.end };
  const joined = [...real, ...questions].find((r) => hasJoinedQuestion(r.core) || SEVERAL.test(r.core));
  if (joined) return { start: joined.start, end: joined.end };
  // "someone get ice, someone get chips": each "someone" is handed a different job.
  const shared = real.find((r) => (r.core.match(DIFFUSE_EACH) ?? []).length >= 2);
  if (shared) return { start: shared.start, end: shared.end };
  const ask = real[0];
  if (!ask?.askMatch) return undefined;
  // "u also send yours and sign the card": when the ask's own words end on its verb, that verb is the first errand.
  const matched = ask.core.slice(0, ask.askMatch.end - ask.coreStart);
  const lastWord = /([a-z]+)\s*$/.exec(matched)?.[1] ?? '';
  const backUp = isActionVerb(lastWord, lexicon) ? lastWord.length : 0;
  const afterAsk = ask.core.slice(ask.askMatch.end - ask.coreStart - backUp);
  const pieces = afterAsk.split(/(,|;| and also | also | plus | as well as | and then | then | & | and )/);
  const skip = /^(?:\s|also\b|separately\b|be (?:able|willing|happy|free) to\b|have time to\b|mind\b|then\b|please\b|pls\b|kindly\b|maybe\b|possibly\b|perhaps\b|quickly\b|even\b|at least\b|just\b|kind of\b|sort of\b|kinda\b|sorta\b|like\b|could you\b|can you\b|you\b)+/;
  const verbParts: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const raw = pieces[i] ?? '';
    const part = raw.replace(skip, '');
    const word = /^[a-z]+/.exec(part)?.[0] ?? '';
    // After "also" / "plus" / "separately" a new clause is a new action even when its verb is not in the list.
    const marked = ADDITIONAL.test(`${pieces[i - 1] ?? ''} ${raw}`) && word !== '' && !NOT_A_VERB.test(word);
    if (isActionVerb(word, lexicon) || marked || takesObject(part)) verbParts.push(part);
  }
  if (verbParts.length >= 3) return { start: ask.start, end: ask.end };
  // "send me the logs, the DB dump and the config diff": three separate things under one verb.
  const items = pieces
    .filter((_, i) => i % 2 === 0)
    .map((p) => p.trim())
    .filter((p) => p && p.split(/\s+/).length <= 6 && !FILLER.test(p) && !NOT_AN_ITEM.test(p));
  if (verbParts.length === 1 && items.length >= 3 && /,/.test(afterAsk)) return { start: ask.start, end: ask.end };
  // "sign and return the form": the first verb has no object of its own, so it is one errand.
  const firstHasObject = (verbParts[0] ?? '').trim().split(/\s+/).length >= 2;
  if (verbParts.length === 2 && (any(c.additionalAsk, afterAsk) || (firstHasObject && ownObject(verbParts[1]!, lexicon)))) {
    return { start: ask.start, end: ask.end };
  }
  return undefined;
}

// The words a question opens with. Each pattern below spells out the ones it takes.
const ASKING = 'what|when|where|which|who|whose|why|how|is|are|was|were|do|does|did|can|could|would|will|have|has|should';

// A second question counts when it opens like one and has a few words of its own: not "Or …?", not "TCP, UDP?".
const SEPARATE_QUESTION = new RegExp(`^(?:(?:and|also|plus|then) )?(?:${ASKING})(?:'s|'re)?\\b(?:\\s+\\S+){1,}`);

// "could you maybe, like, help me": hedges and fillers between commas are not things asked for.
const FILLER = /^(?:(?:maybe|like|um+|just|perhaps|possibly|please|pls|honestly|so|well|i think|i guess|i suppose|i mean|kind of|sort of|kinda|sorta|if possible|if you can|idk|lol|haha|x+|thanks|cheers)[\s?.!]*)+$/;

// "Two quick questions: …", "I need three things from you: …": the writer says there are several.
const SEVERAL = /\b(?:two|three|four|five|a few|a couple of|couple of|several|some) (?:quick |small |little |more |wee )?(?:questions|things|ones|asks|favou?rs|requests|jobs|bits)\b[^.?!]{0,40}:/;

// "…Tuesday and Wednesday, I'm at my sister's": days and the writer's own clauses are not things asked for.
const NOT_AN_ITEM = /^(?:(?:i|i'm|i'll|i've|we|we're|it|it's|he|she|they|you|u|that's|there's)\b|(?:on |by |before |after )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:today|tomorrow|tonight|this|next)\b)/;

// "What time is lunch, and is it at the usual place?": a second question joined to the first.
const JOINED_QUESTION = new RegExp(`(?:[,;:]|\\band\\b|\\balso\\b|\\bplus\\b)\\s+(?:(?:and|also|plus) )?(?:${ASKING}|shall)(?:'s)? (?:\\S+ ){1,}\\S`);
const QUESTION_OPENER = new RegExp(`^(?:[a-z]+ )?(?:${ASKING}|shall)\\b`);
// "someone get ice, someone get chips": an unnamed one handed a job, each time with its own verb.
const DIFFUSE_EACH = /\b(?:someone|somebody|one of (?:you|u))(?: else)? (?:to |pls |please )?(?!(?:is|are|was|could|can|would|might|has|have|else|who|that|maybe|possibly|perhaps|kind|sort|just|needs|should|will|in|on|at|from|with)\b)[a-z]{3,}(?<!ly)\b/g;

function hasJoinedQuestion(core: string): boolean {
  if (!/\?\W*$/.test(core)) return false;
  // "Could you tell me how long she'll be off, and whether she needs work sent home?"
  if (/^(?:could|can|would|will) (?:you|u) (?:please )?(?:tell|let) me\b[^?]{0,120}(?:,? and|, or|; and) whether\b/.test(core)) return true;
  // The first question may follow a name without a comma ("mija where's the game…") or a colon ("Two quick ones: what…").
  const fromColon = /^[^?:]{0,80}:\s*(?=\S)/.exec(core)?.[0].length ?? 0;
  if (fromColon) return hasJoinedQuestion(core.slice(fromColon));
  const opener = QUESTION_OPENER.exec(core);
  if (!opener) return false;
  const m = JOINED_QUESTION.exec(core.slice(opener[0].length));
  // "…, or is it…" offers alternatives; "whether … or …" too.
  return m !== null && !/\bor\s*$/.test(core.slice(0, opener[0].length + m.index + 1));
}

const CLOSED = /^(?:the|a|an|my|your|his|her|their|our|some|any|it|them|this|that|these|those|to|for|with|on|in|at|by|before|after|if|so|me|us|one|both|all|and|or|but|not|no|is|are|was|were|be|been|i|you|we|they|he|she|also|just|then|now|please|too|very|really|maybe|more|less|there|here|what|when|where|which|who|how|why|whether|every|each|another|other|new|old|big|small|last|next)$/;
const OBJECT_START = /^(?:the|my|your|his|her|our|their|a|an|me|us|him|them|it|this|that|these|those|some|any|all|everything|everyone|if|whether|up|out|off|over|down|back)$/;

/** "restart the pod", "merge my PR": an unknown word followed by an object is a verb. */
function takesObject(part: string): boolean {
  const [word = '', next = ''] = part.trim().split(/\s+/);
  return /^[a-z]{3,}$/.test(word) && !CLOSED.test(word) && !/(?:ly|ed|ing|s)$/.test(word) && OBJECT_START.test(next);
}

/** Overlapping matches of one kind are one finding. */
function merge(matches: Match[]): Match[] {
  const out: Match[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else out.push({ ...m });
  }
  return out;
}

const PARTICLES = new Set(['up', 'out', 'in', 'off', 'over', 'back', 'down', 'round', 'around']);
const PREPOSITIONS = /^(?:about|for|to|at|with|from|on|by|into|onto|after|before|there|home|tonight|today|tomorrow|now|along|too|soon|later|over|round)\b/;

/** "lock the gate" names a new object; "drop them at Ana's" or "ask about it" continue the same errand. */
function ownObject(part: string, lexicon: Lexicon): boolean {
  const words = part.trim().split(/\s+/).slice(1);
  if (words[0] && PARTICLES.has(words[0])) words.shift();
  // "look at the faucet", "ask gene about it": a verb and its preposition, then an object of its own.
  if (/^(?:at|into|after|through)$/.test(words[0] ?? '') && /^(?:the|my|your|his|her|our|their|a|an|this|that)$/.test(words[1] ?? '')) return true;
  const next = words[0] ?? '';
  return next !== '' && !lexicon.backReferences.includes(next) && !PREPOSITIONS.test(next);
}

const ADDITIONAL = /\b(?:also|plus|as well as|separately)\b/;
const NOT_A_VERB = /^(?:the|a|an|my|your|his|her|their|our|some|any|it|them|this|that|these|those|to|for|with|on|in|at|by|before|after|if|so|me|us|one|both|all)$/;

/** "calling", "making", "dropping" count as the verbs they come from. */
function isActionVerb(word: string, lexicon: Lexicon): boolean {
  const verbs = lexicon.actionVerbs;
  if (verbs.includes(word)) return true;
  if (!word.endsWith('ing') || word.length < 5) return false;
  const stem = word.slice(0, -3);
  return verbs.includes(stem) || verbs.includes(`${stem}e`) || (stem.at(-1) === stem.at(-2) && verbs.includes(stem.slice(0, -1)));
}

const LIST_ITEM = /^(?:[-*•]|\d{1,2}[.)])\s*/;

/** "Could you:" followed by two or more list lines that each start with an action. */
function listedAsks(roles: Role[], lexicon: Lexicon): Match | undefined {
  const at = roles.findIndex((r) => r.isRequest && r.text.endsWith(':'));
  if (at < 0) return undefined;
  let count = 0;
  let end = roles[at]!.end;
  for (const r of roles.slice(at + 1)) {
    const item = LIST_ITEM.exec(r.text);
    if (!item) break;
    if (isActionVerb(/^[a-z]+/.exec(r.text.slice(item[0].length))?.[0] ?? '', lexicon)) count++;
    end = r.end;
  }
  return count >= 2 ? { start: roles[at]!.start, end } : undefined;
}
