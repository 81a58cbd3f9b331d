// The families in TAXONOMY.md's definitions, written as patterns over clause
// shapes rather than over idioms: a conditional threat is "if you don't … /
// … or else" followed by a consequence that hurts the reader, whatever the
// words; a presumed yes is "so I'm sure you'll …"; a tally is the writer's own
// help counted over time. Each list is spread into the lexicon beside the
// older, idiom-level patterns.
import { DIFFUSE, MONTH, YOU } from './en-words';

const MONTH_WORD = `${MONTH}|may`;

const COUNT = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|so many|countless|endless|multiple|a dozen|a few|a couple of|both)';
const PERIOD = '(?:days?|weeks?|weekends?|months?|years?|times?|nights?|mornings?|evenings?|sundays?|saturdays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|shifts?|matches|games?|meetings?|sessions?|christmases|summers|terms?|seasons?|runs?|trips?|rounds?|visits?)';
const ORDINAL = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|\\d+(?:st|nd|rd|th))';
// Consequences that hurt the reader: the difference between a threat and an easy out.
const HARM = "(?:on (?:you|u)\\b|tell|telling|told|report|reporting|escalat\\w*|complain\\w*|go to|going to|take (?:it|this) to|bring it up with|fault|blame|never|not (?:doing|helping|coming|speaking|talking|driving|paying|covering|going to|gonna)|won't (?:be|help|ask|speak|talk|forget)|lose|losing|lost|gone|ruin\\w*|regret|sorry|drop|dropping|dropped|kick\\w*|cancel\\w*|without (?:you|u)|the board|the council|the landlord|the police|backed out|outside your door|calling a man|you're paying|find another|no option|no choice|have to (?:tell|report|go|escalate|let)|assume|burst|falls? apart|fall through|heartbroken|devastated|gutted|upset|disappointed|crushed|hurt|hear about it|consequences|done with|through with|over between)";

// Occasions people anchor a favour to: "before tea", "for the May tournament", "by the budget meeting".
// Occasions that fix a time of day or year ("before tea", "by payday", "over Christmas"). A bare event ("for the fair") is no time: the reader still can't tell when.
const OCCASION = '(?:lunch|lunchtime|tea|teatime|dinner|dinnertime|breakfast|brunch|supper|school|work|bedtime|payday|pay day|salary day|holidays?|half-term|christmas|easter|diwali|eid|holi|thanksgiving|new year|summer|winter|spring|autumn|fall|weekend|ramadan|end of (?:the )?(?:day|week|month|term|year|season|quarter|sprint|shift)|start of (?:the )?(?:day|week|month|term|year|season|shift))';

// Who did the helping, what helping is, and how it gets counted: the three parts of a tally.
const ME = "i|i've|i have|i had|i've been|i have been|i was|i'm|i am|i've now|i have now|i already|i've already|we've|we have|that's me|it's always me who|some of us have been";
const HELP = 'did|done|doing|paid|paying|cooked|cooking|drove|driven|driving|covered|covering|cleaned|cleaning|hosted|hosting|booked|booking|bought|buying|organi[sz]ed|organi[sz]ing|ran|run|running|handled|handling|trained|fronted|sent|made|making|picked|picking|wrote|written|writing|took|taken|taking|baked|wrapped|typed|sorted|fixed|chased|collected|babysat|walked|washed|fed|lent|given|gave|mowed|tidied|hoovered|carried|set up|stayed|bowled|scored|mentored|reviewed|stepped in|filled in|helped|looked after|watched|minded|brought|delivered|arranged|planned|emptied|shopped|cleared|swept|mopped|ironed|served|ordered|opened|locked|put up|dropped|collected|answered|phoned|rang|called|visited';
const HELP_PRESENT = 'buys|cooks|cleans|drives|pays|books|does|organi[sz]es|hosts|washes|tidies';
const QUANT = `every (?:single )?(?:day|week|weekend|time|month|year|night|morning|evening|match|game|shift|one|term|season|meeting|set|form|newsletter|sponsor|school run|\\w+ run)|all (?:week|month|year|term|season|summer|weekend|the \\w+)|${COUNT} (?:of (?:the|our|your) )?(?:last )?(?:\\w+ )?${PERIOD}(?: (?:running|in a row|straight))?|${ORDINAL} (?:\\w+ )?${PERIOD}|in a row|running|straight|since (?:august|september|october|november|december|january|february|march|april|may|june|july|easter|christmas|summer|spring|the start|last)|on my own|by myself|single-handedly|alone|the last (?:\\d+|two|three|four|five|six|few|several|ten|twelve) \\w+|this (?:season|month|year|term|week|summer)|for (?:\\d+|two|three|four|five|six|many|several) (?:years|yrs|months|weeks|seasons|sprints|terms)|twice|three times|again and again|over and over|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\w* (?:and|AND|&) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|(?:mon|tue|wed|thu|fri|sat|sun)\\w*, (?:mon|tue|wed|thu|fri|sat|sun)`;

