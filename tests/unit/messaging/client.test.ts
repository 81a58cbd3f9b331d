import { describe, expect, test } from 'vitest';
import { createClient, MessageError } from '@/lib/messaging';

const noWait = async () => {};

describe('client', () => {
  test('returns the validated data of an ok reply', async () => {
    const request = createClient(async () => ({ ok: true, data: { version: '0.1.0' } }), noWait);
    expect(await request('ping', {})).toEqual({ version: '0.1.0' });
  });

  test('turns an error reply into a MessageError with its code', async () => {
    const request = createClient(async () => ({ ok: false, error: { code: 'rate-limited', message: 'slow down' } }), noWait);
    await expect(request('ping', {})).rejects.toMatchObject({ name: 'MessageError', code: 'rate-limited' });
  });

  test('rejects a reply whose data does not match the protocol', async () => {
    const request = createClient(async () => ({ ok: true, data: { version: 3 } }), noWait);
    await expect(request('ping', {})).rejects.toBeInstanceOf(MessageError);
  });

  test('retries while a sleeping service worker wakes up', async () => {
    let calls = 0;
    const request = createClient(async () => {
      calls += 1;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, data: { version: '0.1.0' } };
    }, noWait);
    expect(await request('ping', {})).toEqual({ version: '0.1.0' });
    expect(calls).toBe(3);
  });

  test('gives up after a few wake retries, and does not retry other errors', async () => {
    let calls = 0;
    const asleep = createClient(async () => {
      calls += 1;
      throw new Error('Receiving end does not exist.');
    }, noWait);
    await expect(asleep('ping', {})).rejects.toThrow(/Receiving end/);
    expect(calls).toBe(4);

    calls = 0;
    const broken = createClient(async () => {
      calls += 1;
      throw new Error('Extension context invalidated.');
    }, noWait);
    await expect(broken('ping', {})).rejects.toThrow(/invalidated/);
    expect(calls).toBe(1);
  });
});
