import type { Movement } from './types';

export const MOVEMENTS: readonly Movement[] = [
  { id: 'asking', label: 'Asking', summary: 'Saying what you need, specifically, so others can say yes or no.' },
  { id: 'offering', label: 'Offering', summary: 'Putting something useful on the table when you have the capacity.' },
  { id: 'receiving', label: 'Receiving', summary: 'Taking help in with thanks, without turning it into a debt.' },
  { id: 'rebalancing', label: 'Rebalancing', summary: 'Moving recurring load so the same people are not always carrying it.' },
];

export const MISSION =
  'A healthy community lets people ask, offer, receive and rebalance — without keeping score.';
