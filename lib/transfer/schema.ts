import { z } from 'zod';

const id = z.string().min(1).max(200);
const time = z.number().int().nonnegative();
const text = (max: number) => z.string().max(max);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const stamped = { id, createdAt: time, updatedAt: time };

// Strict objects: an unknown key (including __proto__) is an error, not a passenger.
export const RecordSchemas = {
  runs: z.strictObject({
    ...stamped,
    startDate: date,
    timeZone: text(100),
    status: z.enum(['active', 'paused', 'finished']),
    pausedOn: date.optional(),
    finishedAt: time.optional(),
    summary: z.strictObject({ moved: text(2000), noticed: text(2000) }).optional(),
  }),
  checkins: z.strictObject({
    ...stamped,
    runId: id,
    day: z.number().int().min(1).max(7),
    date,
    status: z.enum(['done', 'partly', 'not-today']),
    note: text(2000),
    movement: z.enum(['asking', 'offering', 'receiving', 'rebalancing']).optional(),
  }),
  flows: z.strictObject({
    ...stamped,
    what: text(500),
    involved: text(500),
    carrier: text(200),
    weight: z.enum(['light', 'okay', 'heavy']),
    notes: text(5000),
    observations: z.array(z.strictObject({ date, weight: z.enum(['light', 'okay', 'heavy']), carrier: text(200) })).max(500).optional(),
  }),
  drafts: z.strictObject({
    ...stamped,
    title: text(300),
    body: text(100_000),
    templateId: text(100).optional(),
    source: z.enum(['builder', 'compose-helper', 'manual']),
  }),
  templates: z.strictObject({
    ...stamped,
    kind: text(100),
    name: text(200),
    fields: z.array(z.strictObject({ key: text(60), label: text(200), placeholder: text(300).optional(), multiline: z.boolean().optional() })).max(50),
    body: text(20_000),
  }),
  checklistMarks: z.strictObject({ id, weekStart: date, practiceId: text(100), createdAt: time }),
  settings: z.strictObject({ key: text(100), value: z.unknown(), updatedAt: time }),
};

export type TableKey = keyof typeof RecordSchemas;
export const TABLE_KEYS = Object.keys(RecordSchemas) as TableKey[];

export const EXPORT_FORMAT = 'reciprocity-export';
export const EXPORT_VERSION = 1;

export const ExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().max(40),
  tables: z.strictObject(
    Object.fromEntries(TABLE_KEYS.map((k) => [k, z.array(RecordSchemas[k]).max(100_000)])) as {
      [K in TableKey]: z.ZodArray<(typeof RecordSchemas)[K]>;
    },
  ),
});

export type ExportFile = z.infer<typeof ExportSchema>;
