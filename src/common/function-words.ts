// Function words per language: their share in a line is the jusText "stop word density" signal
// (prose is full of them, menus and headline lists are not), and their hits tell the language cheaply.
import { isStopWord } from './stopwords.ts';

const LISTS: Record<string, string> = {
  en: 'a an the and or but nor so yet of to in on at by for with from into onto upon about above below across along around behind beyond near off out up ' +
    'down over under after before since during until against between through throughout without within among toward towards via per as than that this ' +
    'these those there here which who whom whose what when where why how whether if because while although though is are was were be been being am has ' +
    'have had having do does did will would shall should can could may might must not no it its he him his she her they them their we us our you your i me ' +
    'my one all any some more most other such only also very just then now too both each either neither every few many much several whose while yet still ' +
    'even ever again already',
  de: 'der die das den dem des ein eine einen einem einer eines und oder aber nicht ist sind war waren wird werden wurde wurden hat haben hatte hatten mit ' +
    'von zu im in am an auf aus bei für nach über unter vor wie als auch noch nur so es er sie wir ihr ich sich dass wenn dann schon sehr mehr man kann ' +
    'können sein seine ihre durch bis zum zur um gegen diese dieser dieses was wer wo ob weil',
  fr: "le la les un une des du de d l et ou mais ne pas est sont été être a ont avait avaient avec pour par sur dans en au aux ce cette ces il elle ils " +
    "elles nous vous je qui que qu se sa son ses leur leurs plus comme tout aussi y a été sera lors entre selon après avant",
  es: 'el la los las un una unos unas de del y o pero no es son fue fueron ser ha han había con para por en al lo que se su sus le les como más muy este ' +
    'esta estos también ya entre sobre tras según desde hasta cuando donde',
  it: "il lo la i gli le un una di del della dei delle e o ma non è sono era erano essere ha hanno con per su in al alla nel nella che si suo sua come più anche tra fra dopo questo questa",
  pt: 'o a os as um uma de do da dos das e ou mas não é são foi ser tem com para por em no na nos nas que se seu sua como mais também ao aos entre sobre após',
  nl: 'de het een en of maar niet is zijn was waren wordt werd heeft hebben had met van te in op aan voor door dat die dit als ook er nog naar bij om uit over',
  ru: 'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было от еще нет о из ему когда даже ли если уже или ни ' +
    'быть был него до вас там потом себя ей может они тут где есть надо ней для мы их чем была сам без под будет тогда кто этот того потому этого какой ' +
    'при после над через эти нас про них это также который которые которая заявил сообщил',
  uk: 'і й та в у на з зі до не що як це він вона вони ми ви є був була було були від за по про для але або чи щоб так також вже ще його її їх який яка які',
  pl: 'i w we z ze na do nie że to jest są był była było od za po o dla ale lub czy się jak tak już jeszcze jego jej ich który która które',
};

export const FUNCTION_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(/\s+/))]),
);

/** Languages the cheap function-word guess can tell apart. */
export const FUNCTION_WORD_LANGUAGES = Object.keys(LISTS);

/** Function words of languages the extractor's votes leave to eld (a list among LISTS would change which language the
 * votes settle: not measured): read only where a text's language reading is checked (languageWordCounts). */
const UNVOTED_LISTS: Record<string, string> = {
  cs: 'a i v ve na se si je jsou byl byla bylo byli být jsem jsme z ze do o k ke s u za od po pro při jak tak ale nebo ani že aby ' +
    'který která které kteří jeho její jejich když už ještě také jen než však což tento tato toto tyto má mají bude budou mezi podle před přes bez nad pod',
};

/** Function words of every language with a list, voted on or not. */
const ALL_FUNCTION_WORDS: Record<string, Set<string>> = {
  ...FUNCTION_WORDS,
  ...Object.fromEntries(Object.entries(UNVOTED_LISTS).map(([lang, words]) => [lang, new Set(words.split(/\s+/))])),
};

/**
 * How many of a text's words are function words of `language` and how many of English, or null when `language` has
 * no list: a text whose words are mostly its language's prose holds many more of the first (a wire's table of
 * figures and contract months, which eld may read as Danish or Dutch, holds next to none of either).
 */
export function languageWordCounts(words: Iterable<string>, language: string): { own: number; english: number } | null {
  const own = ALL_FUNCTION_WORDS[language];
  if (!own) return null;
  const english = FUNCTION_WORDS.en;
  let n = 0;
  let en = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (own.has(lower)) n++;
    if (english.has(lower)) en++;
  }
  return { own: n, english: en };
}

/** When a document's language reading is sure enough to read its words as that language's (a lone English month
 * abbreviation as no month: cluster/features.ts; its dates by that language's reader: enrich/foreign-dates.ts): its
 * language is none of `english`, and its words hold at least `minOwn` function words of that language and
 * `overEnglish` times as many as English ones (prose; a wire's table of figures and contract months, which the
 * detector may read as Danish or Dutch, holds next to none). */
export const SURE_LANGUAGE = { english: new Set(['en', 'und']), minOwn: 8, overEnglish: 2 };

/** Is a text of these words surely in `language`, not English (SURE_LANGUAGE)? False for a language with no list. */
export function sureLanguage(words: Iterable<string>, language: string): boolean {
  if (SURE_LANGUAGE.english.has(language)) return false;
  const counts = languageWordCounts(words, language);
  return counts !== null && counts.own >= SURE_LANGUAGE.minOwn && counts.own >= SURE_LANGUAGE.overEnglish * counts.english;
}

/** Is this lower-cased word a function word of the language (falls back to the shared stop lists)? */
export function isFunctionWord(word: string, language: string): boolean {
  const set = FUNCTION_WORDS[language];
  if (set) return set.has(word);
  return isStopWord(word, language);
}
