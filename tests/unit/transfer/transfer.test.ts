import { describe, expect, test } from 'vitest';
import { ReciprocityDB, TABLE_NAMES } from '@/lib/db';
import { eraseAll, exportAll, importAll, parseImport } from '@/lib/transfer';

async function seeded(name: string) {
  const db = new ReciprocityDB(name);
  await db.runs.add({ id: 'r1', startDate: '2026-11-02', timeZone: 'Europe/London', status: 'active', createdAt: 1, updatedAt: 1 });
  await db.checkins.add({ id: 'r1:2026-11-02', runId: 'r1', day: 1, date: '2026-11-02', status: 'done', note: 'ünïcødé ✓ 🙏 שלום', movement: 'asking', createdAt: 1, updatedAt: 2 });
  await db.flows.add({ id: 'f1', what: 'Pickups', involved: 'Ana', carrier: 'me', weight: 'heavy', notes: '', createdAt: 1, updatedAt: 1 });
  await db.drafts.add({ id: 'd1', title: 'Chairs', body: 'Could you bring chairs?', source: 'builder', createdAt: 1, updatedAt: 1 });
  await db.checklistMarks.add({ id: '2026-11-02:asked-small', weekStart: '2026-11-02', practiceId: 'asked-small', createdAt: 1 });
  await db.settings.put({ key: 'reminder', value: { enabled: true, time: '08:00' }, updatedAt: 1 });
  return db;
}

describe('export and import', () => {
  test('round trip restores every record exactly', async () => {
    const db = await seeded('transfer-roundtrip');
    const file = await exportAll(db, Date.UTC(2026, 10, 24));
    const before = Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (t) => [t, await db.table(t).toArray()])));
    await eraseAll(db);
    expect(await db.drafts.count()).toBe(0);
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) await importAll(db, parsed.file);
    const after = Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (t) => [t, await db.table(t).toArray()])));
    expect(after).toEqual(before);
  });

  test.each([
    ['truncated', (s: string) => s.slice(0, s.length / 2), /not valid JSON/],
    ['not ours', () => JSON.stringify({ hello: 'world' }), /not a Reciprocity export/],
    ['wrong version', (s: string) => s.replace('"version":1', '"version":99'), /version 99/],
    ['a wrong type', (s: string) => s.replace('"body":"Could you bring chairs?"', '"body":42'), /drafts\[0\]\.body/],
    ['a hostile key', (s: string) => s.replace('"title":"Chairs"', '"title":"Chairs","__proto__":{"polluted":true}'), /drafts\[0\]/],
    ['a missing table', (s: string) => s.replace(/"flows":\[[^\]]*\],/, ''), /flows/],
  ])('a file that is %s changes nothing and says what is wrong', async (_name, corrupt, message) => {
    const db = await seeded(`transfer-bad-${_name}`);
    const good = JSON.stringify(await exportAll(db, 0));
    const result = parseImport(corrupt(good));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join(' ')).toMatch(message);
    expect(await db.drafts.count()).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('an oversized file is refused before parsing', () => {
    const result = parseImport(' '.repeat(20 * 1024 * 1024 + 1));
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/larger than 20 MB/)] });
  });

  test('a failed import leaves the database as it was', async () => {
    const db = await seeded('transfer-atomic');
    const file = await exportAll(db, 0);
    // Two records with the same key make bulkAdd fail half-way through the transaction.
    file.tables.drafts.push({ ...file.tables.drafts[0]! });
    await expect(importAll(db, file)).rejects.toThrow();
    expect(await db.drafts.toArray()).toHaveLength(1);
    expect(await db.runs.count()).toBe(1);
  });
});
