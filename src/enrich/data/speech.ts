// Verbs and phrases that attribute speech, including the ones article spinners substitute for "said".

export const SPEECH_VERBS = `
say says said saying tell tells told telling add adds added adding state states stated mention mentions mentioned
note notes noted explain explains explained declare declares declared announce announces announced assert asserts
asserted insist insists insisted argue argues argued claim claims claimed warn warns warned write writes wrote
remark remarks remarked comment comments commented observe observes observed confirm confirms confirmed deny denies
denied admit admits admitted acknowledge acknowledges acknowledged recall recalls recalled suggest suggests suggested
advise advises advised continue continues continued reply replies replied respond responds responded answer answers
answered ask asks asked urge urges urged stress stresses stressed emphasise emphasised emphasize emphasized
underline underlined conclude concluded predict predicted report reports reported tweet tweeted post posted concede
conceded complain complained caution cautioned vow vowed promise promised quip quipped joke joked agree agreed
disclose disclosed reveal revealed inform informed maintain maintains maintained contend contended allege alleged
describe described calling reiterate reiterated recount recounted exclaim exclaimed shout shouted whisper
whispered testify testified declare pledge pledged acknowledged believe believes believed think thinks thought
expect expected estimate estimated forecast projected highlight highlighted pointed instructed
`.trim().split(/\s+/);

/** Words that may stand between a subject and its speech verb ("had said", "has also told"). */
export const SPEECH_AUXILIARIES = `had has have also later earlier then previously once repeatedly again would will
may might could did does do is was were be been being reportedly recently further separately publicly privately`
  .trim().split(/\s+/);

/** Pronouns that refer back to the last named speaker. */
export const PERSON_PRONOUNS = ['he', 'she'];
export const ORG_PRONOUNS = ['it'];
export const GROUP_PRONOUNS = ['they', 'we', 'i'];

/** Phrases that attribute a statement before it ("according to X"). */
export const ACCORDING_TO = /\b(?:according to|in the words of|quoting|quoted)\s+$/i;
