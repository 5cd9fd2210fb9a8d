// Letter-class tests shared by the readers. They live at module level on purpose: esbuild (tsx, and the
// build at target node20) rewrites a regex literal holding `\p{…}` outside a character class into
// `new RegExp(...)` where it stands, so written inside a function it is built again on every call
// (about 0.4 µs each; the enrich stage ran such tests millions of times).

/** the text opens with an upper-case letter */
export const UPPER_FIRST = /^\p{Lu}/u;

/** `UPPER_FIRST.test(s)`, an ASCII first character told by its code (the readers ask it of nearly every word) */
export function upperFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(s);
}
/** the text opens with a lower-case letter */
export const LOWER_FIRST = /^\p{Ll}/u;
/** the text holds a letter */
export const HAS_LETTER = /\p{L}/u;
