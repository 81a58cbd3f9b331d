import { describe, expect, test } from 'vitest';
import { analyzeDraft, MAX_ANALYSED, proposeClearerDraft } from '@/lib/clarity';

// Each of these would take seconds or hang with a backtracking pattern; the
// test timeout (5 s) is the hang guard and the assertions check the report
// stays sane. Speed itself is measured by `npm run bench:clarity`, not here.
describe('hostile and odd input', () => {
  test.each([
    ['100 kB of one character', 'a'.repeat(100_000)],
    ['100 kB of spaces', ' '.repeat(100_000)],
    ['long runs of spaces between words', `could${' '.repeat(50_000)}you${' '.repeat(50_000)}help?`],
    ['100 kB of emoji', '🙏'.repeat(50_000)],
    ['RTL text', 'هل يمكنك مساعدتي غدا؟ '.repeat(4_000)],
    ['Hebrew and English mixed', 'שלום, could you help me move on Friday? '.repeat(2_000)],
    ['lone surrogates', '\ud800could you\udfff help? '.repeat(5_000)],
    ['a wall of punctuation', '?!.,'.repeat(25_000)],
    ['one word repeated', 'please '.repeat(15_000)],
    ['nested-looking hedges', 'just maybe possibly '.repeat(5_000)],
  ])('%s', (_name, text) => {
    const report = analyzeDraft(text);
    expect(report.analysedLength).toBeLessThanOrEqual(MAX_ANALYSED);
    expect(report.truncated).toBe(text.length > MAX_ANALYSED);
    for (const f of report.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.start).toBeLessThanOrEqual(f.end);
    }
    const proposal = proposeClearerDraft(text, report);
    expect(typeof proposal.text).toBe('string');
    expect(report.findings.length).toBeLessThanOrEqual(100);
  });

  test('a long paste is analysed up to the limit and says so', () => {
    const text = `Could you water my plants on Friday? No worries if not. ${'Lorem ipsum dolor sit amet. '.repeat(2_000)}`;
    const report = analyzeDraft(text);
    expect(report.truncated).toBe(true);
    expect(report.isRequest).toBe(true);
  });

  test('private-use characters in the draft never leak placeholder markers', () => {
    const text = 'Could you water \uE000my plants?';
    expect(proposeClearerDraft(text).text).toBe(text);
  });

  test('empty and whitespace drafts', () => {
    for (const text of ['', '   ', '\n\n']) {
      expect(analyzeDraft(text)).toMatchObject({ isRequest: false, findings: [] });
    }
  });
});
