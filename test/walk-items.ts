// ECB+ dev articles served as feed items by the watch walks' tests (walk2, walk3): 5_1ecb, 5_2ecb (Maurice Cheeks
// fired by the 76ers), 4_1ecb, 4_2ecb (Bettie Page dies), as records by id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WALK_ITEMS = new Map(
  readFileSync(join(import.meta.dirname, 'fixtures/walk/ecb-feed-items.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; title: string; text: string })
    .map((d) => [d.id, d]),
);

/** Text as XML character data. */
export const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
