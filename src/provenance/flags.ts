// Per-document flags (spun, translated). Computed after every document is read: the transliteration
// signal compares each document with the rest of the collection.
import type { DocId, DocumentFlags, TextDocument } from '../model.ts';
import { loadBigramTable, type BigramTable } from './bigrams.ts';
import { spunFlag } from './spun.ts';
import { transliterationVariants, translatedFlag } from './translated.ts';

export function documentFlags(docs: TextDocument[], table: BigramTable | null = loadBigramTable()): Map<DocId, DocumentFlags> {
  const variants = transliterationVariants(docs);
  const out = new Map<DocId, DocumentFlags>();
  for (const d of docs) out.set(d.id, { spun: spunFlag(d, table), translated: translatedFlag(d, variants.get(d.id)) });
  return out;
}
