import type { Problem } from './types';

export const PROBLEMS: readonly Problem[] = [
  {
    id: 'hate-asking',
    problem: 'I hate asking for help.',
    experiment: 'Ask for one small, concrete thing, with an easy no.',
    watch: 'Practise receiving when the stakes are low.',
    templateId: 'clean-request',
  },
  {
    id: 'take-not-give',
    problem: 'People take but do not give.',
    experiment: 'Name the pattern early, and make the next request structural rather than personal.',
    watch: 'Reciprocity needs to be visible before resentment hardens.',
    templateId: 'structural-request',
  },
  {
    id: 'mental-accounts',
    problem: 'I keep mental accounts.',
    experiment: 'Turn the resentment into one clear request, boundary, or release.',
    watch: 'Silent accounting slowly wears away trust.',
    templateId: 'boundary',
  },
];
