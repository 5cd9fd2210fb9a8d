// Source families: documents connected by copy relations are one source. Any count of sources counts
// a family once ("five outlets report it" from one wire story is one source).
import type { DocId, Relation, RelationKind } from '../model.ts';
import { UnionFind } from '../common/union-find.ts';

/** Relation kinds that make two documents one source. */
export const FAMILY_KINDS: ReadonlySet<RelationKind> = new Set(['duplicate', 'near-duplicate', 'reuse', 'paraphrase']);

/**
 * Family of every document: the id of the family's first document (in `docIds` order). A document in no
 * relation is its own family. Union-find over the relations, so cost is near-linear.
 */
export function sourceFamilies(relations: Relation[], docIds: DocId[], kinds: ReadonlySet<RelationKind> = FAMILY_KINDS): Map<DocId, string> {
  const index = new Map<DocId, number>();
  docIds.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  const sets = new UnionFind(docIds.length);
  for (const r of relations) {
    if (!kinds.has(r.kind)) continue;
    const a = index.get(r.from);
    const b = index.get(r.to);
    if (a === undefined || b === undefined) continue;
    // The lower index becomes the root, so the family id is its first document.
    sets.union(a, b);
  }
  const out = new Map<DocId, string>();
  docIds.forEach((id, i) => out.set(id, docIds[sets.find(i)]));
  return out;
}

/** Number of independent sources among documents: each family counts once; unknown documents count alone. */
export function countIndependent(docIds: Iterable<DocId>, families: Map<DocId, string>): number {
  const seen = new Set<string>();
  for (const id of docIds) seen.add(families.get(id) ?? `doc:${id}`);
  return seen.size;
}

/** The families with more than one member, as lists of document ids (in `docIds` order). */
export function familyGroups(families: Map<DocId, string>): DocId[][] {
  const groups = new Map<string, DocId[]>();
  for (const [id, fam] of families) {
    const g = groups.get(fam);
    if (g) g.push(id);
    else groups.set(fam, [id]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
