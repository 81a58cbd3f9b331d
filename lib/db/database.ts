import Dexie, { type EntityTable } from 'dexie';
import type {
  ChecklistMarkRecord,
  CheckInRecord,
  DraftRecord,
  FlowRecord,
  RunRecord,
  SettingRecord,
  TemplateRecord,
} from './records';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export const DB_NAME = 'reciprocity';

export class ReciprocityDB extends Dexie {
  runs!: EntityTable<RunRecord, 'id'>;
  checkins!: EntityTable<CheckInRecord, 'id'>;
  flows!: EntityTable<FlowRecord, 'id'>;
  drafts!: EntityTable<DraftRecord, 'id'>;
  templates!: EntityTable<TemplateRecord, 'id'>;
  checklistMarks!: EntityTable<ChecklistMarkRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const step of versions) {
      const v = this.version(step.version).stores(step.stores);
      if (step.upgrade) v.upgrade(step.upgrade);
    }
  }
}

let shared: ReciprocityDB | undefined;

/** The one database of the extension origin, opened lazily. */
export function getDb(): ReciprocityDB {
  shared ??= new ReciprocityDB();
  return shared;
}

export function newId(): string {
  return crypto.randomUUID();
}

export function stamp(now: number): { id: string; createdAt: number; updatedAt: number } {
  return { id: newId(), createdAt: now, updatedAt: now };
}
