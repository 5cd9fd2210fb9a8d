// A document's paragraphs and sentences crossing to another thread as places in its text (the text crosses once,
// not three times): what index.ts withIds / sharingText and enrich-trip.ts write and read alike.
import type { TextDocument } from '../model.ts';
import { standsAt } from '../common/stands-at.ts';
import type { StringIds, TripReader } from './trip-strings.ts';

/** Where each paragraph starts in the text, when they are its text's one after another between blank lines (as the
 * text stage makes them); else null. */
export function paragraphStarts(doc: TextDocument): number[] | null {
  const starts: number[] = [];
  let at = 0;
  for (const p of doc.paragraphs) {
    if (!standsAt(doc.text, p, at)) return null;
    starts.push(at);
    at += p.length + 2;
  }
  return starts;
}

/** The paragraphs' count and lengths when they stand in the text one after another (`starts`), else -1 alone. */
export function writeParagraphs(doc: TextDocument, starts: number[] | null, ids: StringIds): void {
  ids.number(starts ? doc.paragraphs.length : -1);
  if (starts) for (const p of doc.paragraphs) ids.number(p.length);
}

/** The paragraphs `writeParagraphs` wrote, as slices of the text; null where they were not sent as places. */
export function readParagraphs(text: string, lists: TripReader): string[] | null {
  const count = lists.number();
  if (count < 0) return null;
  const paragraphs: string[] = [];
  for (let p = 0, at = 0; p < count; p++) {
    const length = lists.number();
    paragraphs.push(text.slice(at, at + length));
    at += length + 2;
  }
  return paragraphs;
}

/** Each sentence's place in the text (its paragraph's start and its place there, looked for after the sentence before
 * it in its paragraph), or -1 where it is not found there. */
export function sentencePlaces(doc: TextDocument, starts: number[]): number[] {
  const places = new Array<number>(doc.sentences.length);
  let para = -1;
  let cursor = 0;
  for (let k = 0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k];
    if (s.paragraph !== para) [para, cursor] = [s.paragraph, 0];
    const found = starts[para] === undefined ? -1 : (doc.paragraphs[para] ?? '').indexOf(s.text, cursor);
    places[k] = found < 0 ? -1 : starts[para] + found;
    if (found >= 0) cursor = found + s.text.length;
  }
  return places;
}
