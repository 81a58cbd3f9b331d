import type { ReciprocityDB } from '../db';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportSchema, TABLE_KEYS, type ExportFile } from './schema';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Everything in the database, as one JSON-ready object. */
export async function exportAll(db: ReciprocityDB, now: number): Promise<ExportFile> {
  const tables = {} as Record<string, unknown[]>;
  await db.transaction('r', db.tables, async () => {
    for (const key of TABLE_KEYS) tables[key] = await db.table(key).toArray();
  });
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), tables } as ExportFile;
}

export type ParseResult = { ok: true; file: ExportFile; counts: Record<string, number> } | { ok: false; problems: string[] };

/** Reads an export file and says exactly what is wrong with it, if anything. */
export function parseImport(raw: string): ParseResult {
  if (raw.length > MAX_IMPORT_BYTES) return { ok: false, problems: ['This file is larger than 20 MB, which is more than a Reciprocity export can be.'] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problems: ['This file is not valid JSON — it may be cut short or not a Reciprocity export.'] };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== EXPORT_FORMAT) {
    return { ok: false, problems: ['This is not a Reciprocity export file.'] };
  }
  if (head.version !== EXPORT_VERSION) {
    return { ok: false, problems: [`This export is format version ${String(head.version)}; this version of Reciprocity reads version ${EXPORT_VERSION}.`] };
  }
  const parsed = ExportSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 8).map((issue) => `${pathText(issue.path)}: ${issue.message}`);
    return { ok: false, problems };
  }
  const counts = Object.fromEntries(TABLE_KEYS.map((k) => [k, parsed.data.tables[k].length]));
  return { ok: true, file: parsed.data, counts };
}

/** Replaces everything with the file's contents, in one transaction: all of it or none of it. */
export async function importAll(db: ReciprocityDB, file: ExportFile): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const key of TABLE_KEYS) await db.table(key).clear();
    for (const key of TABLE_KEYS) await db.table(key).bulkAdd(file.tables[key]);
  });
}

/** Erases every record. */
export async function eraseAll(db: ReciprocityDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const key of TABLE_KEYS) await db.table(key).clear();
  });
}

function pathText(path: PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (part === 'tables') continue;
    out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  }
  return out || 'file';
}
