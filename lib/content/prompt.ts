export const PROMPT = {
  lead: 'One social question is enough for the next move.',
  question: 'Where does support need to move more clearly: asking, offering, receiving, or rebalancing?',
} as const;
