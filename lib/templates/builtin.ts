import type { TemplateId } from '../content';

export interface TemplateFieldDef {
  key: string;
  label: string;
  placeholder?: string;
  multiline?: boolean;
}

export interface TemplateDef {
  id: TemplateId;
  name: string;
  purpose: string;
  fields: TemplateFieldDef[];
  /**
   * Lines of the message. A line is kept only when every {{field}} in it is
   * filled; for a list of alternatives, the first one that is complete is used.
   */
  lines: (string | string[])[];
  /** Whether the builder shows the parts of a clear request. */
  isRequest: boolean;
}

export const BUILTIN_TEMPLATES: readonly TemplateDef[] = [
  {
    id: 'clean-request',
    name: 'Clean request',
    purpose: 'Ask for one specific thing, with an easy no.',
    isRequest: true,
    fields: [
      { key: 'name', label: 'Who you’re asking', placeholder: 'Sam' },
      { key: 'context', label: 'One line of context', placeholder: 'I’m moving flat on Saturday' },
      { key: 'ask', label: 'The specific ask', placeholder: 'help me carry the sofa downstairs' },
      { key: 'size', label: 'How big', placeholder: 'about 30 minutes' },
      { key: 'when', label: 'When', placeholder: 'Saturday at 10am' },
      { key: 'why', label: 'Why it matters', placeholder: 'it’s too heavy for one person' },
      { key: 'smallerYes', label: 'A smaller yes (optional)', placeholder: 'even 10 minutes would help' },
      { key: 'easyNo', label: 'The easy no', placeholder: 'No worries at all if not — I can ask my neighbour.' },
    ],
    lines: [
      'Hi {{name}},',
      '{{context}}.',
      ['Could you {{ask}} {{when}}?', 'Could you {{ask}}?'],
      ['It’s {{size}}, and it matters because {{why}}.', 'It’s {{size}}.', 'It matters because {{why}}.'],
      'If that’s too much, {{smallerYes}}.',
      '{{easyNo}}',
    ],
  },
  {
    id: 'boundary',
    name: 'Boundary or decline',
    purpose: 'Say a clear no, kindly, without over-apologising or inventing an excuse.',
    isRequest: false,
    fields: [
      { key: 'name', label: 'Who it’s for', placeholder: 'Jo' },
      { key: 'thanks', label: 'Thanks', placeholder: 'thanks for thinking of me for the bake sale' },
      { key: 'no', label: 'The clear no', placeholder: 'I can’t take it on this month' },
      { key: 'instead', label: 'What’s possible instead (optional)', placeholder: 'I could bring a tray of flapjacks' },
    ],
    lines: ['Hi {{name}},', 'Thank you — {{thanks}}.', '{{no}}.', 'What I can do: {{instead}}.'],
  },
  {
    id: 'easy-no',
    name: 'Easy-no lines',
    purpose: 'Ready sentences that make declining safe.',
    isRequest: false,
    fields: [{ key: 'line', label: 'Pick or write a line', placeholder: 'No worries at all if not.' }],
    lines: ['{{line}}'],
  },
  {
    id: 'gratitude',
    name: 'Gratitude',
    purpose: 'Thank someone by naming the effect of their help — no debt talk.',
    isRequest: false,
    fields: [
      { key: 'name', label: 'Who helped', placeholder: 'Priya' },
      { key: 'help', label: 'What they did', placeholder: 'taking the kids on Thursday' },
      { key: 'effect', label: 'The difference it made', placeholder: 'I finally got a full night’s sleep' },
    ],
    lines: ['Thank you, {{name}}, for {{help}}.', 'It meant {{effect}}.'],
  },
  {
    id: 'offer-back',
    name: 'Offer back',
    purpose: 'After a capacity check, offer one useful thing that fits this week.',
    isRequest: false,
    fields: [
      { key: 'capacity', label: 'Capacity this week', placeholder: 'a five-minute favour / a bigger chunk' },
      { key: 'name', label: 'Who to offer to', placeholder: 'Ana' },
      { key: 'offer', label: 'The offer', placeholder: 'drop your parcel at the post office' },
      { key: 'when', label: 'When you could', placeholder: 'on Wednesday afternoon' },
    ],
    lines: ['Hi {{name}},', 'I’ve got {{capacity}} this week — would it help if I {{offer}} {{when}}?', 'Only if it’s useful; no need to say yes.'],
  },
  {
    id: 'rebalance-role',
    name: 'Rebalance a recurring role',
    purpose: 'Propose who owns or rotates a role, the “good enough” standard, and a check-in date.',
    isRequest: true,
    fields: [
      { key: 'role', label: 'The role', placeholder: 'planning the group dinner' },
      { key: 'now', label: 'Who notices, plans and does it today', placeholder: 'mostly me' },
      { key: 'proposal', label: 'Proposed owner or rotation', placeholder: 'we take turns, in alphabetical order' },
      { key: 'goodEnough', label: '“Good enough” looks like', placeholder: 'a date and a place, no menu needed' },
      { key: 'checkIn', label: 'When to check in again', placeholder: 'after three dinners' },
    ],
    lines: ['About {{role}}: right now it’s {{now}}.', 'Could we try this: {{proposal}}?', 'Good enough is {{goodEnough}}.', 'Let’s check in {{checkIn}} and change it if it isn’t working — other ideas welcome.'],
  },
  {
    id: 'structural-request',
    name: 'Structural request',
    purpose: 'Name a pattern early and ask for a structure, not a personal favour.',
    isRequest: true,
    fields: [
      { key: 'pattern', label: 'The pattern, neutrally', placeholder: 'the same few people set up the hall each week' },
      { key: 'structure', label: 'The structure you’re asking for', placeholder: 'a sign-up sheet with one slot each' },
      { key: 'when', label: 'Starting when', placeholder: 'from next month' },
    ],
    lines: ['I’ve noticed {{pattern}}.', 'Could we set up {{structure}}, starting {{when}}?', 'Open to other ideas if there’s a better way.'],
  },
];

export const EASY_NO_LINES: readonly string[] = [
  'No worries at all if not.',
  'Totally fine to say no — I can ask someone else.',
  'If it doesn’t work, just say so; no explanation needed.',
  'Feel free to pass on this one.',
  'A no is a perfectly good answer.',
];

export function templateById(id: string): TemplateDef | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
