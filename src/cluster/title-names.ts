// The words of a title to read for names. A title in sentence case ("Ten dead in southern Iran quake", an ECB
// record's lead sentence) capitalises only its names, as a sentence does; a title in title case or capitals
// ("Quake Hits Island", a wire's flash) capitalises every word, and is not read. A title the body opens with is
// read there already.
import { fold } from '../common/normalize.ts';

const TITLE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
/** a word's closing dot or apostrophe ("Gov.", "Iran’") */
const TRAILING = /[.'’]+$/;
const LOWER_FIRST = /^\p{Ll}/u;
/** words a title in title case leaves in lower case */
const MINOR_WORDS = new Set('a an the of in on at by via for to and or but as from with into over after vs v'.split(' '));
/** a body whose first words are the title's first this many opens with the title */
const OPENS_WITH = 4;

/** The title's words when it is in sentence case and the body does not open with it; else null. */
export function titleNameWords(doc: { title: string; sentences: ReadonlyArray<{ words: readonly string[] }> }): string[] | null {
  const words = doc.title.match(TITLE_WORD);
  if (!words || words.length < 2) return null;
  for (let i = 0; i < words.length; i++) words[i] = words[i].replace(TRAILING, '');
  if (!words.some((w, i) => i > 0 && LOWER_FIRST.test(w) && !MINOR_WORDS.has(w))) return null;
  const first = doc.sentences[0]?.words ?? [];
  let same = 0;
  while (same < words.length && same < first.length && fold(first[same]) === fold(words[same])) same++;
  return same >= Math.min(words.length, OPENS_WITH) ? null : words;
}
