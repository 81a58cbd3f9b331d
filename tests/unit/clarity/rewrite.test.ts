import { describe, expect, test } from 'vitest';
import { analyzeDraft, proposeClearerDraft } from '@/lib/clarity';

const propose = (text: string) => proposeClearerDraft(text, analyzeDraft(text));
const labels = (text: string) => propose(text).placeholders.map((p) => p.label);

describe('proposeClearerDraft', () => {
  test('drops the apology and adds an easy no in the draft’s own register', () => {
    expect(propose('Sorry to bother you, could you lend me your drill on Saturday?').text).toBe(
      'Could you lend me your drill on Saturday? No worries at all if it doesn’t work for you.',
    );
    expect(propose('sorry to be a pain!! could u send me the slides before 5').text).toBe(
      'could u send me the slides before 5 no worries if not',
    );
  });

  test('collapses a hedge stack into a plain ask', () => {
    expect(propose('I was just wondering if maybe you might possibly have time to look at my CV before Friday? Happy either way.').text).toBe(
      'Could you look at my CV before Friday? Happy either way.',
    );
  });

  test('turns debt into thanks and keeps the user’s facts', () => {
    expect(propose('Forever in your debt for helping with the move, seriously.').text).toBe('Thank you for helping with the move, seriously.');
    expect(propose('Thanks for dinner. I owe you big time!').text).toBe('Thanks for dinner. I really appreciate it!');
  });

  test('softens pressure into a plain request', () => {
    expect(propose('After everything I did for you when you moved, you can at least help me move the sofa on Saturday. Fine if not.').text).toBe(
      'Could you help me move the sofa on Saturday? Fine if not.',
    );
    expect(propose('You owe me after Easter, so can you take the kids this Saturday? No worries if not.').text).toBe(
      'Can you take the kids this Saturday? No worries if not.',
    );
  });

  test('marks what only the writer can supply', () => {
    const text = 'Can someone water my plants?';
    const proposal = propose(text);
    expect(proposal.text).toBe('Can [name] water my plants [when?]? No worries at all if it doesn’t work for you.');
    expect(labels(text)).toEqual(['[name]', '[when?]']);
    for (const p of proposal.placeholders) expect(proposal.text.slice(p.start, p.end)).toBe(p.label);
  });

  test('keeps greetings, sign-offs and quoted replies exactly', () => {
    const text = 'Hi Tom,\n\nCould you forward me the invoice?\n\nThanks,\nAna\n\nOn Tue, 3 Mar 2026, Tom wrote:\n> sorry to bother you';
    const out = propose(text).text;
    expect(out.startsWith('Hi Tom,\n\nCould you forward me the invoice [when?]? No worries at all')).toBe(true);
    expect(out.endsWith('\n\nThanks,\nAna\n\nOn Tue, 3 Mar 2026, Tom wrote:\n> sorry to bother you')).toBe(true);
  });

  test('leaves a clear request unchanged', () => {
    const text = 'Priya, could you bring the projector on Tuesday at 10? If it doesn’t work, I’ll borrow one.';
    expect(propose(text)).toEqual({ text, placeholders: [], changed: false });
  });

  test('never removes words that were not flagged', () => {
    const samples = [
      'Hey Sam, sorry I missed your call earlier! Could you send me the address for tomorrow’s party? No rush tonight.',
      'Could you pick up the kids, cook dinner and also walk the dog tonight? If it’s too much just tell me.',
      'I’ve driven the carpool three weeks in a row, so it’s your turn on Monday. Can you take it?',
    ];
    for (const text of samples) {
      const out = propose(text).text;
      const words = (s: string) => s.toLowerCase().match(/[\p{L}\d’']+/gu) ?? [];
      const kept = words(out);
      for (const w of words(text)) expect(kept).toContain(w);
    }
  });
});
