import { expect, test } from 'vitest';
import { requestPersistence } from '@/lib/db';

function storage(persisted: boolean, grant: boolean | Error): StorageManager {
  return {
    persisted: async () => persisted,
    persist: async () => {
      if (grant instanceof Error) throw grant;
      return grant;
    },
  } as unknown as StorageManager;
}

test('reports already-persisted storage without asking again', async () => {
  expect(await requestPersistence(storage(true, false))).toBe('persisted');
});

test('asks, and reports whether the browser agreed', async () => {
  expect(await requestPersistence(storage(false, true))).toBe('persisted');
  expect(await requestPersistence(storage(false, false))).toBe('best-effort');
  expect(await requestPersistence(storage(false, new Error('denied')))).toBe('best-effort');
});

test('unsupported when the API is missing', async () => {
  expect(await requestPersistence(undefined)).toBe('unsupported');
});
