import { describe, expect, test } from 'vitest';
import { analyzeDraft, proposeClearerDraft, type FindingKind } from '@/lib/clarity';

// Shapes that first failed on drafts written blind (batches C–E of the labelled
// set). Each pairs a grammatical form with a near miss, so a rule that only
// memorised one sentence fails the other half.
const kinds = (text: string) => [...new Set(analyzeDraft(text).findings.map((f) => f.kind))].sort();
const has = (text: string, kind: FindingKind) => kinds(text).includes(kind);
const propose = (text: string) => proposeClearerDraft(text, analyzeDraft(text)).text;

describe('what counts as a request', () => {
  test.each([
    'Mind picking up some bread on the way back tonight?',
    'It would really help me if you could drop the keys at reception by 6 tonight.',
    "I'd appreciate any support you can give with the fundraiser next month.",
    'Is it possible you help me to fill the form on Monday?',
    'Is there someone who can stay late on Thursday to lock up?',
    'I paid for the last three takeaways. Your turn tonight?',
    "You'd better be at the rehearsal on Thursday.",
    "Would you please stop by the office tomorrow to sign the forms?",
  ])('asks: %s', (text) => expect(analyzeDraft(text).isRequest).toBe(true));

  test.each([
    'Would you like me to bring dessert?',
    'You have to try the new bakery on Elm St, it’s amazing!',
    'You must be exhausted after that trip!',
    'I really appreciate you stepping in last minute.',
    'Please stop sending me chain messages, thanks.',
    'Can you believe it snowed in April?!',
    'Would you believe the bus was on time for once?',
    'Let me know if there’s anything I can do.',
    'Would you like a hand with the garden this weekend?',
  ])('does not ask: %s', (text) => expect(analyzeDraft(text).isRequest).toBe(false));
});

describe('easy outs in their many shapes', () => {
  test.each([
    'Could you send the rota by Wednesday? If that’s too soon, Friday works.',
    'Could I borrow your blender for the weekend? If you need it, totally fine.',
    'Could you both confirm by Monday? Either answer is fine.',
    'Could you hold the parcel tomorrow? If you’re out, no bother.',
    'Could you read my letter by Thursday? Only if you’ve got time.',
    'Maria, can you do drinks on Friday? Tell me if either of you can’t.',
    'Should this not be possible by 15 May, please let me know.',
    'Could you send the invoices and update the list by Monday? Fine to do just one.',
  ])('%s', (text) => expect(has(text, 'no-easy-out')).toBe(false));

  test('a reason is not an easy out', () => {
    expect(has('Could you send the file by 4? The deadline is at 5.', 'no-easy-out')).toBe(true);
  });
});

describe('tone kinds', () => {
  test.each<[string, FindingKind]>([
    ["I'm not asking again: you need to fix the fence this weekend.", 'pressure'],
    ["I've already told everyone you'll do it, so please sign up for Saturday.", 'pressure'],
    ['We’re all counting on you to bring the sound system Friday.', 'pressure'],
    ['Everybody else has already chipped in £20, can you send yours by Friday?', 'pressure'],
    ['I feel awful bothering you on your day off but can you check the code at 3?', 'over-apology'],
    ["I'm sorry to be such a nuisance, can you carry the boxes at 5?", 'over-apology'],
    ["I know you've got a lot going on, but can you pick up Gran at 4?", 'over-apology'],
    ["Honestly, I don't know how I'll ever repay you for looking after Mum.", 'debt-language'],
    ["Could you mind the stall at 2 on Saturday? I'd owe you one!", 'debt-language'],
    ['thank u sm!! owe u big time', 'debt-language'],
    ['Every single time we go out I end up paying. Can you get the bill tonight?', 'scorekeeping'],
    ["i've done bins every week since january and you havent done them once", 'scorekeeping'],
    ["I've driven us to every single match this season. Could we take turns from next week?", 'scorekeeping'],
    ["Don't you dare say no — I need you at the party on Saturday.", 'pressure'],
  ])('%s → %s', (text, kind) => expect(has(text, kind)).toBe(true));

  test.each<[string, FindingKind]>([
    ['I owe you an email about the budget — sending it tonight.', 'debt-language'],
    ['I owe you an apology for last night.', 'debt-language'],
    ['Last year we went to Cornwall and loved it.', 'scorekeeping'],
    ['Last time I was in Leeds the weather was awful!', 'scorekeeping'],
    ['You must be exhausted after that trip!', 'pressure'],
    ['It’s urgent because the deadline is at 5 today — could you send it by 4? If not, I’ll ask Mo.', 'pressure'],
    ['Sorry for the delay on the invoice — it’s attached now.', 'over-apology'],
    ["I've driven to every match this season and loved it!", 'scorekeeping'],
  ])('near miss: %s is not %s', (text, kind) => expect(has(text, kind)).toBe(false));
});

describe('ask kinds', () => {
  test('a bare "can you help?" is concrete when the draft names what is needed', () => {
    expect(has('We need two more drivers for the match on Saturday — can you help? Fine if not.', 'vague-ask')).toBe(false);
    expect(has('Things are a lot on Saturday — can you help? Fine if not.', 'vague-ask')).toBe(true);
  });

  test('a named reader after a general need is not a diffuse ask', () => {
    expect(has('We need someone with a car for Saturday — Dana, are you free? Fine if not.', 'diffuse-ask')).toBe(false);
    expect(has('We need someone with a car for Saturday, fine if not.', 'diffuse-ask')).toBe(true);
  });

  test('errands: gerunds and lists count, one object with two verbs does not', () => {
    expect(has('Would you mind calling the plumber and then also emailing the landlord this week? Fine if not.', 'multiple-asks')).toBe(true);
    expect(has('Before Friday, could you:\n- pack the kit\n- charge the radios\n- print the maps\nFine if not.', 'multiple-asks')).toBe(true);
    expect(has('Could you please sign and return the form by Friday? Fine if not.', 'multiple-asks')).toBe(false);
  });

  test('an occasion is a time anchor', () => {
    expect(has('Could you call your grandmother on her birthday? Fine if not.', 'missing-when')).toBe(false);
    expect(has('Could you call your grandmother? Fine if not.', 'missing-when')).toBe(true);
  });
});

