/**
 * The page's cheap first look while someone types: could this draft be a
 * request at all? No lexicon, three small patterns, so the compose helper's page
 * script stays small; the real analysis runs in the background once typing
 * pauses. It must never say no to a draft `analyzeDraft` calls a request (a
 * unit test holds it to that on every labelled draft); saying yes too often
 * only costs one message to the background.
 */
const CUES =
  /[?？]|\b(?:you|u|ya|your|ur|yours|y'?all|please|pls|plz|plis|kindly|can|could|cud|would|wud|will|may|might|should|shall|must|need|needs|needed|want|wanna|help|any ?one|any ?body|some ?one|some ?body|whoever|who|if|let|lmk|mind|wonder\w*|hop(?:e|ing)|expect\w*|owe|sorry|appreciate|fancy|care|how|what|why|maybe|perhaps|duty|fault|turn|time|or|else|otherwise|everyone|every|others?|only|surely|sure|bring|send|grab|get|give|take|pick|call|text|come|go|be|do|make|put|keep|sign|pay|book|check|sort|tell|let's)\b/i;

// "Drop the keys at mine", "ordering from swiggy tonight": a line that opens with a word and then an object may be an imperative.
const OPENS_WITH_OBJECT = /(?:^|\n)\s*(?!(?:on|in|at|to|for|from|of|by|with)\b)(?:\p{L}+ ){1,2}(?:the|my|me|us|it|them|this|that|a|an|some|from|to|for|on|at|up|out|in|off|back|down|over)\b/iu;

// A sentence or more is always worth one look from the background: an ask can hide in any wording.
const LONG_ENOUGH = /(?:\S+\s+){7}\S/;

export function mightBeRequest(text: string): boolean {
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  return CUES.test(head) || OPENS_WITH_OBJECT.test(head) || LONG_ENOUGH.test(head);
}
