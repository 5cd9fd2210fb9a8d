// Per-document flags (spun, translated). Computed after every document is read: the transliteration
// signal compares each document with the rest of the collection.
import type { DocId, DocumentFlags, Flag, TextDocument } from '../model.ts';
import { loadBigramTable, type BigramTable } from './bigrams.ts';
import { spunFlag } from './spun.ts';
import { transliterationVariants, translatedFlag } from './translated.ts';

/** `spun`: a document's spun flag (it depends on the document alone: a caller that met it before may keep it). */
export function documentFlags(
  docs: TextDocument[],
  table: BigramTable | null = loadBigramTable(),
  spun: (d: TextDocument) => Flag = (d) => spunFlag(d, table),
): Map<DocId, DocumentFlags> {
  const variants = transliterationVariants(docs);
  const out = new Map<DocId, DocumentFlags>();
  for (const d of docs) out.set(d.id, { spun: spun(d), translated: translatedFlag(d, variants.get(d.id)) });
  return out;
}
