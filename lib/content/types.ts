/** The four ways support moves; the seed's prompt asks which one needs attention. */
export type MovementId = 'asking' | 'offering' | 'receiving' | 'rebalancing';

export interface Movement {
  id: MovementId;
  label: string;
  summary: string;
}

export interface Principle {
  id: 'ask-specifically' | 'receive-without-debt' | 'rebalance-load';
  title: string;
  why: string;
}

/** Where in the side panel a step's work happens. */
export type PanelTarget =
  | { view: 'flows' }
  | { view: 'templates'; templateId: TemplateId }
  | { view: 'checklist' }
  | { view: 'history' };

export type TemplateId =
  | 'clean-request'
  | 'boundary'
  | 'easy-no'
  | 'gratitude'
  | 'offer-back'
  | 'rebalance-role'
  | 'structural-request';

export interface ProtocolStep {
  day: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  title: string;
  why: string;
  action: string;
  /** Set when the step's writing happens in the side panel. */
  panel?: PanelTarget;
}

export interface Problem {
  id: 'hate-asking' | 'take-not-give' | 'mental-accounts';
  problem: string;
  experiment: string;
  watch: string;
  templateId: TemplateId;
}

export interface ChecklistPractice {
  id: string;
  label: string;
}
