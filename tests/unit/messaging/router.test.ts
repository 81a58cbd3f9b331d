import { describe, expect, test, vi } from 'vitest';
import { createRouter, type Handlers, type SenderInfo } from '@/lib/messaging';

const SELF = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${SELF}/`;
const page: SenderInfo = { id: SELF, url: `${ORIGIN}popup.html` };
const content: SenderInfo = { id: SELF, url: 'https://mail.google.com/mail/u/0/', tab: { id: 7 }, frameId: 0 };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = async () => {
    throw new Error('not expected in this test');
  };
  return {
    ping: async () => ({ version: '1.2.3' }),
    'site.status': async ({ host }) => ({ enabled: host !== 'off.example' }),
    'site.disable': unused,
    'draft.save': async () => ({ id: 'new-draft' }),
    'builder.prefill': unused,
    'settings.changed': unused,
    'compose.insert': unused,
    'helper.load': unused,
    'clarity.analyze': unused,
    ...overrides,
  } as Handlers;
}

describe('router', () => {
  const route = createRouter(handlers(), { selfId: SELF, selfOrigin: ORIGIN });

  test('answers a valid message from our own page', async () => {
    expect(await route({ type: 'ping', payload: {} }, page)).toEqual({ ok: true, data: { version: '1.2.3' } });
  });

  test('answers a content script on a web page', async () => {
    expect(await route({ type: 'site.status', payload: { host: 'off.example' } }, content)).toEqual({
      ok: true,
      data: { enabled: false },
    });
  });

  test('answers a content script in a same-origin srcdoc frame (a composer in an iframe)', async () => {
    const framed = { id: SELF, url: 'about:srcdoc', origin: 'https://mail.proton.me', tab: { id: 7 }, frameId: 3 };
    expect(await route({ type: 'ping', payload: {} }, framed)).toMatchObject({ ok: true });
    expect(await route({ type: 'ping', payload: {} }, { id: SELF, url: 'about:srcdoc' })).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  test('refuses other extensions and unknown origins', async () => {
    const other = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };
    expect(await route({ type: 'ping', payload: {} }, other)).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    const noTab = { id: SELF, url: 'https://example.com/' };
    expect(await route({ type: 'ping', payload: {} }, noTab)).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  test('refuses a message the sender kind may not send', async () => {
    expect(await route({ type: 'settings.changed', payload: {} }, content)).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
  });

  test('refuses unknown types, inherited names and malformed payloads without calling a handler', async () => {
    const save = vi.fn(async () => ({ id: 'x' }));
    const strict = createRouter(handlers({ 'draft.save': save }), { selfId: SELF, selfOrigin: ORIGIN });
    for (const bad of [
      null,
      'ping',
      { type: 'toString', payload: {} },
      { type: '__proto__', payload: {} },
      { type: 'draft.save', payload: { title: 'x' } },
      { type: 'draft.save', payload: { title: 'x', body: 'y'.repeat(100_001) } },
    ]) {
      expect(await strict(bad, content)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    }
    expect(save).not.toHaveBeenCalled();
  });

  test('a failing handler becomes an error reply, not a thrown exception', async () => {
    const failing = createRouter(
      handlers({ ping: async () => Promise.reject(new Error('QuotaExceededError')) }),
      { selfId: SELF, selfOrigin: ORIGIN },
    );
    expect(await failing({ type: 'ping', payload: {} }, page)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'QuotaExceededError' },
    });
  });

  test('rate-limits content scripts through the allow hook', async () => {
    const limited = createRouter(handlers(), { selfId: SELF, selfOrigin: ORIGIN, allow: (kind) => kind === 'page' });
    expect(await limited({ type: 'ping', payload: {} }, content)).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(await limited({ type: 'ping', payload: {} }, page)).toMatchObject({ ok: true });
  });
});
