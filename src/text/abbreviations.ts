// Abbreviations a sentence does not end on, for undoing wink's breaks after them (sentences.ts). wink's model
// knows "Mr.", "Sen.", "Lt." and the like; these are the ones news text uses that it breaks after.

/**
 * Abbreviations inside a firm's, a body's or an address's name, which a sentence may end on ("... Shearson Lehman
 * Bros."), so a break after one is undone only before a lower-case word: "Warner Bros. entrusted the first two
 * Harry Potter films", "the Medical Assn. of the State of Alabama", "200 W. American Blvd. with her husband".
 */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(`Assn Assoc Ave Blvd Bros Co Cos Corp Dept Inc Intl Ltd Mfg Mt Natl St Univ`.split(/\s+/));

/**
 * Place names' prefixes written short, which always stand before the name they open ("Mt. Cook", "Ft. Worth", "St.
 * Paul"). wink reads one as an abbreviation after a space, but not glued by a hyphen or a slash to the name before
 * ("Aoraki-Mt. Cook", "Dallas-Ft. Worth", "Minneapolis-St. Paul", "Tampa/St. Petersburg"): there it ended the
 * sentence, and the name after it opened the next one. A break after one so glued is undone before a capital.
 */
export const GLUED_PLACE_PREFIXES: ReadonlySet<string> = new Set(`Ft Mt Mts Pt St Ste`.split(/\s+/));

/** The marks that glue a place's prefix to the name before it ("Aoraki-Mt.", "Tampa/St."). */
export const PLACE_GLUE: ReadonlySet<string> = new Set(['-', '/']);

/**
 * Given names written short before a surname, never a word of their own: "Chas. P. Young Co", "Geo. A. Hormel and
 * Co", "Wm. Wrigley Jr. Co" (Reuters). A break after one is undone before a capital as before a lower-case word.
 */
export const GIVEN_NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(`Benj Chas Geo Jas Jos Robt Thos Wm`.split(/\s+/));

/**
 * Given names written short in a firm's name that are also names of their own ("Alex. Brown and Sons Inc", Reuters;
 * "his son, Alex." may end a sentence): a break after one is undone before a capitalised word that is no function
 * word ("Alex. Brown" goes on, "Alex. He said" does not).
 */
export const NAME_OR_ABBREVIATION: ReadonlySet<string> = new Set(['Alex']);

/** Function words a sentence opens on, after which such a name ended the sentence before ("Alex. He said"). */
export const OPENING_WORDS: ReadonlySet<string> = new Set(
  `A After Also An And As At But By For From He Her Here His How I If In It Its Mr Mrs Ms My No On Once One Or Our She
   So That The Their Then There These They This Those To We What When Where While Who Why With Yet You`.split(/\s+/),
);

/** A web address's last part: "reported by TMZ. com" is one address cut at its dot (a space put after it). */
export const WEB_ENDINGS: ReadonlySet<string> = new Set(['com', 'org', 'net', 'gov', 'edu']);
