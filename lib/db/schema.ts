import type { Transaction } from 'dexie';

/**
 * Each schema version is listed once and never edited after release; a change
 * is a new entry with an upgrade that rewrites old records in place. Tests
 * open a database written by the previous version and check every record.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      runs: 'id, status, startDate, updatedAt',
      checkins: 'id, runId, [runId+day], date',
      flows: 'id, updatedAt',
      drafts: 'id, updatedAt',
      templates: 'id, kind, updatedAt',
      checklistMarks: 'id, weekStart',
      settings: 'key',
    },
  },
];

export const TABLE_NAMES = [
  'runs',
  'checkins',
  'flows',
  'drafts',
  'templates',
  'checklistMarks',
  'settings',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];
