import { describe, expect, test } from 'vitest';
import { analyzeDraft } from '@/lib/clarity';
import { BUILTIN_TEMPLATES, composeMessage, templateById } from '@/lib/templates';

describe('templates', () => {
  test('every built-in template composes from its own fields only', () => {
    for (const t of BUILTIN_TEMPLATES) {
      const keys = new Set(t.fields.map((f) => f.key));
      for (const line of t.lines.flat()) for (const m of line.matchAll(/\{\{(\w+)\}\}/g)) expect(keys).toContain(m[1]);
    }
  });

  test('a line shows once all its fields are filled; the message builds live', () => {
    const t = templateById('clean-request')!;
    expect(composeMessage(t, {})).toBe('');
    expect(composeMessage(t, { name: 'Sam' })).toBe('Hi Sam,');
    expect(composeMessage(t, { name: 'Sam', ask: 'bring chairs' })).toBe('Hi Sam,\nCould you bring chairs?');
    const full = composeMessage(t, {
      name: 'Sam',
      context: 'I’m moving flat on Saturday.',
      ask: 'help me carry the sofa downstairs',
      size: 'about 30 minutes',
      when: 'on Saturday at 10am',
      why: 'it’s too heavy for one person',
      easyNo: 'No worries at all if not — I can ask my neighbour.',
    });
    expect(full).toBe(
      'Hi Sam,\nI’m moving flat on Saturday.\nCould you help me carry the sofa downstairs on Saturday at 10am?\nIt’s about 30 minutes, and it matters because it’s too heavy for one person.\nNo worries at all if not — I can ask my neighbour.',
    );
    // The analyzer sees every part of a clear request in it.
    expect(analyzeDraft(full).elements).toEqual({ ask: true, when: true, size: true, why: true, easyNo: true });
  });

  test('gratitude names the effect and never talks debt', () => {
    const message = composeMessage(templateById('gratitude')!, { name: 'Priya', help: 'taking the kids', effect: 'I finally slept' });
    expect(message).toBe('Thank you, Priya, for taking the kids.\nIt meant I finally slept.');
    expect(analyzeDraft(message).findings.map((f) => f.kind)).not.toContain('debt-language');
  });
});

describe('user templates', () => {
  test('blanks in the body become fields; edits of built-ins keep their labels', async () => {
    const { fieldsFromBody, mergeTemplates } = await import('@/lib/templates');
    expect(fieldsFromBody('Could you {{ask}} by {{when}}? {{ask}}')).toEqual([
      { key: 'ask', label: 'ask' },
      { key: 'when', label: 'when' },
    ]);
    const merged = mergeTemplates([
      { id: 'builtin:gratitude', kind: 'gratitude', name: 'Thanks', fields: [], body: 'Thanks {{name}}!', createdAt: 1, updatedAt: 1 },
      { id: 'mine', kind: 'custom', name: 'Rota ask', fields: [], body: 'Could we rotate {{role}}?', createdAt: 2, updatedAt: 2 },
    ]);
    const gratitude = merged.find((t) => t.id === 'gratitude')!;
    expect(gratitude).toMatchObject({ name: 'Thanks', overrides: 'gratitude', lines: ['Thanks {{name}}!'] });
    expect(gratitude.fields).toEqual([{ key: 'name', label: 'Who helped', placeholder: 'Priya' }]);
    expect(merged.at(-1)).toMatchObject({ id: 'mine', custom: true, fields: [{ key: 'role', label: 'role' }] });
  });
});
