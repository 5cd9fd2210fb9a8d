// Normalised forms for matching: entities decoded, accents folded, case folded, light stemming.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  middot: '·',
  bull: '•',
  shy: '',
};

/** Decode HTML character references (`&#039;`, `&amp;`, `&nbsp;`) left in scraped text. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code < 0x110000 && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED_ENTITIES[ref.toLowerCase()];
    return named ?? whole;
  });
}

/** Fold case and strip accents: "Zaluzhniy" and "Zalužnyj" compare on letters alone. */
export function fold(s: string): string {
  // most tokens are plain ASCII: skip Unicode normalisation for them (told by a loop over the codes: for a word of a
  // few letters, cheaper than a regex call); one already lower-case is its own fold (toLowerCase copies it all the
  // same: a new string per call, most of the enrich stage's folds)
  const ascii = asciiCase(s);
  if (ascii === ASCII_LOWER) return s;
  if (ascii === ASCII_UPPER) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** `s.toLowerCase()`, but a string of lower-case ASCII is given back as it is (toLowerCase copies it all the same). */
export function lowerCase(s: string): string {
  return asciiCase(s) === ASCII_LOWER ? s : s.toLowerCase();
}

const ASCII_LOWER = 0;
const ASCII_UPPER = 1;
const NOT_ASCII = 2;

/** Past ASCII (`/[^\x00-\x7f]/.test(s)`), else whether a capital A-Z is in it (what ASCII's toLowerCase changes). */
function asciiCase(s: string): number {
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return NOT_ASCII;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? ASCII_UPPER : ASCII_LOWER;
}

/** Typographic variants that should not make two texts differ. */
const PUNCT_FOLD: Array<[RegExp, string]> = [
  [/[‘’‚‛′`´]/g, "'"],
  [/[“”„‟″«»]/g, '"'],
  [/[‐‑‒–—―]/g, '-'],
  [/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' '],
];

export function foldPunctuation(s: string): string {
  for (const [re, to] of PUNCT_FOLD) s = s.replace(re, to);
  return s;
}

/** Suffixes stripped by the light stemmer used for languages wink-nlp does not stem. */
const LIGHT_SUFFIXES = ['ungen', 'ung', 'ies', 'es', 'en', 'er', 'ed', 'ing', 's', 'e', 'a', 'o', 'i', 'у', 'а', 'ы', 'и', 'ой', 'ом', 'ей'];

/** A crude but language-neutral stem: drop a common suffix from longer words. */
export function lightStem(word: string): string {
  if (word.length <= 4) return word;
  for (const suf of LIGHT_SUFFIXES) {
    if (word.endsWith(suf) && word.length - suf.length >= 4) return word.slice(0, -suf.length);
  }
  return word;
}
