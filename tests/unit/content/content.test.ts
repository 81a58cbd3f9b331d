import { describe, expect, test } from 'vitest';
import { CHECKLIST, MOVEMENTS, PRINCIPLES, PROBLEMS, PROMPT, PROTOCOL_STEPS, SUPPORT_DIRECTORY } from '@/lib/content';

// Words that would turn the practice into a score or a scolding.
const SCORE_OR_SHAME = /\b(streaks?|points|badges?|level up|leaderboard|fail(ed|ure)?|lazy|should have|behind)\b/i;

describe('content', () => {
  test('the seven steps are numbered 1..7 and each has a why and an action', () => {
    expect(PROTOCOL_STEPS.map((s) => s.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const step of PROTOCOL_STEPS) {
      expect(step.why.length).toBeGreaterThan(20);
      expect(step.action.length).toBeGreaterThan(20);
    }
  });

  test('the seed’s structure is all there', () => {
    expect(MOVEMENTS.map((m) => m.id)).toEqual(['asking', 'offering', 'receiving', 'rebalancing']);
    expect(PRINCIPLES).toHaveLength(3);
    expect(PROBLEMS.map((p) => p.problem)).toEqual([
      'I hate asking for help.',
      'People take but do not give.',
      'I keep mental accounts.',
    ]);
    expect(PROMPT.question).toMatch(/asking, offering, receiving, or rebalancing/);
    expect(CHECKLIST.length).toBeGreaterThanOrEqual(6);
  });

  test('no copy scores or shames the user', () => {
    const all = JSON.stringify([MOVEMENTS, PRINCIPLES, PROBLEMS, PROMPT, PROTOCOL_STEPS, CHECKLIST]);
    expect(all).not.toMatch(SCORE_OR_SHAME);
  });

  test('support points to a maintained directory, never a hard-coded number', () => {
    expect(SUPPORT_DIRECTORY.url).toMatch(/^https:\/\//);
    expect(JSON.stringify(SUPPORT_DIRECTORY)).not.toMatch(/\d{3}[-\s]?\d{3,4}/);
  });
});
