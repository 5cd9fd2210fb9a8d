// Spelling rules that bring transliterations of one name together (Zaluzhniy/Zaluzhny, Aleinik/Aleynik,
// Kyiv/Kiev, Lukashenko/Lukashenka). Applied in order to a folded, letters-only name.
export const TRANSLIT_RULES: Array<[RegExp, string]> = [
  [/shch/g, 'sc'],
  [/sch/g, 'sh'],
  [/ck/g, 'k'],
  [/kh/g, 'h'],
  [/tz|ts|cz/g, 'c'],
  [/zh/g, 'j'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/^y(?=[eo])/, ''],
  [/j/g, 'i'],
  [/y/g, 'i'],
  [/ie/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/** Surname endings that vary between transliterations and languages (-a/-o in Belarusian/Russian, -i/-iy). */
export const SURNAME_ENDING = /[aoeiu]$/;

/**
 * First letters that one name takes in two transliterations ("Kurbanguly" / "Gurbanguly" Berdymukhamedov, "Elias" /
 * "Ilias" Vrettakos): a given name the lexicon does not know, written with one of a pair's letters in one article and
 * with the other in another, is one name when the rest of its key is the same.
 */
export const TRANSLIT_INITIALS: Array<[string, string]> = [
  ['g', 'k'],
  ['k', 'q'],
  ['e', 'i'],
  ['i', 'y'],
  ['j', 'y'],
  ['j', 'i'],
];
