import type { ProtocolStep } from './types';

export const PROTOCOL_NAME = 'The 7-day reciprocity reset';
export const PROTOCOL_LENGTH = 7;

export const PROTOCOL_STEPS: readonly ProtocolStep[] = [
  {
    day: 1,
    title: 'Name one support flow that feels uneven.',
    why: 'You cannot rebalance what stays unnamed. Naming it is not blaming anyone.',
    action: 'Write down one recurring kind of support, who usually carries it, and how heavy it feels.',
    panel: { view: 'flows' },
  },
  {
    day: 2,
    title: 'Write the clean request or boundary.',
    why: 'A specific request is easier to say yes or no to than a hint or a sigh.',
    action: 'Draft one request — what, when, how big, why — or one boundary, in the builder.',
    panel: { view: 'templates', templateId: 'clean-request' },
  },
  {
    day: 3,
    title: 'Ask one person or group specifically.',
    why: '“Can someone…” reaches nobody in particular. A named person or group can answer.',
    action: 'Send yesterday’s draft to one person or one group by name. The compose helper can check it where you write.',
    panel: { view: 'templates', templateId: 'clean-request' },
  },
  {
    day: 4,
    title: 'Make declining safe.',
    why: 'People say yes more freely when no is genuinely fine.',
    action: 'Add an easy-no line to a request you are making, and mean it.',
    panel: { view: 'templates', templateId: 'easy-no' },
  },
  {
    day: 5,
    title: 'Receive help with simple gratitude.',
    why: 'Thanks that names the effect of the help lets it land — no debt required.',
    action: 'Thank someone for one thing, saying what difference it made.',
    panel: { view: 'templates', templateId: 'gratitude' },
  },
  {
    day: 6,
    title: 'Offer one useful return when capacity allows.',
    why: 'Offering from real capacity keeps support flowing without burning you out.',
    action: 'Check your time and energy this week first; then offer one thing that fits.',
    panel: { view: 'templates', templateId: 'offer-back' },
  },
  {
    day: 7,
    title: 'Adjust recurring roles if load stays uneven.',
    why: 'Structures — a rota, a turn order, a sign-up — carry load better than goodwill alone.',
    action: 'Propose who owns or rotates one recurring role, what “good enough” is, and when to check in.',
    panel: { view: 'templates', templateId: 'rebalance-role' },
  },
];
