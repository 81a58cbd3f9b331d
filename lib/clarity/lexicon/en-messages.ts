import type { FindingKind } from '../types';
import type { RewriteWords } from './types';

export const EN_MESSAGES: Record<FindingKind, { message: string; suggestion?: string }> = {
  'vague-ask': {
    message: 'Name the one concrete thing you’d like — it’s much easier to say yes (or no) to a specific ask.',
    suggestion: 'Could you [what exactly?]',
  },
  'missing-when': {
    message: 'Add when you need it, or say any time works — then they can check their week before answering.',
    suggestion: ' [when?]',
  },
  'no-easy-out': {
    message: 'Add an easy way to say no — people agree more freely when declining is genuinely fine.',
  },
  'diffuse-ask': {
    message: '“Someone” can feel like nobody in particular. Asking one person or group by name makes it easy to answer.',
    suggestion: '[name]',
  },
  'multiple-asks': {
    message: 'This bundles several asks. Sending the most important one first lets them say yes to part of it.',
  },
  pressure: {
    message: 'This line leans on obligation or urgency. A plain request, with the reason, keeps the yes freely given.',
  },
  'over-apology': {
    message: 'No need to apologise for asking — a warm, direct ask is easier to read and respects you both.',
  },
  hedging: {
    message: 'Several softeners stacked together can hide the ask. Saying it plainly is kind to the reader.',
  },
  'debt-language': {
    message: 'Help isn’t a debt. Saying what the help meant to you lands better than promising to repay it.',
    suggestion: 'I really appreciate it',
  },
  scorekeeping: {
    message: 'Counting past favours can make the ask feel like a bill. Consider a structural ask instead — a rota or turn order.',
  },
};

export const EN_EASY_NO = { chat: 'no worries if not', email: 'No worries at all if it doesn’t work for you.' };

export const EN_HEDGE_LEAD_INS: [string, string][] = [
  ["\\bi (?:was|am|'m) (?:just )?wondering (?:if|whether) (?:maybe |perhaps )?(?:you|u) (?:might |could |would )?(?:possibly |maybe |perhaps )?(?:be able to )?(?:have time to )?", 'could you '],
  ["\\b(?:i don't know|i'm not sure|i am not sure|not sure) (?:if|whether) (?:this|it|that) is (?:even )?(?:possible|ok|okay|alright|doable|realistic|fine|a thing you'd do)(?: to ask)?,? (?:but )?", ''],
  ["\\b(?:only )?if (?:it's|its|it is) not too (?:much )?(?:trouble|hassle|bother|to ask|much)\\b", ''],
  ['\\b(?:kind of sort of|sort of kind of|kinda sorta)\\b', ''],
  ['\\bif at all possible\\b', ''],
  ["\\bwould (?:you|u) (?:maybe |possibly |perhaps )(?:be able to )?", 'could you '],
  ['\\b(?:kind of |sort of )?be able to\\b ?', ''],
];

export const EN_REWRITE: RewriteWords = {
  placeholders: { when: '[when?]', who: '[name]', what: '[what exactly?]' },
  gratitude: 'I really appreciate it',
  softenOpeners: [
    ["^(?:so )?(?:you|u) (?:can|could|should|must|have to|need to) (?:at least )?", 'could you '],
    // "you're doing the school run" → "could you do the school run"
    ...[['coming', 'come'], ['going', 'go'], ['doing', 'do'], ['taking', 'take'], ['driving', 'drive'], ['hosting', 'host'], ['picking', 'pick'],
      ['bringing', 'bring'], ['covering', 'cover'], ['helping', 'help'], ['cooking', 'cook'], ['paying', 'pay']].map(
      ([ing, base]): [string, string] => [`^(?:so )?(?:you|u)(?:'re| are) ${ing} `, `could you ${base} `],
    ),
    ["^(?:so )?(?:you|u) (?:can't|cannot|couldn't|won't) even ", 'could you '],
    ["^(?:you|u)(?: would|'d| will) ", 'could you '],
    ['^the least (?:you|u) (?:can|could) do is ', 'could you '],
    ["^(?:you|u)(?:'re| are) the only (?:one|person) (?:who|that) (?:can|could) ", 'could you '],
    ["^i(?:'m| am) counting on (?:you|u) to ", 'could you '],
    ["^i expect (?:you|u) to ", 'could you '],
  ],
};
