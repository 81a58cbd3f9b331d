import { z } from 'zod';
import type { ReciprocityDB } from './database';

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Each top-level key is stored as its own row so one change never clobbers another. */
export const SettingsSchema = z.object({
  reminder: z.object({
    enabled: z.boolean(),
    time: z.string().regex(TIME_OF_DAY),
    /** Local date (YYYY-MM-DD) until which reminders stay quiet. */
    pausedUntil: z.string().optional(),
  }),
  /** Hostnames where the compose helper stays off. */
  disabledSites: z.array(z.string().max(253)).max(500),
  /** Origins the user granted the compose helper, e.g. "https://forum.example". */
  addedSites: z.array(z.string().max(300)).max(200),
  syncEnabled: z.boolean(),
  welcomed: z.boolean(),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  reminder: { enabled: false, time: '19:00' },
  disabledSites: [],
  addedSites: [],
  syncEnabled: false,
  welcomed: false,
};

/** Reads every setting; a missing or malformed row falls back to its default. */
export async function readSettings(db: ReciprocityDB): Promise<Settings> {
  const rows = await db.settings.toArray();
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    // hasOwn, not `in`: "__proto__" and friends are inherited keys, never settings.
    if (!Object.hasOwn(DEFAULT_SETTINGS, row.key)) continue;
    const shape = SettingsSchema.shape[row.key as SettingKey];
    const parsed = shape.safeParse(row.value);
    if (parsed.success) merged[row.key] = parsed.data;
  }
  return merged as Settings;
}

export async function writeSetting<K extends SettingKey>(
  db: ReciprocityDB,
  key: K,
  value: Settings[K],
  now: number,
): Promise<void> {
  const valid = SettingsSchema.shape[key].parse(value);
  await db.settings.put({ key, value: valid, updatedAt: now });
}
