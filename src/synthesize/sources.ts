// Independent sources: a copy and its original count once. The families are provenance's
// (src/provenance/families.ts); this module only adapts them to what synthesis asks.
import type { DocId, Relation } from '../model.ts';
import { sourceFamilies, countIndependent } from '../provenance/families.ts';

/** What synthesis needs to know about copies: which family each document belongs to. */
export interface SourceFamilies {
  /** a stable family key for the document (its own id when it copies nobody and nobody copies it) */
  familyOf(doc: DocId): string;
  /** how many independent sources a set of documents amounts to */
  count(docs: Iterable<DocId>): number;
}

/** Families of the story's documents from the copy relations among them. */
export function sourceFamiliesOf(relations: Relation[], docIds: DocId[]): SourceFamilies {
  const families = sourceFamilies(relations, docIds);
  return {
    familyOf: (doc) => families.get(doc) ?? doc,
    count: (docs) => countIndependent(docs, families),
  };
}
