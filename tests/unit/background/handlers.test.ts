import { describe, expect, test } from 'vitest';
import { createHandlers, senderHost, type BackgroundDeps } from '@/lib/background/handlers';
import { analyzeDraft, proposeClearerDraft } from '@/lib/clarity';
import { MESSAGES } from '@/lib/messaging/protocol';
import { ReciprocityDB, writeSetting } from '@/lib/db';

function setup(name: string) {
  const db = new ReciprocityDB(name);
  const injected: [number, number][] = [];
  const deps: BackgroundDeps = {
    db,
    now: () => 1,
    version: '1.0.0',
    openBuilder: async () => true,
    applySettings: async () => undefined,
    injectHelper: async (tabId, frameId) => {
      injected.push([tabId, frameId]);
      return true;
    },
    insertIntoActiveTab: async () => ({ inserted: false }),
  };
  return { db, injected, handlers: createHandlers(deps) };
}

describe('helper.load', () => {
  test('injects the helper into the frame that asked', async () => {
    const { handlers, injected } = setup('load-inject');
    const sender = { url: 'https://mail.google.com/mail/u/0/', tab: { id: 4 }, frameId: 2 };
    expect(await handlers['helper.load']({}, sender)).toEqual({ loaded: true });
    expect(injected).toEqual([[4, 2]]);
  });

  test('does nothing on a site the user turned the helper off on', async () => {
    const { db, handlers, injected } = setup('load-off');
    await writeSetting(db, 'disabledSites', ['mail.google.com'], 1);
    const sender = { url: 'https://mail.google.com/mail/u/0/', tab: { id: 4 }, frameId: 0 };
    expect(await handlers['helper.load']({}, sender)).toEqual({ loaded: false });
    expect(injected).toEqual([]);
  });

  test('a composer in a srcdoc frame is judged by its origin', async () => {
    const { db, handlers, injected } = setup('load-srcdoc');
    await writeSetting(db, 'disabledSites', ['mail.proton.me'], 1);
    const sender = { url: 'about:srcdoc', origin: 'https://mail.proton.me', tab: { id: 9 }, frameId: 5 };
    expect(await handlers['helper.load']({}, sender)).toEqual({ loaded: false });
    expect(injected).toEqual([]);
  });
});

test('senderHost prefers the frame origin the browser reports', () => {
  expect(senderHost({ url: 'about:blank', origin: 'https://app.slack.com' })).toBe('app.slack.com');
  expect(senderHost({ url: 'https://discord.com/channels/1' })).toBe('discord.com');
  expect(senderHost({ url: 'about:blank' })).toBe('local');
});

test('clarity.analyze answers with the report and the clearer version in one reply', async () => {
  const { handlers } = setup('analyze');
  const text = 'Sorry to bother you, could you help me move the sofa?';
  const reply = await handlers['clarity.analyze']({ text }, { url: 'https://mail.google.com/', tab: { id: 1 } });
  expect(reply.report).toEqual(analyzeDraft(text));
  expect(reply.report.findings.map((f) => f.kind)).toContain('over-apology');
  expect(reply.proposal).toEqual(proposeClearerDraft(text));
  expect(reply.proposal.changed).toBe(true);
  // What the background sends is exactly what the protocol lets the page accept.
  expect(MESSAGES['clarity.analyze'].response.safeParse(reply).success).toBe(true);
});