describe('rewriting the new shapes', () => {
  test('a demand phrased as a plan becomes a question with the verb intact', () => {
    expect(propose("No excuses this time — you're coming to Mum's on Sunday.")).toBe(
      "Could you come to Mum's on Sunday? No worries at all if it doesn’t work for you.",
    );
    expect(propose("You owe me for last weekend, so you're doing the school run tomorrow.")).toBe(
      'Could you do the school run tomorrow? No worries at all if it doesn’t work for you.',
    );
  });

  test('hedges between commas leave no orphan commas', () => {
    const out = propose("I was sort of hoping that maybe, if it's not too much trouble, you could perhaps look over my essay this weekend? No worries if not.");
    expect(out).toBe('I was hoping that you could look over my essay this weekend? No worries if not.');
    expect(out).not.toMatch(/,\s*,|\s{2}/);
  });

  test('debt in chat keeps the chat register and the rest of the line', () => {
    expect(propose('thank u sm!! owe u big time')).toBe('thank u sm!! i really appreciate it');
  });
});

test('"don\'t you dare say no" is not an easy out', () => {
  expect(has("Don't you dare say no — I need you at the party on Saturday.", 'no-easy-out')).toBe(true);
});

// Families from the taxonomy's definitions (guilt, obligation, threat, flattery,
// manufactured urgency, social proof; vague favours; tallies), written after the
// pooled blind batches showed pressure and scorekeeping recall lagging.
describe('families from the definitions', () => {
  test.each([
    'Fine, I guess I’ll just do it myself then. Can you at least bring the chairs on Friday?',
    'I thought I could count on you. Can you do the school run tomorrow?',
    'How could you say no to your own sister? Come to the party on Friday.',
    'It would break my heart if you didn’t come on Sunday.',
    'It’s your duty as my son to visit on Sunday.',
    'You’re supposed to help on Saturdays, so be there at 9.',
    'That’s what family is for — you’ll host Christmas, right?',
    'I knew I could count on you, so I’ve put you down for Saturday.',
    'It’s now or never — can you commit to the trip today?',
    'All your friends have already said yes. Are you coming on Friday?',
    'A good mother would help with the bake sale on Friday.',
    'You always say you’ll help, so prove it on Saturday.',
  ])('pressure: %s', (text) => {
    expect(has(text, 'pressure')).toBe(true);
    expect(analyzeDraft(text).isRequest).toBe(true);
  });

  test('a threat with no one addressed is still pressure', () => {
    expect(has('There will be consequences if the report isn’t done by 5 today.', 'pressure')).toBe(true);
  });

  test.each([
    'I need a favour this weekend, if you’re up for it.',
    'Could you lend a hand on Sunday?',
    'Would you be able to sort things out for me next week?',
    'Could you step in on Friday?',
    'Could you do your bit this weekend?',
  ])('vague: %s', (text) => expect(has(text, 'vague-ask')).toBe(true));

  test.each([
    'Could you lend a hand moving the piano on Sunday?',
    'Could you step in for Maya at the 3pm meeting on Friday?',
  ])('concrete: %s', (text) => expect(has(text, 'vague-ask')).toBe(false));

  test.each([
    'That’s twice now I’ve picked up your shift. Can you cover mine on Sunday?',
    'I’ve been doing all the cooking lately. Can you cook tonight?',
    'Since I did your taxes, can you help me move on Saturday?',
    'I did my share last week, now it’s your turn on Saturday.',
    'I’m sick of being the only one who cleans. Can you do the bathroom this weekend?',
  ])('scorekeeping: %s', (text) => expect(has(text, 'scorekeeping')).toBe(true));

  test('a plain turn-taking plan is not scorekeeping', () => {
    expect(has('Could we take turns cooking, starting with me on Monday? Open to other ideas.', 'scorekeeping')).toBe(false);
  });
});

describe('easy outs and time anchors in their ordinary variety', () => {
  test.each([
    'No is a perfectly good answer.',
    'I have a backup if needed.',
    'Only if it suits you.',
    'Whatever you decide is fine.',
    'Don’t feel you have to.',
    'It’s totally optional.',
    'Turning it down is fine.',
    'If now’s not a good time, just ignore this.',
  ])('Could you cover Friday? %s', (out) => expect(has(`Could you cover Friday? ${out}`, 'no-easy-out')).toBe(false));

  test.each([
    'over the bank holiday',
    'during half-term',
    'while we’re in Spain',
    'in a fortnight',
    'after work',
    'before we leave',
    'in the evenings',
  ])('Could you water the plants %s?', (when) => expect(has(`Could you water the plants ${when}? No worries if not.`, 'missing-when')).toBe(false));

  test('without an anchor it is still missing', () => {
    expect(has('Could you water the plants for me? No worries if not.', 'missing-when')).toBe(true);
  });
});

test('a leverage clause is flagged whole, so the rewrite removes only flagged words', () => {
  const text = "You owe me for last weekend, so you're doing the school run tomorrow.";
  const pressure = analyzeDraft(text).findings.find((f) => f.kind === 'pressure')!;
  expect(text.slice(pressure.start, pressure.end)).toBe('You owe me for last weekend');
  expect(propose(text).startsWith('Could you do the school run tomorrow?')).toBe(true);
});
