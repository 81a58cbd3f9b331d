/** The parts of a clear request, in the order people read them; keys match the analyzer's elements. */
export const CLEAR_REQUEST_PARTS = [
  ['ask', 'The ask'],
  ['when', 'When'],
  ['size', 'How big'],
  ['why', 'Why'],
  ['easyNo', 'An easy no'],
] as const;
