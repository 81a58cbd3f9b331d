import type { MovementId, TemplateId } from '../content';

/** Every stored record carries these; times are epoch milliseconds. */
export interface Stamped {
  id: string;
  createdAt: number;
  updatedAt: number;
}

export type RunStatus = 'active' | 'paused' | 'finished';

/** One pass through the 7-day reset. */
export interface RunRecord extends Stamped {
  /** Local calendar date (YYYY-MM-DD) the run started on, in `timeZone`. */
  startDate: string;
  timeZone: string;
  status: RunStatus;
  /** Local date the current pause began, while paused. */
  pausedOn?: string;
  finishedAt?: number;
  summary?: { moved: string; noticed: string };
}

export type CheckInStatus = 'done' | 'partly' | 'not-today';

export interface CheckInRecord extends Stamped {
  runId: string;
  day: number;
  /** Local calendar date (YYYY-MM-DD) the check-in belongs to. */
  date: string;
  status: CheckInStatus;
  note: string;
  movement?: MovementId;
}

export type Weight = 'light' | 'okay' | 'heavy';

/** A recurring stream of support. Load is described, never counted. */
export interface FlowRecord extends Stamped {
  what: string;
  involved: string;
  carrier: string;
  weight: Weight;
  notes: string;
}

export interface DraftRecord extends Stamped {
  title: string;
  body: string;
  templateId?: TemplateId | string;
  source: 'builder' | 'compose-helper' | 'manual';
}

export interface TemplateField {
  key: string;
  label: string;
  placeholder?: string;
  multiline?: boolean;
}

/** A template the user made or copied; built-in templates live in code. */
export interface TemplateRecord extends Stamped {
  kind: TemplateId | 'custom';
  name: string;
  fields: TemplateField[];
  /** Body with {{fieldKey}} slots. */
  body: string;
}

/** A practice marked for one week; id is `${weekStart}:${practiceId}`. */
export interface ChecklistMarkRecord {
  id: string;
  weekStart: string;
  practiceId: string;
  createdAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
  updatedAt: number;
}
