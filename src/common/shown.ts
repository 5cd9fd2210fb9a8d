// A name (a path, an id, a URL) as a message or a report shows it: the command line's problem lines and the
// reports' "Inputs not used" quote it alike, so an empty or unprintable name is never shown as nothing.

/** Characters a terminal does not show as themselves: controls (an escape sequence recolours the terminal), line
 * breaks, and the bidirectional overrides that reorder what follows them. */
const UNSEEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSEEN_ALL = new RegExp(UNSEEN.source, 'g');
/** Longest name a one-line message shows whole; a longer one is cut and its length said. */
const MAX_SHOWN = 200;

/**
 * A name (a path, an id, a URL) as a one-line message shows it: as it is when it reads as itself; quoted, with
 * unseen characters written as \u escapes, when it is empty, has spaces at an end or such characters ("no story
 * in the base" hid an empty id); cut past `max` characters (a report, read at leisure, passes Infinity).
 */
export function shown(name: string, max = MAX_SHOWN): string {
  let cut = name;
  if (name.length > max) {
    const end = /[\ud800-\udbff]/.test(name[max / 2 - 1]) ? max / 2 - 1 : max / 2;
    cut = name.slice(0, end);
  }
  const plain = name !== '' && !/^\s|\s$/.test(name) && !UNSEEN.test(cut);
  const text = plain ? cut : `"${cut.replace(/["\\]/g, '\\$&').replace(UNSEEN_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
  return cut === name ? text : `${text}... (${name.length.toLocaleString('en-US')} characters)`;
}
