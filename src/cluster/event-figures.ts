// Figures of a kind that tells one event of its kind from another in the same place: two quakes on one island
// share their places, officials and words, and their magnitudes (5.6 against 6.1) tell them apart. Such a figure
// is keyed with its kind as well as alone ("5.6 magnitude" beside "5.6") and counts as `count` figures, so the
// reports of one quake agree on it and another quake's do not; a figure of no kind is read as before.

interface FigureKind {
  /** the key's suffix and the reasons' word: "#5.6 magnitude" reads "5.6 magnitude" */
  kind: string;
  /** a word right before the figure ("magnitude 6.1"), or before it with only `linkers` between ("magnitude of at least 5.9") */
  before: ReadonlySet<string>;
  linkers: ReadonlySet<string>;
  /** a word right after the figure ("5.6 magnitude", "5.6 -magnitude") */
  after: ReadonlySet<string>;
  /** a scale named after the figure: "5.6 on the Richter scale", or with only `scaleLinkers` between that scale and
   * "on the" ("8.0 on the open-ended Richter scale": the tokenizer splits "open-ended" in two) */
  scale: ReadonlySet<string>;
  scaleLinkers: ReadonlySet<string>;
  /** a word glued to the figure by a hyphen ("magnitude-5.9": the words "magnitude-5" and "9") */
  glued: ReadonlySet<string>;
  count: number;
  /** a figure of this kind none of which a story's reports give (nor one within `near` of it), while they give
   * some, is another event's: a report joining the story scores `conflictFloor` times as much (similarity.ts
   * `figuresApart`); null: figures of the kind are not read so */
  near: number | null;
  /** days within which a report published near the story's is of the same sequence whatever its figures (a quake's
   * aftershocks, the next shock in its area: they are reported as one story); only a side whose days are unknown,
   * or one further away, is read as another event */
  sequenceDays: number;
}

const FIGURE_KINDS: readonly FigureKind[] = [
  {
    kind: 'magnitude',
    before: new Set(['magnitude']),
    linkers: new Set(['of', 'at', 'least', 'about', 'around', 'nearly', 'some', 'was']),
    after: new Set(['magnitude', '-magnitude']),
    scale: new Set(['richter']),
    scaleLinkers: new Set(['open', 'ended']),
    glued: new Set(['magnitude']),
    count: 3,
    // two agencies' readings of one quake differ by up to a quarter (New Zealand's 6.5 and "6.25", Qeshm's 5.9 and
    // 6.1); two quakes of one place by more (Qeshm's 2005 5.9 / 6.1 and 2008 5.6)
    near: 0.25,
    // Reuters 8150, "a moderate earthquake measuring 5.5 ... almost the same area as last Wednesday's strong
    // earthquake" (6.9), five days later; Qeshm's quakes are three years apart
    sequenceDays: 7,
  },
];

/** The kinds whose figures tell events apart, with their keys' ends (" magnitude"). */
const APART: ReadonlyArray<{ suffix: string; near: number; sequenceDays: number }> = FIGURE_KINDS.flatMap((k) =>
  k.near === null ? [] : [{ suffix: ` ${k.kind}`, near: k.near, sequenceDays: k.sequenceDays }],
);

/** The kind a numbers key of a figure ("#5.6 magnitude") tells events apart by, as its place in APART, or -1. */
export function apartKind(key: string): number {
  for (let i = 0; i < APART.length; i++) if (key.endsWith(APART[i].suffix)) return i;
  return -1;
}

/** Whether a kind's figures can tell a report from a story published `gap` days from it (null: not known). */
export function apartAfter(kind: number, gap: number | null): boolean {
  return gap === null || gap > APART[kind].sequenceDays;
}

/** Whether two figures of a kind read by apartKind are one event's (equal, or within the kind's `near`). */
export function figuresMeet(kind: number, a: number, b: number): boolean {
  return Math.abs(a - b) <= APART[kind].near + 1e-9;
}

/** How far before a figure its kind's word is looked for (the word and its linkers). */
const REACH = 4;

/** The kind of the figure at `i` of a sentence's folded words, or null (most figures). */
export function figureKind(folded: readonly string[], i: number, n: number): FigureKind | null {
  for (const k of FIGURE_KINDS) {
    if (i + 1 < n && k.after.has(folded[i + 1])) return k;
    // "5.6 on the Richter scale", "8.0 on the open-ended Richter scale" (a wire's usual wording: Reuters 1962, 2006)
    if (i + 1 < n && folded[i + 1] === 'on') {
      let j = i + 3;
      while (j < n && j <= i + 1 + REACH && k.scaleLinkers.has(folded[j])) j++;
      if (j < n && k.scale.has(folded[j])) return k;
    }
    for (let j = i - 1; j >= 0 && j >= i - REACH; j--) {
      if (k.before.has(folded[j])) return k;
      if (!k.linkers.has(folded[j])) break;
    }
  }
  return null;
}

/** A figure glued after its kind's word ("magnitude-5.9", split by the tokenizer into "magnitude-5" and "9"):
 * the figure, its kind, and how many words it took (2 when its fraction is the next word), or null. */
export function gluedFigure(
  ws: readonly string[],
  folded: readonly string[],
  i: number,
  text: string,
): { value: number; kind: FigureKind; words: number } | null {
  const w = folded[i];
  const c = w.charCodeAt(w.length - 1);
  if (c < 48 || c > 57) return null;
  const dash = w.lastIndexOf('-');
  if (dash <= 0) return null;
  const head = w.slice(0, dash);
  const digits = w.slice(dash + 1);
  if (!/^\d+(\.\d+)?$/.test(digits)) return null;
  for (const k of FIGURE_KINDS) {
    if (!k.glued.has(head)) continue;
    const next = ws[i + 1];
    // the fraction: the next word all digits, written right after a dot ("magnitude-5, 9" stays two figures)
    if (next !== undefined && /^\d+$/.test(next) && text.includes(`${ws[i]}.${next}`)) return { value: Number(`${digits}.${next}`), kind: k, words: 2 };
    return { value: Number(digits), kind: k, words: 1 };
  }
  return null;
}
