import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { ReciprocityDB, SCHEMA_VERSIONS, TABLE_NAMES, type SchemaVersion } from '@/lib/db';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

/** One record per table, written the way version 1 stores them. */
const V1_FIXTURE = {
  runs: [{ id: 'r1', startDate: '2026-11-02', timeZone: 'Europe/London', status: 'finished', createdAt: 1, updatedAt: 2, summary: { moved: 'asked Sam', noticed: 'it was fine' } }],
  checkins: [{ id: 'c1', runId: 'r1', day: 1, date: '2026-11-02', status: 'done', note: 'named the dinner rota', createdAt: 1, updatedAt: 1 }],
  flows: [{ id: 'f1', what: 'School pickups', involved: 'Ana, me', carrier: 'me', weight: 'heavy', notes: '', createdAt: 1, updatedAt: 1 }],
  drafts: [{ id: 'd1', title: 'Chairs', body: 'Priya, could you bring chairs on Sunday?', source: 'builder', createdAt: 1, updatedAt: 1 }],
  templates: [{ id: 't1', kind: 'custom', name: 'Rota ask', fields: [{ key: 'who', label: 'Who' }], body: 'Hi {{who}}', createdAt: 1, updatedAt: 1 }],
  checklistMarks: [{ id: '2026-11-02:asked-small', weekStart: '2026-11-02', practiceId: 'asked-small', createdAt: 1 }],
  settings: [{ key: 'syncEnabled', value: true, updatedAt: 1 }],
} satisfies Record<(typeof TABLE_NAMES)[number], unknown[]>;

async function writeV1(name: string) {
  const v1 = track(new ReciprocityDB(name, SCHEMA_VERSIONS.filter((v) => v.version === 1)));
  await v1.transaction('rw', v1.tables, async () => {
    for (const table of TABLE_NAMES) await v1.table(table).bulkAdd(V1_FIXTURE[table]);
  });
  v1.close();
}

describe('schema upgrades', () => {
  test('version 1 opens with every table the product needs', async () => {
    const db = track(new ReciprocityDB('fresh'));
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
  });

  test('the current schema opens a version-1 database and finds every record', async () => {
    await writeV1('from-v1');
    const db = track(new ReciprocityDB('from-v1'));
    for (const table of TABLE_NAMES) {
      expect(await db.table(table).toArray()).toEqual(V1_FIXTURE[table]);
    }
  });

  // The pattern every later version follows: a new entry with an index change
  // and an upgrade that rewrites old records, tested against a v1 database.
  test('a later version with an upgrade keeps every record and transforms it', async () => {
    await writeV1('to-v2');
    const v2: SchemaVersion = {
      version: 2,
      stores: { flows: 'id, updatedAt, weight' },
      upgrade: (tx) =>
        tx
          .table('flows')
          .toCollection()
          .modify((flow: Record<string, unknown>) => {
            flow.observations = [{ date: '2026-11-02', weight: flow.weight, carrier: flow.carrier }];
          }),
    };
    const db = track(new ReciprocityDB('to-v2', [...SCHEMA_VERSIONS, v2]));
    const flows = await db.flows.where('weight').equals('heavy').toArray();
    expect(flows).toEqual([
      { ...V1_FIXTURE.flows[0], observations: [{ date: '2026-11-02', weight: 'heavy', carrier: 'me' }] },
    ]);
    for (const table of TABLE_NAMES.filter((t) => t !== 'flows')) {
      expect(await db.table(table).toArray()).toEqual(V1_FIXTURE[table]);
    }
  });
});
