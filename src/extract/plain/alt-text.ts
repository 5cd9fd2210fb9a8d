// Image descriptions written for screen readers ("Two men in black suits sit on yellow and white sofas,
// facing each other..."): they describe a scene (people, clothes, colours, positions) in the present tense
// and carry no news verbs. Word lists and weights are data; the score is a weighted count per line.

/** Words that describe what a picture shows. */
const VISUAL = new Set(
  (
    'man men woman women person people boy girl child children crowd group figure figures ' +
    'suit suits coat coats jacket jackets tie ties shirt shirts dress dresses pants trousers jeans hat hats cap helmet helmets uniform uniforms glasses sunglasses mask masks scarf gloves boots ' +
    'black white red blue green yellow gold golden grey gray brown orange pink purple silver dark light bright colourful colorful striped ' +
    'sit sits sitting seated stand stands standing walk walks walking smile smiles smiling look looks looking holds holding wears wearing waves waving ' +
    'gesture gestures gesturing pose poses posing lean leans leaning face faces facing point points pointing appear appears ' +
    'front behind beside background foreground left right centre center corner top bottom side across around ' +
    'table tables sofa sofas chair chairs desk floor floors wall walls carpet curtains flags flag window windows door doors room hall building podium microphone screen ' +
    'wooden marble velvet shiny large small tall short long square round row rows ' +
    'shows depicts seen view close-up closeup aerial'
  ).split(/\s+/),
);

/** Words of news prose: reported speech and past-tense reporting verbs. */
const NEWS = new Set(
  (
    'said says told announced reported according stated claimed added warned denied insisted accused ' +
    'confirmed declared urged agreed signed met visited killed arrested launched threatened percent per cent ' +
    'million billion spokesman spokeswoman spokesperson minister president government officials'
  ).split(/\s+/),
);

/** Openings typical of an image description. */
const OPENINGS =
  /^(?:a|an|two|three|four|five|several|many|about|one|the|some)\s+(?:(?:\S+\s+){0,3})(?:man|men|woman|women|person|people|boy|girl|child|children|group|crowd|row|soldiers?|officers?|figures?)\b/i;

export const ALT_TEXT_WEIGHTS = {
  /** per visual word (distinct) */
  visual: 1,
  /** per news word */
  news: -3,
  /** line opens like "Two men in ..." */
  opening: 2,
  /** "appears to", "who appear to be": describing, not reporting */
  appears: 2,
  /** a digit: counts and dates belong to news prose */
  digit: -1,
  /** score per word needed (visual density) */
  density: 0.28,
  /** and at least this many visual words */
  minVisual: 5,
};

/** Is this line an image description rather than article prose? */
export function isAltText(line: string, words: string[], lower?: string[]): boolean {
  if (words.length < 8) return false;
  const w = ALT_TEXT_WEIGHTS;
  const seen = new Set<string>();
  let news = 0;
  for (let k = 0; k < words.length; k++) {
    const word = lower ? lower[k] : words[k].toLowerCase();
    if (VISUAL.has(word)) seen.add(word);
    else if (NEWS.has(word)) news++;
  }
  if (seen.size < w.minVisual) return false;
  let score = seen.size * w.visual + news * w.news;
  if (OPENINGS.test(line)) score += w.opening;
  if (/\bappears? to\b|\bappear to be\b/i.test(line)) score += w.appears;
  if (/\d/.test(line)) score += w.digit;
  return score / words.length >= w.density;
}
