import type { Principle } from './types';

export const PRINCIPLES: readonly Principle[] = [
  {
    id: 'ask-specifically',
    title: 'Ask specifically.',
    why: 'A clear request makes it easy for people to agree, decline, or point you to someone else.',
  },
  {
    id: 'receive-without-debt',
    title: 'Receive without performing debt.',
    why: 'Gratitude matters. Turning every gift into shame makes support harder to offer next time.',
  },
  {
    id: 'rebalance-load',
    title: 'Rebalance recurring load.',
    why: 'If the same person always carries the system, the system is not healthy — it is not a personal failing.',
  },
];
