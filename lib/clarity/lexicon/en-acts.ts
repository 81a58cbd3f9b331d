// What a sentence does to the reader, as patterns over the spelled-out,
// lower-cased sentence (greeting and "Name," already stripped). The engine
// (acts.ts) tries each list at the start of the sentence and, for asks, at
// the start of each clause; see docs/clarity.md.
import { DIFFUSE, MODAL, YOU } from './en-words';

const SUBJECT = `(?:${YOU}|we|i|it|they|he|she|there|this|that|the|my|your|our|anyone|anybody|someone|somebody|everyone|everybody)`;
const AUX = `(?:${MODAL}|do|does|did|is|are|was|were|am|have|has|had|shall|should|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|haven't|hasn't)`;

// Asks that open a question or, after "but" or a dash, a statement's clause: listed once, used by both lists.
const HOPING_WE_COULD = "^(?:i|we) (?:was |were |am |'m )?(?:just |only )?(?:sort of |kind of )?(?:wondered|wondering|wonder|hoping|hoped)\\b[^?]{0,60}?\\b(?:could|might|would|can)\\b(?! (?:tell|let me know|remind)\\b)";
const COULD_USE = "^(?:(?:i|we|[a-z]+)(?:'d| would)? )?(?:really |so |just )?(?:could|can) (?:really |defo |definitely )?(?:use|do with) (?:a|an|some|any|your|more|another|extra|the|you|u)\\b";

