// Scrapers glue the last chrome line to the next text when a block had no newline: "...latest headlinesPutin in
// Belarus...", "D. Marjanovich (D. Marjanovich)Russian President...", "...in UkrainePutin's decision...".
// Split at a lower-case (or ")") to Capital join with no space when the left part is chrome or a headline and the
// right part is a sentence. Brand names ("AstraZeneca", "YouTube") stay whole: their right half is never a word
// the text uses on its own, and they rarely leave a sentence on the right.
import { HAS_LETTER } from '../../common/letters.ts';
import { wordsOf } from './shape.ts';

const JOIN = /(?<=[\p{Ll}]{2}|\))(?=\p{Lu}\p{Ll})/gu;
// `\p{…}` patterns stand at module level: compiled, one inside a function is built at every call (common/letters.ts)
const CAPITALISED_WORD = /^\p{Lu}[\p{L}]*/u;
const SITE_NAME_FIRST = /^\p{L}*\.\p{L}/u;
const SENTENCE_END = /[.!?…]["'”’»)]*$/u;

export interface GlueJudge {
  /** is the left part chrome (a rule matches it) */
  isChrome(text: string): boolean;
  /** is this word used on its own (not glued to another) somewhere in the document */
  standalone(word: string): boolean;
}

function sentenceLike(text: string): boolean {
  const n = wordsOf(text).length;
  return (n >= 6 && SENTENCE_END.test(text)) || n >= 14;
}

/** Split one line into its glued parts (usually one part). */
/** Glued lines are a chrome line and a paragraph: longer lines, and joins past the first few, are not looked at. */
const MAX_LINE = 3000;
const MAX_JOINS = 4;

export function unglue(line: string, judge: GlueJudge, chromeOnly = false): string[] {
  if (line.length < 20 || line.length > MAX_LINE) return [line];
  JOIN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tried = 0;
  while ((m = JOIN.exec(line)) && tried++ < MAX_JOINS) {
    const at = m.index;
    JOIN.lastIndex = at + 1; // the join is zero-width: step past it
    const left = line.slice(0, at).trim();
    const right = line.slice(at).trim();
    const leftWords = wordsOf(left).length;
    if (leftWords < 1) continue;
    // after a chrome part any text may follow (the next headline); otherwise the right part must be a sentence
    if (!sentenceLike(right) && !(wordsOf(right).length >= 3 && judge.isChrome(left))) continue;
    const firstRight = CAPITALISED_WORD.exec(right)?.[0] ?? '';
    // "BettiePage.com", "@TheWeekmagazine", "#MeToo": names of sites and accounts are written glued
    if (SITE_NAME_FIRST.test(right) || /[@#][\p{L}]*$/u.test(left)) continue;
    const bracket = left.endsWith(')');
    const ok =
      judge.isChrome(left) ||
      (!chromeOnly &&
        ((bracket && leftWords <= 8) ||
          (leftWords >= 3 && !SENTENCE_END.test(left) && !left.includes(',') && judge.standalone(firstRight) && judge.standalone(lastWord(left)))));
    if (ok) return [left, ...unglue(right, judge, chromeOnly)];
  }
  return [line];
}

function lastWord(s: string): string {
  const w = wordsOf(s);
  return w.length ? w[w.length - 1] : '';
}

const isLetter = (c: string | undefined) => c !== undefined && HAS_LETTER.test(c);

/** Does `word` occur in `text` with no letter glued to either side? */
export function occursAlone(text: string, word: string): boolean {
  if (word.length < 2) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + word.length])) return true;
  }
  return false;
}
