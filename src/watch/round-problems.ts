// A watch round's per-item problems, grouped: one problem per feed and reason with a count and the item numbers as
// ranges, the first few items' detail kept (a feed of thousands of bad items gave a row per item, and a page of them
// on the problems page). A reason met by one item of a feed stays the item's own row, as before.
import type { Problem } from '../model.ts';
import { itemRanges } from '../ingest/feed.ts';

/** The problems of one feed item of a round: its feed and its number in the feed (1 = the feed's first item). */
export interface ItemProblems {
  feedUrl: string;
  item: number;
  problems: Problem[];
}

/** Items whose own detail a grouped problem keeps. */
const DETAILED_ITEMS = 3;
/** Item ranges a grouped problem lists before "and N more". */
const LISTED_RANGES = 10;

/** What items of a feed share: the reason's first two parts ("feed item holds only a summary, used as the text:
 * linked page not fetched"); the rest ("HTTP 404 from the server", a host, an address) is the item's detail. */
function reasonKind(reason: string): { kind: string; detail: string } {
  const parts = reason.split(': ');
  if (parts.length <= 2) return { kind: reason, detail: '' };
  return { kind: parts.slice(0, 2).join(': '), detail: parts.slice(2).join(': ') };
}

const count = (n: number) => n.toLocaleString('en-US');

/** The round's problems, grouped per feed and kind of reason, in the order first met. */
export function groupRoundProblems(items: ItemProblems[]): Problem[] {
  const groups = new Map<string, { feedUrl: string; kind: string; entries: Array<{ item: number; p: Problem; detail: string }> }>();
  for (const it of items) {
    const seen = new Set<string>();
    for (const p of it.problems) {
      const { kind, detail } = reasonKind(p.reason);
      const key = `${it.feedUrl}\n${kind}`;
      // an item with two problems of one kind is one item of the group (its first problem's detail kept)
      if (seen.has(key)) continue;
      seen.add(key);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { feedUrl: it.feedUrl, kind, entries: [] }));
      g.entries.push({ item: it.item, p, detail });
    }
  }
  const out: Problem[] = [];
  for (const g of groups.values()) {
    if (g.entries.length === 1) {
      out.push(g.entries[0].p);
      continue;
    }
    const entries = g.entries.sort((a, b) => a.item - b.item);
    const first = entries.slice(0, DETAILED_ITEMS);
    const detail = first.map((f) => `#${f.item} ${f.p.source}${f.detail ? `: ${f.detail}` : ''}`).join('; ');
    const more = entries.length > first.length ? `; ${count(entries.length - first.length)} more` : '';
    const numbers = [...new Set(entries.map((e) => e.item))];
    out.push({
      source: g.feedUrl,
      reason: `${count(entries.length)} feed items (${itemRanges(numbers, LISTED_RANGES)}): ${g.kind} (${detail}${more})`,
    });
  }
  return out;
}
