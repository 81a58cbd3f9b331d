import { describe, expect, test } from 'vitest';
import { analyzeDraft } from '@/lib/clarity';

const span = (text: string, kind: string) => {
  const f = analyzeDraft(text).findings.find((x) => x.kind === kind);
  return f && text.slice(f.start, f.end);
};

describe('offsets point at the words', () => {
  test('phrases', () => {
    const text = 'Hi Jo, sorry to bother you, could you lend me your drill this weekend? I owe you one!';
    expect(span(text, 'over-apology')).toBe('sorry to bother');
    expect(span(text, 'debt-language')).toMatch(/^I owe you one/);
  });

  test('an absence points at the ask sentence', () => {
    const text = 'Hello! Could you water my plants? Thanks.';
    expect(span(text, 'missing-when')).toBe('Could you water my plants?');
    expect(span(text, 'no-easy-out')).toBe('Could you water my plants?');
  });

  test('offsets survive characters that change length when lower-cased and curly quotes', () => {
    const text = 'İstanbul trip! I’m so sorry to ask, but could you feed the cat on Friday? No worries if not.';
    expect(span(text, 'over-apology')).toBe('so sorry to ask');
  });

  test('offsets are UTF-16 positions after emoji', () => {
    const text = '🙏🙏 sorry to bother you, could u feed the cat tmrw? no worries if not';
    const f = analyzeDraft(text).findings.find((x) => x.kind === 'over-apology');
    expect(f?.start).toBe(5);
  });
});

describe('only the user’s new text is analysed', () => {
  test('quoted lines and the reply header below are ignored', () => {
    const text = [
      'Hi Sam,',
      '',
      'Thanks, all sorted now.',
      '',
      'Best,',
      'Ana',
      '',
      'On Tue, 3 Mar 2026 at 09:12, Sam <sam@example.org> wrote:',
      '> sorry to bother you, can someone cover Saturday? I owe you one.',
    ].join('\n');
    const report = analyzeDraft(text);
    expect(report.isRequest).toBe(false);
    expect(report.findings).toEqual([]);
  });

  test('"> " lines inside a reply are skipped but text after them counts', () => {
    const text = '> can anyone help?\nSure — could you send me the address by Friday? No worries if not.';
    const report = analyzeDraft(text);
    expect(report.findings.map((f) => f.kind)).toEqual([]);
    expect(report.isRequest).toBe(true);
  });

  test('a signature is not analysed', () => {
    const text = 'See you Friday.\n-- \nJess · "Could you all sign up? You owe me!"';
    expect(analyzeDraft(text).findings).toEqual([]);
  });
});
