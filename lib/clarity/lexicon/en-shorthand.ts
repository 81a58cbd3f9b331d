// Chat-speak and shorthand, spelled out before analysis so one rule reads
// "cud u", "could you" and "could u" alike. Keys are whole lower-case tokens;
// the analyzer maps every offset back to the user's own characters.
export const EN_SHORTHAND: Record<string, string> = {
  u: 'you', ya: 'you', yu: 'you', yall: "y'all", "y'all": "y'all",
  ur: 'your', urs: 'yours', yr: 'your', ru: 'are you',
  cud: 'could', cld: 'could', coud: 'could', culd: 'could', wud: 'would', wld: 'would', woud: 'would',
  shud: 'should', shld: 'should', cn: 'can', cna: 'can', kan: 'can', wil: 'will',
  pls: 'please', plz: 'please', plse: 'please', pleez: 'please', pleeease: 'please', pleeeease: 'please', pleaseee: 'please', plis: 'please', pliz: 'please',
  tmrw: 'tomorrow', tmr: 'tomorrow', tmrow: 'tomorrow', tmw: 'tomorrow', tomoz: 'tomorrow', '2moro': 'tomorrow', '2mrw': 'tomorrow', '2morrow': 'tomorrow', tomorow: 'tomorrow', tommorow: 'tomorrow', tommorrow: 'tomorrow',
  tonite: 'tonight', '2nite': 'tonight', '2night': 'tonight', tdy: 'today', '2day': 'today',
  wk: 'week', wks: 'weeks', wknd: 'weekend', wkend: 'weekend', wkd: 'weekend', hr: 'hour', hrs: 'hours', min: 'minute', mins: 'minutes', sec: 'second', secs: 'seconds',
  thx: 'thanks', thnx: 'thanks', thnks: 'thanks', thanx: 'thanks', tx: 'thanks', ty: 'thank you', tysm: 'thank you so much', tyvm: 'thank you very much',
  lmk: 'let me know', idk: "i don't know", dunno: "don't know", nvm: 'never mind', rn: 'right now', atm: 'at the moment', asap: 'asap',
  bc: 'because', bcos: 'because', bcoz: 'because', cuz: 'because', coz: 'because', cos: 'because', b4: 'before', abt: 'about', bout: 'about', wth: 'with', wo: 'without', thru: 'through',
  im: "i'm", ive: "i've", dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", couldnt: "couldn't", wouldnt: "wouldn't", shouldnt: "shouldn't", isnt: "isn't", arent: "aren't", wasnt: "wasn't", werent: "weren't", havent: "haven't", hasnt: "hasn't", youre: "you're", youll: "you'll", youve: "you've", youd: "you'd", theyre: "they're", thats: "that's", whats: "what's", hes: "he's", shes: "she's", itll: "it'll",
  wanna: 'want to', gonna: 'going to', gotta: 'got to', gimme: 'give me', lemme: 'let me', kinda: 'kind of', sorta: 'sort of', outta: 'out of', lotta: 'lot of', wassup: "what's up", sup: "what's up",
  ppl: 'people', sth: 'something', smth: 'something', smthg: 'something', sb: 'somebody', smb: 'somebody', any1: 'anyone', some1: 'someone', every1: 'everyone', no1: 'no one', evry1: 'everyone',
  msg: 'message', txt: 'text', pic: 'picture', pics: 'pictures', bday: 'birthday', appt: 'appointment', convo: 'conversation', pref: 'preferably', prob: 'probably', probs: 'probably', defo: 'definitely', deffo: 'definitely',
  tho: 'though', altho: 'although', bro: 'bro', k: 'ok', kk: 'ok', okie: 'ok', oki: 'ok', okey: 'ok', mayb: 'maybe', mebbe: 'maybe', sry: 'sorry', srry: 'sorry', soz: 'sorry', sozz: 'sorry', srsly: 'seriously', obv: 'obviously', obvs: 'obviously',
  yep: 'yes', yup: 'yes', nah: 'no', nope: 'no',
};

/** "ur" is "you're" before these (and before any -ing word), "your" otherwise. */
export const EN_YOURE_BEFORE = ['not', 'so', 'a', 'an', 'the', 'gonna', 'free', 'welcome', 'right', 'ok', 'okay', 'sure', 'always', 'never', 'still', 'too', 'really', 'late', 'home', 'here', 'there', 'back', 'up', 'in', 'on', 'off', 'out', 'done', 'able', 'best', 'amazing', 'literally', 'def', 'defo', 'basically', 'only', 'just', 'also', 'already'];

/** "r" is "are" only next to a pronoun: "r u", "u r", "we r". */
export const EN_ARE_BESIDE = ['u', 'you', 'ya', 'we', 'they', 'yall', "y'all", 'ppl', 'people', 'guys', 'ur', 'things'];
