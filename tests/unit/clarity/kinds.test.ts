import { describe, expect, test } from 'vitest';
import { analyzeDraft, type FindingKind } from '@/lib/clarity';

const kinds = (text: string) => new Set(analyzeDraft(text).findings.map((f) => f.kind));

// Each kind: drafts that carry it, and near misses that must not.
const CASES: Record<FindingKind, { carries: string[]; nearMisses: string[] }> = {
  'vague-ask': {
    carries: ['Could you help me out on Friday? No worries if not.', 'Any support next week would be lovely, fine if not.', 'Let me know if you can do anything by Sunday. No stress.'],
    nearMisses: ['Could you help me carry the sofa upstairs on Friday? No worries if not.', 'Could you help with the school run on Monday? Fine if not.'],
  },
  'missing-when': {
    carries: ['Could you lend me your tent? No worries if not.', 'can u grab my parcel? all good if not'],
    nearMisses: ['Could you lend me your tent for the trip next week? No worries if not.', 'Could you do it whenever suits you this month? Fine if not.', 'Could you call me when you land? Fine if not.'],
  },
  'no-easy-out': {
    carries: ['Can you cover my shift on Saturday?', 'Please send the form by Friday.'],
    nearMisses: ['Can you cover my shift on Saturday? No worries at all if not.', 'Can you cover Saturday? If it doesn’t work, I’ll ask Sam.', 'Can you cover Saturday? Feel free to say no.'],
  },
  'diffuse-ask': {
    carries: ['Can anyone drive Ana to practice on Tuesday? No worries if not.', 'We need somebody to bring cups on Sunday, fine if not.', 'Who can lend me a drill tomorrow? No pressure.'],
    nearMisses: ['Priya, could you bring chairs on Sunday? Fine if not.', 'Could you all reply by Friday with one dish each? Fine if not.'],
  },
  'multiple-asks': {
    carries: ['Could you buy the cake, blow up the balloons and also pick up Gran on Saturday? Fine if not.', 'Could you book the hall on Monday? Also can you order the food? No worries if not.'],
    nearMisses: ['Could you pick up the kids at 3 and drop them at Ana’s? Fine if not.', 'Could you call the landlord on Monday and ask about the boiler? Fine if not.'],
  },
  pressure: {
    carries: ['You owe me, so cover Friday.', 'Everyone else already said yes — are you in on Saturday?', 'If you cared you would come on Sunday.', 'I need an answer immediately: can you do Monday?'],
    nearMisses: ['It would really help me if you could come on Sunday. Fine if not.', 'I need to know by Friday so I can book. No worries if not.'],
  },
  'over-apology': {
    carries: ['Sorry to bother you, but could you check the rota on Friday? Fine if not.', 'I feel awful asking — could you lend me £5 until Monday? No worries if not.', 'I know you’re slammed, but could you read this by Tuesday? Fine to say no.'],
    nearMisses: ['Sorry I missed your call! Could you ring me back on Friday? Fine if not.', 'Sorry for the slow reply — Tuesday works.'],
  },
  hedging: {
    carries: ['I was just wondering if maybe you could possibly help on Sunday? Fine if not.', 'Only if it’s not too much trouble, could you bring a salad on Saturday? No worries if not.'],
    nearMisses: ['Just checking Thursday still works.', 'Could you maybe bring a salad on Saturday? No worries if not.'],
  },
  'debt-language': {
    carries: ['Thanks for the lift, I owe you one!', 'I’ll pay you back for the tickets, promise.', 'I’m eternally in your debt.'],
    nearMisses: ['Thank you, this made my week.', 'You owe me nothing, honestly.'],
  },
  scorekeeping: {
    carries: ['I’ve covered for you three times this month, so can you do Friday? Fine if not.', 'Last time I drove, so can you drive on Sunday? Fine if not.', 'I always do the dishes and you never help.'],
    nearMisses: ['Could we set up a rota for the dishes, starting Monday? Open to other ideas.', 'We cooked for three people on Friday.'],
  },
};

describe.each(Object.entries(CASES))('%s', (kind, { carries, nearMisses }) => {
  test.each(carries)('carries it: %s', (text) => {
    expect(kinds(text)).toContain(kind);
  });
  test.each(nearMisses)('near miss: %s', (text) => {
    expect(kinds(text)).not.toContain(kind);
  });
});

describe('isRequest', () => {
  test.each([
    'Could you water my plants?',
    'does anybody have a ladder I could borrow?',
    'Send me the notes by Friday.',
    'If you could bring ice on Saturday, that would be great.',
    'Can I borrow your bike tomorrow?',
  ])('a request: %s', (text) => expect(analyzeDraft(text).isRequest).toBe(true));

  test.each([
    'Happy to help with the garden next Saturday if you still need hands.',
    'I can’t take on the bake sale this month. Thanks for thinking of me.',
    'Please don’t call me after 9pm on weeknights — texts are fine.',
    'Thanks so much for dinner, it meant a lot.',
    'Quick update: the newsletter went out this morning.',
    'Want me to pick up the kids on Thursday?',
  ])('not a request: %s', (text) => expect(analyzeDraft(text).isRequest).toBe(false));

  test('ask kinds are never reported on a non-request', () => {
    const report = analyzeDraft('Thanks for everything, I owe you one. Anyone would have been lucky to have your help.');
    expect(report.isRequest).toBe(false);
    expect(report.findings.map((f) => f.kind)).toEqual(['debt-language']);
  });
});

describe('elements', () => {
  test('a complete request has every part', () => {
    const { elements } = analyzeDraft(
      'Could you take Leo for about two hours on Saturday afternoon so I can finish the move? If you’re tired, that’s completely okay.',
    );
    expect(elements).toEqual({ ask: true, when: true, size: true, why: true, easyNo: true });
  });

  test('a bare ask has only the ask', () => {
    expect(analyzeDraft('Could you water my plants?').elements).toEqual({ ask: true, when: false, size: false, why: false, easyNo: false });
  });

  test('a vague ask does not count as an ask', () => {
    expect(analyzeDraft('Any help would be great.').elements.ask).toBe(false);
  });
});
