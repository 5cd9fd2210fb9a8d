// Abbreviations a sentence does not end on, for undoing wink's breaks after them (sentences.ts). wink's model
// knows "Mr.", "Sen.", "Lt." and the like; these are the ones news text uses that it breaks after.

/**
 * Titles written before a name: "Police Const. Tim Fanning said", "the Rev. Larry Kroon", "former Sens. John
 * Ashcroft, Kit Bond ...", "Los Angeles County Dist. Atty. Steve Cooley". A full stop after one is never a
 * sentence's end, so a break after one is undone before a capital as before a lower-case word. Words a sentence
 * may end on are left out ("St." for a street, "Sr."/"Jr." after a name, "Gen." for a generation).
 */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  `Adm Amb Asst Atty Brig Capt Cmdr Col Comdr Cong Const Cpl Cpt Dep Det Dist Dr Fr Gov Govs Hon Insp Lt Maj Messrs
   Mmes Mr Mrs Ms Msgr Pfc Prof Pvt Rep Reps Rev Sen Sens Sgt Spc Supt`.split(/\s+/),
);

/**
 * Abbreviations inside a firm's, a body's or an address's name, which a sentence may end on ("... Shearson Lehman
 * Bros."), so a break after one is undone only before a lower-case word: "Warner Bros. entrusted the first two
 * Harry Potter films", "the Medical Assn. of the State of Alabama", "200 W. American Blvd. with her husband".
 */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(`Assn Assoc Ave Blvd Bros Co Cos Corp Dept Inc Intl Ltd Mfg Mt Natl St Univ`.split(/\s+/));

/** A web address's last part: "reported by TMZ. com" is one address cut at its dot (a space put after it). */
export const WEB_ENDINGS: ReadonlySet<string> = new Set(['com', 'org', 'net', 'gov', 'edu']);
