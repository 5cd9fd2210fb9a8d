// What each article adds (claims only it and its copies report) and leaves out (corroborated claims it lacks).
import type { Claim, DocId, OutletView } from '../model.ts';
import type { DraftClaim } from './claims.ts';
import type { SourceFamilies } from './sources.ts';

export function outletViews(docIds: DocId[], drafts: DraftClaim[], claims: Claim[], families: SourceFamilies): OutletView[] {
  return docIds.map((doc) => {
    const family = families.familyOf(doc);
    const unique: string[] = [];
    const omits: string[] = [];
    drafts.forEach((d, i) => {
      const has = d.docs.includes(doc);
      if (has && d.docs.every((o) => families.familyOf(o) === family)) unique.push(claims[i].id);
      if (!has && d.independent >= 2) omits.push(claims[i].id);
    });
    return { document: doc, unique, omits };
  });
}
