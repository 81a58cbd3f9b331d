import type { ChecklistPractice } from './types';

export const CHECKLIST_MOTTO = 'Mark the practice, not your social worth.';

export const CHECKLIST: readonly ChecklistPractice[] = [
  { id: 'asked-small', label: 'Asked for one small, concrete thing' },
  { id: 'declining-safe', label: 'Made declining safe' },
  { id: 'received-gratitude', label: 'Received help with simple gratitude' },
  { id: 'offered-capacity', label: 'Offered something when capacity allowed' },
  { id: 'named-pattern', label: 'Named an uneven pattern structurally' },
  { id: 'adjusted-role', label: 'Adjusted a recurring role' },
];
