// What a sentence does to the reader, as patterns over the spelled-out,
// lower-cased sentence (greeting and "Name," already stripped). The engine
// (acts.ts) reads these in order; see docs/clarity.md.
import { DIFFUSE, MODAL, YOU } from './en-words';

export const EN_ACTS = {
  /** A question form: the sentence opens with an auxiliary or a question word, or ends with "?". */
  questionOpeners: `^(?:(?:and|but|so|also|oh|ok|okay|well|or|plus|then|btw|anyway) )?(?:${MODAL}|do|does|did|is|are|was|were|am|have|has|had|shall|should|what|whats|what's|when|where|which|who|whom|whose|why|how|any|anyone|anybody|someone|somebody|got|you|is there|are there)\\b`,

  /** Small talk and rhetorical questions: no answer is being asked for. */
  phatic: [
    `^how (?:are|r|is|was|were|have|has|did|'s|s|was) (?:${YOU}|you doing|things|everything|everyone|the family|the kids|it going|your (?:day|weekend|week|trip|holiday|break|evening|morning|night|summer|christmas|birthday|mum|dad|family|new job))\\b`,
    "^how(?:'s|s| is) (?:it going|things|life|everything|the family|your|work|the new)\\b",
    "^(?:what's|whats) up\\b", `^(?:are|r) (?:${YOU}) (?:ok|okay|alright|all right|feeling (?:better|ok|okay)|doing (?:ok|okay|alright|better|well)|home|back|safe|settled)\\b`, `^(?:did|have) (?:${YOU}) (?:get|got|make it|made it) (?:home|back|there|in) ?(?:ok|okay|safe|safely|alright|all right)?\\W*$`, '^how (?:was|did|were) (?:the|your|it|everything)\\b', '^(?:you|u) (?:ok|okay|alright|good|well)\\W*$', '^all (?:good|well|ok)\\W*$', '^hope (?:you|u|all|everyone)',
    `^(?:can|could) (?:${YOU}|anyone) (?:believe|imagine)\\b`, '^(?:guess what|who knew|who would have thought|who would\'ve thought|what are the odds|why me|what could (?:possibly )?go wrong)\\b',
    '^how (?:cool|great|lovely|amazing|cute|sweet|funny|awesome|crazy|mad|wild|weird|sad|bad|good|lucky|nice|kind|brilliant|gorgeous|annoying|typical|hard can)\\b',
    "^(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|wouldn't|won't|ain't) (?:it|that|this|they|he|she|we|you|u|life)\\b[^?]{0,30}\\?$",
    '^(?:right|you know|ya know|am i right|innit|eh|no|yeah|really|seriously|honestly|huh|what|why not|lol|haha)\\W*$',
    "^(?:what's|whats) not to (?:love|like)\\b", '^remember (?:when|that time)\\b', '^(?:how|why) (?:did|do) (?:we|i) ever\\b', '^who (?:doesn\'t|does not) love\\b',
    "^(?:do|did) (?:${YOU}) (?:see|hear|watch) (?:that|the|this)\\b.{0,60}(?:!|\\?\\?|lol|haha)",
  ],

  /** The reader is offered something, or the writer asks about the reader's needs: an offer, not an ask. */
  offer: [
    `\\b(?:${YOU})? ?(?:want|need|fancy|like) (?:me|us) to\\b`, `\\b(?:do|would|d') ?(?:${YOU}) (?:want|need|fancy|like) (?:a |any |some )?(?:hand|help|lift|ride|company|anything|something|a coffee|a cuppa|a drink|a break|me)\\b`,
    `^(?:${YOU} )?(?:need|want|fancy) (?:a |any |some )?(?:hand|help|lift|ride|anything|company|a coffee|a cuppa|a drink)\\b`,
    '^(?:shall|should|can|could|may) (?:i|we) (?:help|give you|lend you|get you|grab you|bring you|make you|pick you|drive you|take (?:it|them|that|some) off|do (?:anything|something) for)\\b',
    '^shall i\\b(?![^?]{0,80}\\bor\\b)', `^(?:is there )?anything (?:else )?(?:i|we) can (?:do|bring|get|help)\\b`, '^what can (?:i|we) (?:do|bring|get)\\b',
  ],

  /** Indirect asks: suggestions, decisions, nudges, permission, wants — action asks even without "you". */
  suggestion: [
    '^(?:how|what) about\\b', '^why (?:not|don\'t (?:you|we|u)|dont (?:you|we|u))\\b', `^what (?:do|would) (?:${YOU}) (?:think|reckon|say) (?:about|of|to|if)\\b`, '^what if (?:we|you|i)\\b',
    `^how (?:do|would) (?:${YOU}) feel about\\b`, '^care to\\b', '^(?:fancy|wanna|want to|up for)\\b', `^(?:${YOU}) (?:fancy|up for|wanna|want to|game for|keen (?:to|on|for))\\b`,
    `^(?:maybe|perhaps) (?:${YOU}|we|ask|try|check|just|give|send|call|text|get|talk|look|start|use|have a)\\b`, `^(?:${YOU}) (?:could|should|might want to|may want to|ought to) (?!be\\b|have been\\b)`,
    `^(?:have|did) (?:${YOU}) (?:tried|try|considered|consider|thought about|thought of|checked|check|looked at|look at)\\b`, `^would (?:it|that|this|[a-z]+) (?:work|suit|be ok|be okay|be alright|be fine|do) for (?:${YOU})\\b`,
  ],
  decision: [`^(?:should|shall) (?:i|we)\\b[^?]{0,120}\\bor\\b`, '^(?:should|shall) (?:i|we)\\b', `^which (?:one |option |day |time )?(?:do|would|should) (?:${YOU}|we|i) (?:prefer|want|like|pick|choose|go for)\\b`, `^(?:${YOU}) (?:ok|okay|happy|fine|good) (?:with|if|to)\\b`, `^(?:is|would) (?:it|that) (?:be )?(?:ok|okay|alright|all right|fine|cool)\\b`],
  nudge: [`^(?:did|have|had) (?:${YOU}) (?:get|got|gotten|had|have) (?:a |the )?chance\\b`, `^(?:did|have) (?:${YOU}) (?:manage|managed|get round|got round|get around|got around|remember|remembered|have time|had time)\\b`, '^any (?:news|update|word|progress|luck)\\b', '^(?:just )?(?:following up|circling back|bumping|chasing)\\b'],
  permission: ['^(?:is|would|will) (?:it|there) (?:be )?(?:at all )?(?:possible|any (?:way|chance)|a (?:way|chance))\\b', '^is there (?:anyone|anybody|someone|somebody|any ?one)\\b', `^(?:${MODAL}|is it ok if|is it okay if|would it be ok if|would it be okay if|do you mind if|would you mind if|mind if) (?:i|we)\\b(?! (?:just )?(?:say|add|mention|point out|suggest|be honest)\\b)`],
  want: [
    "^(?:(?:i|we)(?:'d| would)? )?(?:really |so |just )?(?:could|can) (?:really |defo |definitely )?(?:use|do with) (?:a|an|some|any|your|more|another|extra|the)\\b", `^(?:i|we)(?:'d| would) (?:really |so |just )?(?:love|like|appreciate|welcome) (?:it )?(?:if )?(?:${YOU}|${DIFFUSE}|a |an |some |any |the |your |to (?:borrow|get|have|ask|see))`,
    `^(?:i|we)(?:'m| am|'re| are)? (?:really |still |urgently )?(?:need|needing|looking for|in need of|hoping for|hoping to (?:borrow|get|find))\\b(?! to\\b)`,
    `^(?:it|that)(?:'d| would)? (?:be|make) (?:so |really |super |very )?(?:great|good|nice|lovely|amazing|awesome|brilliant|helpful|ideal|perfect|a lifesaver|a big help|a huge help) (?:if|for me if)\\b`,
    `^(?:${DIFFUSE}|any of you|anyone here) (?:got|have|has|know|free|around|available|able|willing|up for|fancy|mind|wanna|want to|can|could|would)\\b`, '^(?:got|have) (?:a |an |any |some )?(?:spare|extra)\\b', `^(?:${DIFFUSE})\\W*$`,
  ],

  /** A question that only wants a piece of information, even when a request pattern also matched ("do you know if…", "what time…"). */
  infoStrong: [
    "^(?:what|whats|what's|when|where|which|whose|whom|why|how)\\b", `^(?:do|does|did) (?:${YOU}) (?:know|remember|recall|think|reckon|happen to know|have (?:any )?(?:idea|clue|news|a sense))\\b(?! (?:you|u) (?:could|can|would|might)\\b| (?:anyone|anybody|someone|somebody|a good|any good|of (?:anyone|someone|a good|any))\\b)`,
    `^(?:${MODAL}) (?:${YOU}) (?:please )?(?:tell|remind) (?:me|us)\\b`, '^any (?:idea|ideas|clue|thoughts on why|reason|specific reason|chance of knowing)\\b',
  ],
  /** Who asks a favour of whoever answers ("who can drive?"): an action ask to anyone. */
  whoAction: `^who(?: else)? (?:can|could|would|will|is (?:free|around|able|up for|willing|happy)|'s (?:free|around|able|up for)|wants to|fancies|has (?:a |an |any |some )?(?:spare|car|van|ladder|room|time))\\b`,
  whenAction: `^(?:what|when|which|where|how)\\b[^?]{0,30}\\b(?:can|could|would|will) (?:${YOU}) (?!be\\b|tell\\b|remind\\b|say\\b|think\\b|recommend\\b|suggest\\b)\\w+`,
};