export const EN_ACTS = {
  /** An unpunctuated chat line that is still a question: auxiliary + subject, or a question word + auxiliary. */
  questionOpeners: `^(?:(?:and|but|so|also|oh|ok|okay|well|or|plus|then|btw|anyway) )?(?:${AUX} ${SUBJECT}\\b|(?:what|when|where|which|who|why|how)(?: time| day| kind of| sort of| else)?(?: (?:${AUX}|time|about)|'s|'re)\\b|any ?(?:one|body) (?:got|have|know|free|around|able|up for)\\b)`,

  /** Small talk and rhetorical questions: no answer is being asked for. */
  phatic: [
    `^how (?:are|r|have|'ve) (?:${YOU})(?: (?:been|doing|keeping|getting on|holding up|feeling|going|today|all|both|two|lot|finding things|settling in))?(?: (?:doing|today|lately|recently|these days|this week|my (?:dear|love|friend)|love|hun|mate|dear))?\\W*$`,
    "^how(?:'s|s| is| are| was| were) (?:it going|things|life|everything|the family|the kids|your (?:day|weekend|week|trip|holiday|break|evening|morning|night|summer|christmas|birthday|mum|dad|family|new job|new place|new house|course|first week|leg|back|knee)|work|the new (?:job|place|house|baby|puppy)|you all|everyone|the (?:trip|holiday|weekend|wedding|party|match|concert))\\b",
    "^(?:what's|whats) up\\W*$", `^(?:are|r) (?:${YOU}) (?:ok|okay|alright|all right|feeling (?:better|ok|okay)|doing (?:ok|okay|alright|better|well)|safe|settled)\\b(?! (?:to|with|for|if)\\b)`,
    `^(?:did|have) (?:${YOU}) (?:get|got|make it|made it) (?:home|back|there|in) ?(?:ok|okay|safe|safely|alright|all right)?\\W*$`, '^how (?:was|did|were) (?:the|your|it|everything)\\b[^?]{0,40}(?:go|went|been)?\\W*$',
    `^(?:can|could) (?:${YOU}|anyone) (?:believe|imagine)\\b`, '^(?:guess what|who knew|who would have thought|who would\'ve thought|what are the odds|why me|what could (?:possibly )?go wrong)\\b',
    '^how (?:cool|great|lovely|amazing|cute|sweet|funny|awesome|crazy|mad|wild|weird|sad|bad|good|lucky|nice|kind|brilliant|gorgeous|annoying|typical|hard can|on earth|the hell)\\b',
    "^(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|ain't) (?:it|that|this|they|he|she|life)\\b[^?]{0,30}\\?$",
    '^(?:right|you know|ya know|am i right|innit|eh|no|yeah|really|seriously|honestly|huh|what|why not|lol|haha|nothing|anyone|anybody|nobody|hello)\\W*$',
    `^(?:and )?(?:${YOU}) (?:can't|cannot|couldn't|won't) even\\b`, "^(?:what's|whats) not to (?:love|like)\\b", '^remember (?:when|that time)\\b', '^(?:how|why) (?:did|do) (?:we|i) ever\\b', '^who (?:doesn\'t|does not) love\\b', '^since when\\b',
    `^(?:do|did) (?:${YOU}) (?:see|hear|watch) (?:that|the|this)\\b.{0,60}(?:!|\\?\\?|lol|haha)`, `^(?:do|did) (?:${YOU}) (?:think|find) (?:this|that|it) (?:is )?(?:funny|fair|ok|okay|acceptable|normal)\\b`,
  ],

  /** The writer offers something, or asks about the reader's needs: an offer, not an ask. */
  offer: [
    "\\bi(?:'d| would) (?:love|be happy|be glad|be delighted) to (?:help|pitch in|chip in|lend a hand|bring|host|drive|cover|do)\\b",
    `\\b(?:${YOU})? ?(?:want|need|fancy|like) (?:me|us) to\\b`, `\\b(?:do|would|d') ?(?:${YOU}) (?:want|need|fancy|like) (?:a |any |some )?(?:hand|help|lift|ride|company|anything|something|a coffee|a cuppa|a drink|a break|me)\\b`,
    `^(?:${YOU} )?(?:need|want|fancy) (?:a |any |some )?(?:hand|help|lift|ride|anything|company|a coffee|a cuppa|a drink)\\b`,
    '^(?:shall|should|can|could|may) (?:i|we) (?:help|give you|lend you|get you|grab you|bring you|make you|pick you|drive you|take (?:it|them|that|some) off|do (?:anything|something) for)\\b',
    '^shall i\\b(?![^?]{0,80}\\bor\\b)', `^(?:do|would) (?:${YOU}) (?:want|like|fancy) to (?:carpool|come|join|grab|get (?:a|some) (?:coffee|lunch|dinner|drink)|have (?:lunch|dinner|a coffee)|meet up|hang out)\\b`, `^(?:is there )?anything (?:else )?(?:i|we) can (?:do|bring|get|help)\\b`, '^what can (?:i|we) (?:do|bring|get)\\b',
  ],

  /** Indirect asks: suggestions, decisions, nudges, permission, wants — action asks even without "you". */
  suggestion: [
    '^(?:how|what) about\\b', '^why (?:not|don\'t (?:you|we|u)|dont (?:you|we|u))\\b', `^what (?:do|would) (?:${YOU}) (?:think|reckon|say) (?:about|of|to|if)\\b`, '^what if (?:we|you|i)\\b',
    `^what happens (?:if|when) (?:${YOU})\\b`, `^how (?:do|would) (?:${YOU}) feel about\\b`, '^care to\\b', '^(?:fancy|wanna|want to|up for)\\b', `^(?:${YOU}) (?:fancy|up for|wanna|want to|game for|keen (?:to|on|for))\\b`,
    `^(?:maybe|perhaps) (?:(?:${YOU}|${DIFFUSE}) (?:could|can|should|might|want|wanna|would)|we (?:could|can|should|might)|ask|try|trying|check|just|give|send|call|text|get|talk|look|start|use|using|some|a different|another)\\b`,
    `^(?:${YOU}) (?:could|should|might want to|may want to|ought to) (?!be\\b|have been\\b|have seen\\b|see\\b)`,
    `^(?:have|did) (?:${YOU}) (?:tried|try|considered|consider|thought about|thought of|checked|check|looked at|look at|looked into|look into|googled|searched|restarted|restart|rebooted|cleared|run|ran|enabled|installed|updated|read)\\b`,
    `^would (?:it|that|this|[a-z]+) (?:work|suit|be ok|be okay|be alright|be fine|do) for (?:${YOU})\\b`, "^(?:wouldn't|would not|isn't|is not) (?:it|that|this) (?:be )?(?:easier|better|simpler|faster|quicker|cleaner|safer|nicer)\\b",
    '^any (?:ideas|suggestions|tips|advice|pointers|recommendations|thoughts) (?:on |about |for )?(?:how|what|where|which|to)\\b', '^(?:suggestions?|ideas|thoughts|advice|tips|recommendations)(?: (?:to|on|for) \\w+)?\\W*$',
    `^how (?:can|could|do|should|would|might|to) (?:i|we) (?!be\\b|know\\b|tell\\b)\\w+`, `^(?:do|does) (?:${YOU}) know how (?:i|we|to|can i|could i|do i)\\b`,
  ],
  decision: [
    '\\b(?:want|like|prefer) me to\\b[^?]{0,60}\\bor\\b', `^which (?:one )?(?:would|do) (?:${YOU}) (?:like|want|prefer) me to\\b`, '\\b(?:need|have) to decide\\b[^.?!]{0,60}\\b(?:whether|if|which|between)\\b',
    '^(?!(?:what|which|where|when|who|how)\\b)[^?]{0,80}?\\b(?:should|shall) (?:i|we)\\b[^?]{0,120}\\bor\\b', '^(?:should|shall) (?:i|we)\\b', `^which (?:one |option |day |time )?(?:do|would|should) (?:${YOU}|we|i) (?:prefer|want|like|pick|choose|go for)\\b`,
    `^(?:${YOU}) (?:ok|okay|happy|fine|good) (?:with|if|to)\\b`, `^(?:is|would) (?:it|that) (?:be )?(?:ok|okay|alright|all right|fine|cool)\\b(?! (?:for|with) (?:you|u)\\W*$)`,
  ],
  nudge: [
    `^(?:did|have|had) (?:${YOU}) (?:get|got|gotten|had|have) (?:a |the )?chance\\b`, `^(?:did|have) (?:${YOU}) (?:manage|managed|get round|got round|get around|got around|remember|remembered|have time|had time)\\b`,
    '^(?:just )?(?:following up|circling back|bumping|chasing)\\b',
  ],
  permission: [
    '^(?:is|would|will) (?:it|there) (?:be )?(?:at all )?(?:possible|any (?:way|chance)|a (?:way|chance))\\b', '^is there (?:\\w+ )?(?:anyone|anybody|someone|somebody|any ?one)\\b',
    `^(?:${MODAL}|is it ok if|is it okay if|would it be ok if|would it be okay if|do you mind if|would you mind if|mind if) (?:i|we)\\b(?! (?:just )?(?:say|add|mention|point out|suggest|be honest|ask (?:why|what|how|where|when|if|whether))\\b)`,
    "^(?:i|we) (?:was |were |am |'m )?(?:just )?(?:wondered|wondering|wonder|hoping|hoped) (?:if|whether|that)? ?(?:i|we) (?:could|can|might|may)\\b",
    HOPING_WE_COULD,
    // "I was thinking we could…?" asks; "I was thinking we could try rotating hosts." only muses.
    "^(?:i|we) (?:was |were |am |'m )?(?:just |only )?(?:sort of |kind of )?(?:thinking|thought)\\b[^?]{0,60}?\\b(?:could|might|would|can)\\b[^?]*\\?$",
    '\\b(?:be|get|there (?:could|might) be) (?:a bit |a little )?(?:more |some |any )?(?:help|support|backup|cover|assistance)\\b',
    `^(?:can|could|would|will) (?:this|it|that|these|they) (?:be|get) \\w+ed\\b`,
  ],
  want: [
    COULD_USE, `^(?:i|we)(?:'d| would) (?:really |so |just )?(?:love|like|appreciate|welcome) (?:it )?(?:if )?(?:${YOU}|${DIFFUSE}|a |an |some |any |the |your |to (?:borrow|get|have|ask|see))`,
    `^(?:(?:i|we)(?:'m| am|'re| are)? )?(?:(?:really|still|urgently|kind of|sort of|kinda|sorta|maybe|just|actually|so|desperately|also|badly) )*(?:need|needing|looking for|in need of|hoping for|hoping to (?:borrow|get|find))\\b(?! to\\b| (?:it|them|that|this|those|these)\\b)`,
    `^(?:(?:i|we) )?(?:really |just )?need to (?:talk|speak|chat|have a word) (?:to|with) (?:${YOU})\\b`, `^i (?:really |just )?hope (?:${YOU}) (?:will|'ll|can|could|would|might)\\b(?! (?:enjoy|like|love|have|be (?:ok|okay|well|fine|feeling)|feel|get better|understand|forgive|know|see|find)\\b)`,
    `^(?:${DIFFUSE}|any of you)\\b[^?.!]{0,60}\\b(?:who|that) (?:could|can|would|might|is able to|will|has|have|is)\\b`,
    `^(?:it|that)(?:'d| would)? (?:be|make) (?:so |really |super |very )?(?:great|good|nice|lovely|amazing|awesome|brilliant|helpful|ideal|perfect|a lifesaver|a big help|a huge help) (?:if|for me if)\\b`,
    `^(?:${DIFFUSE}|any of you|anyone here) (?:got|have|has|know|free|around|available|able|willing|up for|fancy|mind|wanna|want to|can|could|would|going|keen|game|happy to)\\b(?! (?:have been|be (?:lucky|glad|happy|proud|mad|crazy)|have (?:done|said|thought))\\b)`,
    `^(?:do|does|has|have|did) (?:${DIFFUSE}|any of you)\\b[^?]{0,40}?\\b(?:have|got|own|fancy|want|mind|happen to have)\\b`, '^(?:got|have) (?:a |an |any |some )?(?:spare|extra)\\b', `^(?:${DIFFUSE})\\W*$`,
  ],

  /** Statements that only ask for a confirmation: "Just checking the truck is still coming at 7." */
  infoStatements: ["^(?:just |only )?(?:checking|confirming|double-checking|double checking|wanted to (?:check|confirm)|want to (?:check|confirm))\\b(?! in\\b)"],
  /** A question that only wants a piece of information, even when a request pattern also matched ("do you know if…", "what time…"). */
  infoStrong: [
    "^(?:what|whats|what's|when|where|which|whose|whom|why|how)\\b",
    `^(?:do|does|did) (?:${YOU}) (?:know|remember|recall|think|reckon|happen to know|have (?:any )?(?:idea|clue|news|a sense))\\b(?! (?:you|u) (?:could|can|would|might)\\b| (?:anyone|anybody|someone|somebody|a good|any good|of (?:anyone|someone|a good|any))\\b)`,
    `^(?:${MODAL}) (?:${YOU}) (?:please )?(?:tell|remind) (?:me|us)\\b`,
    `^(?:(?:${MODAL}) (?:${YOU}) )?(?:please |kindly |just )?(?:confirm|let me know|tell me|inform(?: me| us)?|advise(?: me| us)?)(?: me| us)? (?:whether|if|what|when|where|which|who|how|the (?:time|timing|date|address|number|name|price|cost|venue|room|place|link|password|dress code|deadline))\\b`, '^any (?:idea|clue|thoughts on why|reason|specific reason|chance of knowing|news|update|updates|word|progress|luck)\\b',
    `^(?:are|r) (?:${YOU}) (?:still )?(?:going|coming) (?:to|tonight|tomorrow|on|this|next)\\b(?! (?:help|bring|do|be|pick|drive|take|give|get|make|cover)\\b)`,
  ],
  /** Who asks a favour of whoever answers ("who can drive?"): an action ask to anyone. */
  whoAction: `^who(?: else)? (?:can|could|would|will|is (?:free|around|able|up for|willing|happy)|'s (?:free|around|able|up for)|wants to|fancies|has (?:a |an |any |some )?(?:spare|car|van|ladder|room|time))\\b`,
  whenAction: `^(?:what|when|which|where|how)\\b[^?]{0,30}\\b(?:can|could|would|will) (?:${YOU}) (?!be\\b|tell\\b|remind\\b|say\\b|think\\b|recommend\\b|suggest\\b|guarantee\\b|know\\b)\\w+`,
  /** "Could each family send…", "can the kids bring…": a modal question whose subject is asked to act. */
  subjectAction: `^(?:can|could|would|will|may) (?:each|every|all|everyone|everybody|the|your|both|all of you|one|any|some|my|our|he|she|they|his|her|[a-z]+ and [a-z]+)\\b[^?]{0,30}? (?:VERB)\\b`,
  /** A statement turned into a question by its tag, or by inverted word order, whatever its last mark: "ur bringing the table arent you ." */
  tagQuestion: `(?:,? (?:aren't|won't|can't|don't|isn't|wouldn't|couldn't)(?: (?:${YOU}|we|they|it|he|she))\\W*$)|(?:, (?:right|yeah|innit|ok|okay)\\W*$)|^(?:can|could|would|will|do|did|does|are|is|have|has|were|was)(?:n't)? (?:${YOU}|anyone|anybody|someone|somebody|we|they|he|she|it|there)\\b`,
  /** Asks that can open a statement's clause after "but", ";" or a dash. */
  contrastive: [
    HOPING_WE_COULD,
    COULD_USE,
    `^(?:i|we)(?:'d| would) (?:really |so |just )?(?:love|appreciate) (?:it )?if (?:${YOU}|${DIFFUSE})\\b`,
  ],
  /** Follow-ups that check the ask, not new asks ("Is that ok?", "Would that work?"). */
  followUps: [
    `^(?:is|would|will|does|did|could|can) (?:that|this|it|thursday|friday|saturday|sunday|monday|tuesday|wednesday|tomorrow|tonight) (?:be )?(?:ok|okay|alright|all right|fine|work|suit|possible|doable|a problem|too much|an option)\\b[^?]{0,30}\\?*$`,
    `^(?:can|could|would|will) (?:${YOU})\\W*$`, '^(?:any chance|yes|thoughts|sound good|sounds good|deal|ok|okay|yeah|please|pretty please|no|maybe)\\W*$', `^(?:what do (?:${YOU}) (?:think|reckon|say)|how does that sound|does that (?:make sense|sound ok|sound okay|work))\\W*$`,
    `^(?:are|r) (?:${YOU}) (?:ok|okay|alright|good|fine|free|around|about|available|up for it|in|home|busy)\\b[^?.!,]{0,30}\\?*$`,
    `^(?:${DIFFUSE}|any of you)(?: (?:else|here))? (?:around|free|about|available|in|awake|up|home)\\b[^?.!,]{0,30}\\?*$`,
  ],
};