export const FAMILIES = {
  /** A time anchor that a date parser would miss: an occasion, a condition, a season, a stretch. */
  when: [
    // "before tea", "by lunch": a meal or a term fixes a time; "something for tea" names the meal, not a time.
    `\\b(?:by|before|until|till|til|at|after|during|over|around|ahead of|in time for|the day of|the night of|the morning of)(?: the| my| our| your| his| her| their| this| next| tomorrow's| today's| tonight's| [a-z]+'s)?(?: [\\w.:-]+){0,2}? ${OCCASION}\\b`,
    '\\b(?:this|next|over the|in the|during the|for the|all|through the|coming) (?:summer|winter|spring|autumn|fall|term|semester|season|quarter|holidays?|break|half-term|fortnight|sprint|cycle|financial year)\\b',
    "\\b(?:before|until|till|by the time|as soon as|once) (?:you|u|we|i|they|he|she|your \\w+|my \\w+|the \\w+|our \\w+|his \\w+|her \\w+|their \\w+|everyone)(?:'s|'re|'m)? (?:leave|leaves|arrive|arrives|go|goes|get back|gets back|come|comes|finish|finishes|start|starts|head off|get home|gets home|land|lands|close|closes|open|opens|wake|wakes|are back|is back|get in|gets in|fly|flies|move|moves)\\b",
    "\\b(?:when|whenever|once) (?:you|u)(?:'re| are)? (?:get|have|find|got|free|done|back|home|around|ready|next)\\b",
    '\\b(?:every|each|once a|twice a) (?:day|week|month|year|morning|evening|night|weekend|term|fortnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|match|game|shift|session)\\b',
    '\\b(?:for|over|during|in) the (?:next|last|coming|first) (?:\\d+|two|three|four|five|six|few|couple of) (?:days|weeks|months|nights|hours)\\b', '\\b(?:for|during) the (?:\\d+|two|three|four|five|six|few) (?:days|weeks|months|nights) (?:i|we|you|she|he)\\b',
    '\\b(?:for|by|at|before|till|until|around|from) (?:[1-9]|1[0-2])(?:[.:][0-5]\\d)?(?:ish| ?o\'clock| ?[ap]\\.?m\\.?)?(?=\\s*(?:[?!.,]|$|today|tomorrow|tonight|on\\b|pls|please|x\\b|sharp|latest|at the latest))',
    `\\b(?:in|for|during|take|takes|through|until|till|by|before|after|from|over|across|covering) (?:${MONTH_WORD})\\b`, `\\b(?:${MONTH_WORD}) (?:and|or|to|through|-) (?:${MONTH_WORD})\\b`,
    '\\bin (?:\\d+|five|ten|two|three|a few|a couple of|a sec|a second|a bit|a mo|a minute|an hour)\\b', '\\b(?:no rush|no hurry|no deadline|in your own time|at your (?:leisure|convenience)|when(?:ever)? (?:suits|works|it suits|it works)|any day|some time|sometime)\\b',
    '\\b(?:at|by|before|for) (?:the )?(?:end|start|beginning|middle) of (?:the |this |next |each |every )?(?:day|week|month|term|year|season|quarter|sprint|shift)\\b', '\\b(?:first|last) thing\\b', '\\b(?:later|later on|later today|soon|shortly|this arvo|arvo|the arvo|tmrw arvo)\\b',
  ],

  /** Asks made through pressure, obligation or a presumed yes: requests whatever their grammar. */
  request: [
    // A threat makes the ask: "if it's not cut back by the weekend I'll…", "clean up tonight or I'm…".
    `\\bif (?:${YOU}|it|this|that|the \\w+|[a-z]+)(?:'s|'re| is| are)? (?:don't|do not|doesn't|does not|won't|will not|isn't|is not|aren't|are not|not|haven't|hasn't|can't|cannot|never)\\b[^.?!]{0,80}?\\b(?:i'll|i will|i'm|i am|we'll|we will|i have to|i'll have to|i'd have to|i will have to|you'll|she'll|he'll|they'll|it'll|there'll|don't)\\b[^.?!]{0,60}\\b${HARM}`,
    `\\b(?:or (?:else )?|otherwise,? |else )(?:i'll|i will|i'm|i am|we'll|we will|we lose|it'll|it will|it's|you'll|you're|the whole|everything|i have to|i'll have to|they'll|she'll|he'll|find another|there'll)\\b[^.?!]{0,60}?\\b${HARM}`,
    '^either (?:you|u) \\w+',
    // A presumed yes: "so I'm sure you'll…", "I'll expect you…", "surely you can…".
    `\\b(?:i'm sure|i am sure|i just know|i know|surely|obviously|i'm confident|no doubt|i trust)(?: that)? (?:${YOU})(?:'ll| will| can| could| won't| wouldn't)\\b(?! (?:understand|be fine|love|enjoy|like|have (?:a|fun)|find (?:it|this)|agree|see|know|be (?:ok|okay|pleased|happy|glad|thrilled|busy|tired))\\b)`,
    `\\b(?:${YOU}) (?:can|could|will) surely\\b`, `\\bi(?:'ll| will| shall) (?:expect|count on|be counting on|rely on|be relying on) (?:${YOU}|your)\\b`,
    `\\b(?:so|and|then|that's why|which is why) (?:${YOU})(?:'ll| will|'re| are| can) (?!be (?:fine|ok|okay|glad|pleased|happy)\\b|love\\b|enjoy\\b|like\\b|see\\b|know\\b)\\w+[^.?!]{0,60}?(?:,? (?:won't you|will you|right|yeah|yes|ok|okay|aren't you|innit|na|yea)\\?|$|\\.)`,
    // Obligation: "you really ought to…", "as the owner you are expected to…", "somebody needs to…".
    `\\b(?:${YOU}) (?:really |honestly |just |surely |definitely |simply |seriously )?(?:ought to|are expected to|were expected to|are supposed to|need to|have to|must|should really|really should)\\b(?! (?:be (?:proud|careful|tired|exhausted|joking|kidding)|see|know|hear|try (?:the|this|it|their)|watch|read|check out|visit|come (?:and see|see)|have (?:been|had|seen))\\b)`,
    `\\b(?:${DIFFUSE}|other people|people|the rest of (?:you|u)|everyone else) (?:really )?(?:needs? to|has to|have to|must|should|gotta|got to|ought to)\\b`,
    `^(?:${DIFFUSE}) (?:please )?(?:VERB)\\b`,
    // Wants said to the reader: "I'm writing to ask whether…", "it would mean the world if…".
    "\\b(?:i'm|i am|i was|i'm just|i wanted|i just wanted) (?:writing|reaching out|emailing|messaging|texting|getting in touch|contacting you) to (?:ask|see|request|find out if|check (?:if|whether))\\b",
    "\\bi (?:wanted|want|would like|'d like) to ask (?:if|whether|you|for|about|a favou?r)\\b",
    `\\bit (?:would|'d|will) mean (?:the world|a lot|so much|everything|a great deal)(?: to (?:me|us|him|her|them))? (?:if|for)\\b`,
    `\\bi (?:could|can) (?:really |so )?do with (?:${YOU}|your)\\b`,
    `\\bi(?:'d| would) (?:think|hope|have thought) (?:${YOU}) (?:could|would|might|can)\\b`,
    `^if (?:${YOU}|${DIFFUSE}|any of you|one of you|some of you|those of you)(?: \\w+){0,3}? (?:could|can|would|has|have|had|are able|were able|is able|got|fancies|fancy|wants? to|feels? like|is free|are free|happen to)\\b(?![^.?!]{0,60}\\b(?:i'll|i will|i can|let me know if you need|just shout|call me)\\b)`,
    // A hedged or indirect ask: "maybe somebody could possibly look into…", "I was thinking someone could own…".
    `\\b(?:maybe|perhaps|possibly|if|whether|that|hoping|thinking|wondering|wondered)\\b[^.?!]{0,40}?\\b(?:${DIFFUSE}|${YOU}) (?:could|can|might|would|will)(?: (?:maybe|possibly|perhaps|please|just|somehow|kindly|be able to))* (?:VERB)\\b`,
    `\\b(?:so|then|now) (?:${YOU}) (?:VERB)\\b`, `\\bput (?:your|ur) name down\\b`,
    `\\bi(?:'ve| have)? (?:already )?(?:told|promised|assured) (?:everyone|everybody|them|the \\w+|\\w+) (?:that )?(?:${YOU}(?:'re| are|'ll| will|'d)|it(?:'ll| will|'d) be)\\b`,
    `\\b(?:would|'d) (?:really |so |greatly |truly )?(?:appreciate|welcome|love)\\b[^.?!]{0,40}\\b(?:help|support|hand|volunteers?|anything|whatever|input|ideas|thoughts)\\b`,
    // A demand said as an expectation: "I expect it done by Friday", "it's only right you do…", "it's time you…".
    `\\bi (?:expect|want|need) (?:it|this|that|them|the \\w+)(?: to be)? (?:done|fixed|sorted|paid|back|returned|cleaned|finished|signed|sent)\\b`, `\\b(?:we'll|we will|i'll|i will) be expecting\\b`, `\\b(?:it's|it is) (?:only )?(?:right|fair|time|high time|about time) (?:that )?(?:${YOU})\\b`,
    `\\bthe least (?:decent |you |u )?(?:thing )?(?:would be|you could do|u could do) (?:is )?(?:for (?:${YOU}) )?to\\b`, `\\b(?:so )?i (?:really )?hope (?:${YOU})(?:'ll| will| can)\\b(?! (?:enjoy|like|love|have|be (?:ok|okay|well|fine)|feel|get better|understand|forgive|know|see|find)\\b)`,
    `\\b(?:${YOU}) (?:also|too|as well) (?:VERB)\\b`, `\\b(?:so|and|then) (?:tonight|today|tomorrow|this time|now|next time|this week|march|april|may|june)? ?(?:you're|you are) (?:\\w+ing)\\b(?! (?:me|us)\\b)`,
    `^(?!(?:i|we|you|u|they|he|she|it|the|a|an|my|our|this|that|there|if|so|and|but|when|what|how|who|why|where|which|please|just|also)\\b)[a-z]+ (?:please |pls )?(?:VERB) (?:the|my|your|his|her|our|their|me|us|it|them|this|that|a|an|some)\\b`,
    // A turn taken for the reader: "this time you pay", "you're ordering dinner", "be there".
    `\\b(?:this time|next time|tonight|today|tomorrow|now) (?:${YOU}) (?:pay|do|drive|cook|host|buy|clean|wash|take|bring|book|handle|sort|get)\\b`,
    `^(?:please |pls |so |and |then )?be (?:there|here|at|on time|ready|home|back|outside|early)\\b`,
  ],

  /** Leverage for a yes: threat, guilt, obligation, flattery, manufactured urgency, social proof. */
  pressure: [
    `\\bif (?:${YOU}|it|this|that|the \\w+|[a-z]+)(?:'s|'re| is| are)? (?:don't|do not|doesn't|does not|won't|will not|isn't|is not|aren't|are not|not|haven't|hasn't|can't|cannot|never)\\b[^.?!]{0,80}?\\b(?:i'll|i will|i'm|i am|we'll|we will|i have to|i'll have to|i'd have to|i will have to|you'll|she'll|he'll|they'll|it'll|there'll|don't)\\b[^.?!]{0,60}\\b${HARM}`,
    `\\b(?:or (?:else )?|otherwise,? |else )(?:i'll|i will|i'm|i am|we'll|we will|we lose|it'll|it will|it's|you'll|you're|the whole|everything|i have to|i'll have to|they'll|she'll|he'll|find another|there'll)\\b[^.?!]{0,60}?\\b${HARM}`,
    `\\b(?:it'll|it will|it'd|it would|that'll|that will|it's|that's) (?:all |be all |be )?(?:your|ur) (?:fault|doing|problem|responsibility)\\b`, `\\b(?:on|it's on) (?:your|ur) (?:head|conscience)\\b`,
    `\\b(?:she|he|they|mum|mom|dad|nan|grandma|the kids|everyone|we)(?:'ll| will| would|'d| is going to| are going to) (?:be )?(?:so |really |absolutely |completely |just )?(?:heartbroken|devastated|crushed|gutted|so upset|really upset|hurt|disappointed|in tears)\\b`,
    `\\b(?:cried|crying|was in tears|in tears) (?:on the phone )?because (?:${YOU})\\b`, "\\bi'd hate to (?:have to )?(?:tell|explain|let)\\b", "\\bi'm not (?:explaining|telling) (?:that|this|it) to\\b", "\\bdon't come (?:crying|running|complaining)\\b",
    "\\b(?:isn't|is not|aren't|am not|i'm not) getting any younger\\b", '\\bbreak (?:a|my) (?:hip|neck|back)\\b', "\\b(?:it'd|it would|it will|it'll|that'd|that would) look (?:awful|bad|terrible|dreadful|so bad|really bad)\\b", '\\bwhat (?:will|would) people (?:think|say)\\b',
    `\\b(?:${YOU}) (?:really |honestly |surely |definitely |simply )?(?:ought to|are expected to|owe it to)\\b`, `\\bit(?:'s| is) (?:only )?(?:fair|right|about time) (?:that )?(?:${YOU})\\b`, `\\bas (?:a|the|my|our) [a-z]+(?: [a-z]+)?,? (?:${YOU}) (?:really |surely )?(?:should|ought|need|have|must|are expected)\\b`,
    "\\bi think i'm (?:allowed|entitled) to\\b", `\\bput (?:your|ur) name down\\b`, `\\bi(?:'ve| have)? (?:already )?(?:told|promised|assured) (?:everyone|everybody|them|the \\w+|\\w+) (?:that )?(?:${YOU}(?:'re| are|'ll| will|'d)|it(?:'ll| will|'d) be)\\b`, '\\bno excuses?\\b', "\\bdon't make it worse\\b", "\\b(?:last|final) (?:warning|reminder|chance)\\b",
    `\\b(?:i'm sure|i am sure|i just know|i know|surely|obviously|i'm confident|no doubt)(?: that)? (?:${YOU})(?:'ll| will| can| could| won't| wouldn't)\\b(?! (?:understand|be fine|love|enjoy|like|have (?:a|fun)|find (?:it|this)|agree|see|know|be (?:ok|okay|pleased|happy|glad|thrilled|busy|tired))\\b)`,
    `\\b(?:${YOU}) (?:can|could|will) surely\\b`, `\\bi(?:'ll| will| shall) (?:expect|count on|be counting on) (?:${YOU}|your)\\b`, `\\b(?:i know|i'm sure) (?:${YOU}) (?:won't|wouldn't) (?:mind|say no|refuse|let)\\b`,
    // Flattery that carries the ask: praise, then "so you'll…".
    `\\b(?:${YOU})(?:'re| are|'ve| have| always) (?:so |such |honestly |simply |literally |easily )?(?:the best|the only|brilliant|amazing|a genius|a star|a legend|so good|great|the smartest|the most \\w+|the strongest|got the best|the prettiest|the nicest|know (?:just )?what)\\b[^.?!]{0,100}?\\b(?:so|that's why|which is why)\\b[^.?!]{0,20}?\\b(?:${YOU}(?:'ll| will|'re| are| can)|i (?:just )?know|i'm sure|surely|obviously|i've told|i'll)`,
    `\\b(?:nobody|no one|no-one|none of us)(?: else)? [a-z]+s? [^.?!]{0,40}?\\blike (?:${YOU}) do\\b[^.?!]{0,40}?\\bso\\b`, `\\ba (?:genius|star|pro|legend|big strong \\w+|clever \\w+|smart \\w+) like (?:${YOU})\\b`, '\\bthe (?:prettiest|nicest|best|neatest) \\w+ of anyone\\b',
    // Manufactured urgency.
    '\\b(?:in|within) the next (?:\\d+|few|couple of|one|two|three|five|ten|fifteen|twenty|thirty|half an?) ?(?:minutes|mins|min|hours|hrs|hour|seconds|secs)\\b', '\\bthis (?:minute|second|instant)\\b', '\\bdrop everything\\b', '\\b(?:urgent|asap|emergency)\\W{0,3}!{2,}', "\\b(?:answer|reply|respond|call|text) (?:me|back) (?:now|right now|immediately|asap|this minute)\\b", `\\b(?:${YOU}) (?:answer|reply to|respond to) me\\W*!+`,
    // Threat in general: after "or / otherwise / failing which", or after "if you don't", the writer's next move.
    `\\b(?:or(?: else)?|otherwise|failing which|else)\\b,? (?:i'll|i will|i'm|i am|we'll|we will|i'm going to|i swear|i have to|i'll have to|i'd have to|you'll|you will|it'll|it will|they'll|everything will|(?:the|my|our) \\w+ (?:will|is going to))\\b(?! (?:just |happily |gladly )?(?:ask|find (?:someone|somebody|another (?:way|time|day|slot))|try|manage|figure|sort it|get someone|see if|do it|do that|do them|handle it|take it|understand|pick (?:it|some|them) up|grab|check with|go with|book|call (?:the|a) (?:custodian|plumber|cab|taxi)|be (?:fine|ok|okay)|wait|rearrange|move it|cover)\\b)`,
    // "If you don't…, I'll…": a refusal (not an inability: "if you're not free" is an easy out) and then the writer's move.
    `\\bif (?:${YOU}|ur) (?:don't|do not|won't|will not|never|refuse to)\\b(?! (?:mind|have time|want to|wanna|feel like|fancy)\\b)[^.?!]{0,60}?,? (?:i'll|i will|i'm|i am|we'll|we will|i'm going to|i have to|i'll have to|you'll|it'll|(?:the|my|our) \\w+ will|she'll|he'll|they'll)\\b(?! (?:just )?(?:ask|find|try|manage|figure|understand|do it|do that|see|check|get someone|be fine|wait|pick|grab|sort it|handle it|cover|take it|call (?:the|a) \\w+)\\b)`,
    `\\bif (?:it|this|that) happens again\\b`, `\\b(?:decide|answer|reply|tell me|let me know|confirm)(?: \\w+)? in (?:\\d+|a few|ten|five|two|thirty) (?:sec|secs|seconds|min|mins|minutes)\\b`, "\\b(?:can't|cannot) wait (?:another|one more) (?:minute|second|day|hour)\\b", '\\bno time to (?:discuss|argue|talk)\\b',
    // Social proof: half, most or all of the others have already…, everyone except you.
    `\\b(?:half|most|all|every|the rest|the others?|literally everyone|everyone|everybody)\\b[^.?!]{0,40}?\\b(?:has|have|had|is|are)(?: \\w+){0,2}? (?:already |all )?(?:signed|paid|sent|done|agreed|contributed|volunteered|replied|committed|booked|chipped in|put|brought)\\b`, `\\b(?:already|all) (?:signed|paid|sent|done|agreed|chipped in|contributed|volunteered|replied|said yes|committed|booked|signed up)\\b[^.?!]{0,40}\\bexcept\\b`,
    `\\b(?:the other|all the other|most of the other) \\w+ (?:have|has|had|are) (?:got )?(?:\\d+|three|four|five|ten|twenty|thirty|loads|lots|plenty)\\b`, `\\bpeople are (?:starting to )?(?:notice|noticing|talk|talking|asking questions)\\b`, `\\b(?:you're|you are|ur) the last (?:\\w+ )?(?:one|person|family|house|household) (?:who|that|not|in|to)\\b`,
    // Guilt: the martyr, the held promise, the family tie, the shamed absence.
    "\\bi (?:guess|suppose) i(?:'ll| will)? just (?:\\w+ ){0,3}?(?:manage|sit|do it|cope|stay|wait|sort it|carry on|be)\\b", '\\b(?:on my own|by myself|alone) like (?:always|usual|every time|i always do)\\b',
    `\\b(?:${YOU}) (?:always )?(?:said|promised|told me) (?:you'd|you would|i could|that you|that i could)\\b`, '\\bholding (?:you|u) to (?:that|it)\\b', '\\bkeep (?:that|your) word\\b', "\\bi (?:really )?thought (?:you'd|you would|i could) (?:have my back|be there|help|back me|care)\\b",
    "\\bi(?:'d| would) do the same for (?:you|u)\\b", "\\bi never thought i(?:'d| would) have to ask\\b", `\\b(?:you're|you are|ur|u r) (?:her|his|their|my|our) (?:daughter|son|sister|brother|mother|father|mum|mom|dad|family|friend|grandson|granddaughter|nephew|niece|child)(?: too)?\\b`,
    `\\bif (?:she|he|they|it|i|we|this|the \\w+) (?:really )?mattered to (?:${YOU})\\b`, '\\b(?:would|will) be (?:so )?(?:ashamed|turning in (?:his|her) grave)\\b', `\\bwould(?:'ve| have) wanted (?:${YOU})\\b`, '\\btoo (?:busy|important|grand) for (?:old people|us|your (?:mum|mom|family|grandma|gran|mother|father|dad))\\b',
    '\\bcried (?:herself|himself|themselves|myself) to sleep\\b', `\\b(?:cried|was crying|in tears) because (?:${YOU})\\b`, "\\bwhy (?:his|her|their|your) own \\w+ (?:can't|won't|couldn't)\\b", '\\b(?:the kids|everyone|people|they|she|he) will know why\\b', "\\bi'd hate for (?:that|this|it|things) to\\b", "\\bi'd hate to be the one\\b",
    `\\b(?:is|would) (?:a|one|that|it)\\b[^.?!]{0,40}\\breally too much(?: to ask)?\\b`, "\\bsurely (?:it's|it is) not too much to (?:ask|expect)\\b", "\\bis (?:that|it|this) (?:really )?(?:too much|so much) to ask\\b", "\\b(?:it's|it is) (?:every|each) [a-z]+(?:'s)? (?:duty|job|responsibility)\\b",
    `\\b(?:high|about) time (?:${YOU})\\b`, '(?:,|\\bso)[^.?!]{0,60}\\bend of\\W*$', '\\bno (?:ifs|arguments|discussion|debate|buts)\\b', `\\b(?:would|will) (?:collapse|fall apart|be lost|sink|fold|grind to a halt) without (?:${YOU})\\b`, "\\b(?:there's|there is) (?:simply |literally |just |really )?(?:no one|nobody|no-one) else\\b",
    `\\b(?:${YOU})(?:'re| are) (?:honestly |literally |really )?the only (?:one|person|people)(?: \\w+){0,5}? (?:who|that|i|we)\\b`, `\\b(?:you're|you are) the (?:treasurer|captain|chair|secretary|owner|manager|lead|organi[sz]er|coordinator|parent|adult|eldest)\\W*$`, `\\b(?:you|u) make the best\\b[^.?!]{0,60}\\beveryone knows\\b`,
    // Social proof.
    '\\b(?:every|all the|all|literally every|each) other\\b[^.?!]{0,50}?\\b(?:has|have|is|are|did|does|doing|done|already|sent|signed|paid|coming|going|agreed)\\b',
    '\\b(?:everyone|everybody|all of them|all the others|the others|the rest|literally everyone|all (?:the|your|ur) (?:other )?(?:friends|mums|moms|dads|parents|families|neighbou?rs|members|volunteers|guys|lads))\\b[^.?!]{0,40}?\\b(?:already|is (?:contributing|coming|doing|paying|helping|in)|are (?:contributing|coming|doing|paying|helping|in))\\b',
    `\\b(?:it's|its) only (?:really )?(?:${YOU}|yours?)(?: (?:left|outstanding|missing|we're waiting|who hasn't|that hasn't))?\\b`, `\\bonly (?:${YOU}) (?:are|is|is being|are being) (?:being )?(?:difficult|holding|left|missing)\\b`, `\\b(?:${YOU})(?:'re| are) the only one (?:who|that) (?:hasn't|hasnt|has not|didn't|haven't|isn't)\\b`,
  ],

  /** A low-cost way to decline: a fallback the writer names when the reader can't or won't. */
  easyNo: [
    `\\bif (?:${YOU}|it|this|that|the \\w+|[a-z]+)(?:'s|'re| is| are)? (?:not|too|n't|can't|cannot|busy|swamped|tired|away|out|unable|no good|not up to|a no)\\b[^.?!]{0,50}?,? ?(?:then )?(?:i'll|i will|i can|we'll|we can|i could|we could|i'd|no worries|no problem|that's fine|it's fine|all good|just say|just tell|just let me know)\\b(?![^.?!]{0,60}\\b${HARM})`,
    `\\b(?:say|tell me|let me know|shout|just say|text me|message me)(?: so)? if (?:that's|it's|this is|that is|it is|the \\w+(?:'s| is)|you're|you are|you'd rather|you can't|not)\\b`,
    `\\b(?:a |an )?(?:no|yes or no|either answer|either way|whatever you decide|any answer)(?: is| are|'s)? (?:totally |completely |perfectly |absolutely |also |always )?(?:fine|ok|okay|good|welcome|great|understood|cool)\\b`,
    `\\bor i(?:'ll| will| can) (?:ask|find|get|try|go with|sort|manage|figure|do it|pick|grab|call|move)\\b(?![^.?!]{0,60}\\b${HARM})`,
    // A condition on the reader's side, then a release: the writer's fallback, someone else, "just tell me", "no worries".
    `\\bif (?!(?:${YOU}|ur) (?:can|could|are able|have time|do|will|would|need|want|like|fancy)\\b)(?:${YOU}|ur|you're|it's|it is|that's|this|it|no one|nobody|no-one|none of (?:you|u)|any of (?:these|those|them|this)|your \\w+|the \\w+|[a-z]+ (?:is|are))\\b[^.?!]{0,60}?,? (?:then )?(?:(?:please |pls |kindly |just )?(?:tell|let me know|say|ignore|skip|leave|don't worry|do not worry|no worries|forget)|(?:i|we)(?:'ll| will|'m happy to| am happy to| can| could|'d be happy to)|[a-z]+ (?:can|could|will) (?:do|approve|cover|take|handle|help|step in|pick)|(?:it's|that's|it is|that is) (?:not the end of the world|fine|ok|okay|no problem|totally fine|no big deal)|the \\w+ (?:one )?(?:would|will) (?:be|work) (?:fine|too|ok|okay))\\b(?![^.?!]{0,60}\\b${HARM})`,
    `\\bany (?:${YOU}|ur) (?:can't|cannot|don't|do not)\\b`, "\\b(?:else|otherwise),? (?:totally |completely |also )?(?:fine|ok|okay|no worries|no problem|all good|no stress)\\b", '\\bnot the end of the world\\b', '\\b(?:as|a) backup\\b',
  ],

  overApology: [
    "\\b(?:so |really |very |terribly |awfully |super |so so |dreadfully |incredibly )*sorry (?:to|for) (?!hear\\b|say\\b|see\\b|learn\\b|read\\b|report\\b|inform\\b|miss\\b|have missed\\b|disappoint\\b|let you down\\b|cancel\\b|the (?:loss|delay|late|wait|confusion|mix-?up|mess|noise)\\b|your loss\\b|being late\\b|the late\\b|my late\\b|missing\\b|not (?:replying|getting back|answering)\\b|the slow\\b|taking so long\\b|the short notice\\b)(?:\\w+ ){0,4}?(?:ask|asking|bother|bothering|trouble|troubling|add|adding|dump|dumping|put|putting|land|landing|spring|springing|lean|leaning|pester|pestering|nag|nagging|chase|chasing|be|being|keep|keeping|impose|imposing|intrude|intruding|interrupt|interrupting|spam|spamming|bombard|bombarding|write|writing|message|messaging|email|emailing|text|texting|come back|coming back|pile|piling|hassle|hassling|rope|roping|drag|dragging|burden|burdening|load|loading|throw|throwing|do this|the (?:random|long|extra|endless|constant|many|stupid|silly|dumb|daft|late-night|million|hundredth)|this|another|more)\\b",
    '\\b(?:i (?:really |just |absolutely |truly )?hate|i hate) (?:to |having to |doing this|asking|bothering|coming|writing|to even|to keep|to be)\\b(?! say\\b| admit\\b| break it\\b)',
    "\\bi (?:feel|felt) (?:so |really |very |just |absolutely |kind of )?(?:terrible|awful|bad|guilty|horrible|rubbish|dreadful|sheepish|cheeky|like a (?:burden|pain|nuisance|pest|leech|scrounger))\\b",
    "\\b(?:i'm|i am|i've been|i have been|i've become|i have become|i feel like i'm|i feel like i am) (?:so |such |really |rather |a bit of |always |constantly |forever )*(?:a burden|a pain|a nuisance|a pest|a bother|needy|annoying|hopeless|useless|a drain|a leech|a scrounger|coming to you|asking you|on your doorstep|leaning on)\\b",
    "\\ball i (?:ever )?(?:do|seem to do) is (?:ask|take|moan|complain|bother)\\b", '\\b(?:please )?forgive (?:me|an old|a \\w+)\\b', '\\b(?:apologi[sz]e|apologies)\\b[^.?!]{0,30}\\b(?:for (?:even )?(?:asking|bringing|writing|bothering|intruding|imposing|the (?:bother|trouble|intrusion|imposition))|in advance)\\b',
    '\\b(?:sorry|apologies|forgive me),? (?:for )?(?:the |this |a |my )?(?:stupid|dumb|silly|daft|basic|naive|newbie|noob) (?:question|ask|request)\\b', '^(?:dumb|stupid|silly|daft) question\\b',
    "\\b(?:i know|i realise|i realize) (?:you're|you are|you've got|you have|your (?:plate|inbox))\\b[^.?!]{0,40}?\\b(?:busy|swamped|a lot|so much|loads|full|enough on|groaning)\\b", "\\bhere i am (?:again|already)\\b", '\\b(?:yet|once) (?:another|more|again)\\b[^.?!]{0,20}\\b(?:email|message|request|favou?r|ask)\\b',
  ],

  debt: [
    `\\b(?:i|we)(?:'d| would|'ll| will)? (?:so |really )?owe (?:${YOU}|ya)\\b(?! (?:an? |the )?(?:coffee |quick |proper |long |big |phone )?(?:thank-you|thank you|card|chat|catch-up|catch up|meeting|review|look|email|reply|call|text|message|answer|update|response|explanation|apology|visit|letter)s?\\b)`,
    "\\b(?:i'll|i will|i'm going to|i promise to|let me|i'll find a way to|i'll make sure (?:you're|you are)) (?:repay|repaid|pay (?:you|u) back|get (?:you|u) back|make it (?:up to (?:you|u)|worth (?:your|ur) while)|return the favou?r|settle up|square (?:it|up)|make (?:this|that) right)\\b",
    '\\b(?:repay|repaid)\\b', '\\bbeholden\\b', '\\bin (?:your|ur) debt\\b', '\\bput it on my tab\\b', "\\bthe least i (?:can|could) do\\b", '\\bi(?:\'ll| will) (?:get|buy) (?:you|u) (?:back|one)\\b',
    '\\b(?:i|we) can never (?:hope to )?(?:repay|pay you back)\\b',
    // Help as a balance owed: indebted, settle up, pay back, square us, run a tab, "as payment".
    '\\b(?:indebted|obliged to (?:you|u)(?: for life)?)\\b', "\\b(?:in|out of) (?:(?:your|ur|[a-z]+'s) )?debt\\b", '\\b(?:settle|clear|pay off|paying off|repay)\\b[^.?!]{0,20}\\bdebt\\b', '\\bdebt (?:i|we) (?:have to|need to|must|owe)\\b', '\\b[a-z]+ing debt\\b',
    '\\b(?:repaying|paying (?:you|u|this|it|that|each one|the kindness|this kindness|that favou?r|the favou?r)? ?back|pay (?:this|it|that|each one|you|u|the favou?r|this kindness|that kindness) back|pay back)\\b', '\\b(?:paying|pay) (?:this |that |it )?off\\b[^.?!]{0,30}\\b(?:favou?rs?|kindness|debt)\\b',
    `\\bowe (?:whoever|each|every|everyone|all of you|you all|u all|ya|${YOU})\\b(?! (?:an? |the |my )?(?:coffee |quick |proper |long |big |phone |real )?(?:thank-you|thank you|card|chat|catch-up|catch up|meeting|review|look|email|reply|call|text|message|answer|update|response|explanation|apology|visit|letter|text back|message back|ring|note|lunch date)s?\\b)`, `\\b(?:always|forever|still|officially|literally|honestly|basically|definitely|totally|so) owe (?:\\w+ ){0,4}?(?:you|u|ya)\\b(?! (?:an? |the |my )?(?:coffee |quick |proper |long |big |phone |real )?(?:thank-you|thank you|card|chat|catch-up|catch up|meeting|review|look|email|reply|call|text|message|answer|update|response|explanation|apology|visit|letter|text back|message back|ring|note|lunch date)s?\\b)`, '\\b(?:to )?make up for (?:it|this|that)\\b', '\\bmaking (?:this|it|that) up to\\b',
    '\\b(?:square|even) (?:us|things|it|that|the score|accounts)(?: up)?\\b', "\\b(?:i'm|we're|we are|i am) (?:square|even|quits) with\\b", '\\bsettle (?:up|accounts|the score|that favou?r|this favou?r|the favou?r)\\b', '\\bsettle (?:that|this) favou?r\\b',
    "\\bin (?:your|ur|[a-z]+'s) books\\b", '\\bin arrears\\b', '\\b(?:running|racking up|run up|building up) (?:a |quite a |an )?(?:tab|bill)\\b', '\\bkeeping (?:a ledger|track of every)\\b', '\\bmortgaged\\b', '\\b(?:bonded labourer|slave|servant|indentured)\\b',
    '\\bas (?:payment|repayment|a down payment)\\b', '\\b(?:favou?r|that) (?:well and truly )?banked\\b', '\\bcan (?:never|ever) (?:pay|repay)\\b', '\\bmore than i (?:can|could) ever (?:pay|repay)\\b', "\\b(?:i'll|i will) return it someday\\b",
  ],

  /**
   * The writer's own help, counted, in two steps (tally.ts): who helped and how ("i've done", "that's me
   * cooked"), then within the same sentence a count, a stretch of time, a list of jobs, or "always me".
   * Two small patterns instead of one giant one: V8 compiles the giant one far more slowly.
   */
  tallyActor: `\\b(?:${ME}) (?:\\w+ ){0,3}?(?:${HELP})\\b`,
  tallyCount: `^[^.?!\\n]{0,70}?\\b(?:${QUANT})|^[^.?!\\n,]{2,50}, (?:[^.?!\\n,]{2,40}, )*(?:and |& |plus )?(?:(?:${HELP})\\b|the |my |your |his |her |their |our |a |an )[^.?!\\n]{2,40}|^[^.?!\\n]{2,50}? (?:and|&) (?:also )?(?:${HELP})\\b[^.?!\\n]{0,40}\\b(?:this|last|every|all|again|twice|before)\\b`,
  tallies: [
    `\\b(?:(?:it's|its|it is) )?always (?:me|us) (?:who|that|doing|paying|cleaning|cooking|driving|booking)\\b`, `\\b(?:last (?:time|week|month|year)|before that|every time),? (?:it was )?(?:also |again )?me\\b`,
    `\\b(?:last|the last|past) (?:\\d+|two|three|four|five|six|few|several) (?:\\w+ ){0,2}?(?:times|bookings|weeks|months|years|matches|games|sessions|runs|trips|orders|rounds|bills),? (?:i|it was me|me)\\b`,
    `\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:matches|games|weeks|times|years|months|sessions),? (?:\\d+|two|three|four|five) times (?:i'm|i am|i was|it's me|me)\\b`,
    `^(?:me|i):\\s*(?:\\d+ (?:years?|months?|weeks?) of |(?:${HELP_PRESENT})\\b)`, `\\b(?:some of us|i|we)(?:'ve| have)? been (?:doing|covering|handling|paying for|cleaning up)(?: all| most)? (?:the |of the )?\\w+[^.?!\\n]{0,40}\\bwhile (?:others|some|you|they|he|she)\\b`,
    `\\bi (?:skipped|missed|cancelled|gave up|left|sacrificed|stood|waited|drove)\\b[^.?!\\n]{0,50}\\b(?:for (?:you|u|ur|your)|to (?:cover|help|fix|pick up|drop) (?:you|u|ur|your))\\b`, `\\bi(?:'ve| have) always been there for (?:you|u)\\b`,
    `\\b(?:${YOU}|he|she|they|[a-z]+) (?:never|hardly ever|rarely|barely|don't ever|doesn't ever) (?:do|does|help|helps|offer|offers|lift|lifts|pay|pays|cook|cooks|clean|cleans|drive|drives|host|hosts|call|calls|visit|visits|turn up|show up|bother|bothers|chip in|pitch in)\\b`,
    `\\b(?:${YOU})(?:'ve| have)? (?:only |barely |hardly )?(?:had|done|did|been|managed|helped|come|turned up|shown up|covered|paid|driven|hosted|called|visited|cooked)\\b[^.?!\\n]{0,40}?\\b(?:once|twice|never|not once|zero|nothing)\\b`,
    `\\b(?:after|since) (?:i|all i|everything i)(?: \\w+)? (?:stayed|helped|did|done|covered|drove|paid|hosted|lent|gave|cooked|babysat|picked|sorted|organi[sz]ed|brought|fixed|spent|took|wrote|made)\\b`,
    '\\bi(?:\'ve| have) (?:given|spent|put in|sacrificed|lent|paid)\\b[^.?!\\n]{0,40}\\b(?:years|months|weekends|evenings|nights|hours|times)\\b',
    "\\bbent over backwards\\b", "\\bi've been (?:patient|more than patient)\\b", '\\bremember (?:when |how |that )?i (?:\\w+ ){0,2}?(?:for (?:you|u|ur|your))\\b', '\\bi (?:\\w+ ){1,6}for (?:ur|your) [a-z]+[^.?!\\n]{0,20}\\bremember\\b',
  ],

  vagueAsk: [
    `\\b(?:help|support|pitch in|chip in|step up|muck in|do (?:more|something|anything|your bit|my bit)|be there|be around|get (?:more )?involved|sort (?:something|things|it|this) out|help out|lend a hand|find (?:some|a) way to help)\\b(?: (?:me|us|him|her|them|out|more|a bit|a little|again|back))*(?: (?:with|on|for|around) (?:(?:the|a|my|our|this|that|some|all|these|those) )?(?:[a-z]+ )?(?:stuff|things|thing|bits|bits and bobs|everything|it all|whatever|something|anything|all this|all that|that side|stuff around the house|a few things)\\b|\\W*$| (?:in|for) (?:some|any|whatever) way| somehow| more\\b| a bit more\\b| for me\\b\\W*$|,| if you can\\b| when(?:ever)? you can\\b| please\\W*$)`,
    '\\b(?:a bit of|some|any|a little|more) (?:help|support|backup|assistance|involvement)(?: back)?\\b(?! (?:with|to|moving|carrying|on|for|at|getting|setting|packing|cleaning|painting|picking|driving|cooking) (?:\\w+))',
    '\\b(?:in whatever way|any way you can|however you can|whatever you can|what you can|anything (?:at all )?(?:you can|for)|something for me|a thing)\\b',
    `\\b(?:need|needs|needing|want|ask) (?:${YOU} )?(?:to )?(?:do something|a favou?r|help)\\b(?! (?:with|to|moving|carrying|on|for) (?!(?:something|a thing|stuff|things)\\b)\\w)`,
    '\\bneeding a hand with something\\b', '\\b(?:with|about) a thing\\b',
    // "help me with the presentation": help with a thing names no action; "help me carry the sofa" does.
    `\\b(?:help|support|assist)(?: (?:me|us|him|her|them))?(?: out)? (?:with|on) (?!\\w+ing\\b)(?:(?:the|my|our|this|that|a|an|some|his|her|their|your|all|any|the whole) )?(?:[a-z-]+ ){0,3}?(?:thing|stuff|things|situation|presentation|issue|issues|project|problem|matter|load|mess|everything|it all|all of it|prep|preparations|planning|organi[sz]ing|event|fair|fete|party|move|house|garden|kids|mum|mom|dad)\\b`,
    "\\b(?:do|did|does|doing) (?:the )?(?:needful|necessary|right (?:thing|by)|something|anything|what(?:ever)? (?:you can|is needed|needs doing))\\b",
    '\\b(?:look|looking) (?:into|at) (?:it|this|that|them|things|the issue|the matter|the issues|this issue|everything|what\'s going on)\\b',
    '\\b(?:check|resolve|sort|fix|handle|deal with|take care of)(?: it| this| that| them| things| everything| the issues?| the matter| it all)?(?: out)? (?:and (?:resolve|revert|fix|sort|get back)|na|pls|please)\\b',
    `\\b(?:be|being) (?:a bit |a little |much |far |so |just )?(?:more )?(?:helpful|supportive|involved|understanding|considerate|reliable|a shoulder)\\b`, '\\b(?:be|being) (?:there|around|present) (?:for (?:me|us|him|her|them|mum|mom|dad)|more)\\b', '\\baround more\\b',
    '\\b(?:do|doing|did) (?:your|their|his|her|our|my) (?:part|share|bit|fair share)\\b', '\\bpull(?:ing)? (?:your|their|his|her|our|my) weight\\b', '\\bstep(?:ping)? (?:up|forward|in)\\b(?! (?:to|for|as) \\w)', '\\bshow up for (?:me|us)\\b',
    '\\b(?:lend|lending|give|giving) (?:me |us )?a hand\\b(?! (?:with|moving|carrying|to|setting|getting|packing|painting|cleaning) )', '\\bhelp (?:me|us) (?:figure|sort|work) (?:things|it|stuff|this) out\\b', '\\bget my head (?:round|around)\\b', '\\bhave a (?:think|ponder) about\\b',
    '\\bsort (?:this|it|that|things) out\\b', '\\btakes? (?:some )?(?:initiative|ownership)\\b', '\\bsome way (?:of|to)\\b', '\\b(?:odds and ends|bits and bobs|this and that)\\b', '\\b(?:be|get|a bit|little) more involved\\b',
    '\\bbe around (?:a bit|more|for me)\\b', '\\b(?:get|getting) (?:a bit |a little )?more involved\\b', '\\b(?:do|doing) (?:a bit |a little |much |way |lots )?more\\b(?! (?:than|of)\\b)', '\\btake on (?:some|more|a bit)\\b', '\\btake (?:some )?(?:initiative|ownership)\\b',
    '\\bgive (?:me|us|the \\w+) (?:some (?:kind of |sort of )?|a bit of (?:a )?|a )?(?:guidance|support|boost|steer)\\b(?! (?:with|on) \\w)', '\\blighten (?:the|my|our) load\\b', '\\bin my corner\\b', '\\b(?:could|can|might) be done\\b', '\\bhelp (?:me|us)?(?: get)? through (?:this|it|the \\w+)\\b',
    `\\b(?:need|want|could use|appreciate) (?:your|ur|some) (?:support|help|backup|input)\\b(?! (?:with|on|to|for) (?!this\\b|it\\b|that\\b)\\w)`, '\\b(?:some|any) (?:kind|sort) of (?:help|support|guidance|solution|arrangement|support)\\b',
  ],
};
