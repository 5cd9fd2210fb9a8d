// What tells a common quotation (two articles quoting one statement) from a copy: the quotation marks, the
// words around a quote that name no speaker, and how much unquoted wording a copy must share besides.

/** Double quotation marks, straight and typographic, any language's ("…", “…”, „…“, «…», ”…”; single marks are
 * apostrophes as often as quotes) */
export const QUOTE_MARKS = /["“”„‟«»]/gu;
export const HAS_QUOTE_MARK = /["“”„‟«»]/u;

/**
 * What a mark does to the quotes open (a stack of their opening marks): `open` always opens one (nested in the one
 * open, as in “not “a war of choice.” It ...”); `closes` closes the one open, else opens one (”…” is both ways in
 * some languages, and a straight mark closes a typographic one in sloppy text: “…," she wrote); a key of
 * `closesAfter` closes a quote opened by one of its marks (German „…“), else opens one.
 */
export const QUOTE_MARK_ROLE = {
  open: new Set(['«', '‟']),
  closes: new Set(['"', '”', '»']),
  closesAfter: new Map([['“', new Set(['„'])]]),
};

/** Capitalised words next to a quote that name no speaker: sentence openers, pronouns, titles, days */
export const NOT_SPEAKERS: ReadonlySet<string> = new Set(
  (
    'the a an and but or so yet if as at in on of for to by with from after before when while since then that this these those there here ' +
    'he she they we i you it his her their our its him them us me who what which where why how not no yes ' +
    'mr mrs ms miss dr sir madam mister president vice secretary senator sen rep representative governor gov minister prime chairman ' +
    'chairwoman chief director spokesman spokeswoman spokesperson officer official officials general gen judge justice attorney ' +
    'speaker leader king queen prince pope st monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december today yesterday tomorrow asked told said says added wrote tweeted'
  ).split(' '),
);

/** Verbs that put a speaker next to its quote: "Clinton said", "said Chad Griffin", "Akin told KTVI" */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says say told tells added adds wrote writes tweeted stated states declared continued argued insisted warned noted replied posted explained'.split(' '),
);

/** ... of which these name the speaker after them too ("said Chad Griffin"; "told KTVI" names whom) */
export const VERBS_BEFORE_SPEAKER: ReadonlySet<string> = new Set('said says added adds wrote writes tweeted stated declared continued argued insisted warned noted replied posted explained'.split(' '));

export const QUOTATION = {
  /**
   * a sentence pair counts toward a copy on its unquoted shared words (those not inside quotation marks in both)
   * only when it has at least this many: an attribution ("he said", "Lew said in a statement") is not a copy
   */
  minOwnWords: 5,
  /** share of the shared words that must be inside quotation marks in both for a common quotation */
  minQuotedShare: 0.5,
  /** speakers named in the reason, at most */
  maxSpeakers: 2,
};
