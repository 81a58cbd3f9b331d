import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, ReciprocityDB, readSettings, writeSetting } from '@/lib/db';

describe('settings', () => {
  test('defaults when nothing is stored', async () => {
    const db = new ReciprocityDB('settings-defaults');
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  test('each key is written on its own and read back', async () => {
    const db = new ReciprocityDB('settings-write');
    await writeSetting(db, 'reminder', { enabled: true, time: '08:30' }, 10);
    await writeSetting(db, 'disabledSites', ['discord.com'], 11);
    const settings = await readSettings(db);
    expect(settings.reminder).toEqual({ enabled: true, time: '08:30' });
    expect(settings.disabledSites).toEqual(['discord.com']);
    expect(settings.syncEnabled).toBe(false);
  });

  test('a malformed stored value falls back to its default instead of breaking', async () => {
    const db = new ReciprocityDB('settings-malformed');
    await db.settings.put({ key: 'reminder', value: { enabled: 'yes', time: '25:99' }, updatedAt: 1 });
    await db.settings.put({ key: '__proto__', value: { polluted: true }, updatedAt: 1 });
    const settings = await readSettings(db);
    expect(settings.reminder).toEqual(DEFAULT_SETTINGS.reminder);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('invalid values are refused before they reach the database', async () => {
    const db = new ReciprocityDB('settings-invalid');
    await expect(writeSetting(db, 'reminder', { enabled: true, time: '7pm' }, 1)).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });
});
