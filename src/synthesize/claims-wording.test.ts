// A claim's wording tells what its members share, not only frames it (claims.ts representativeOf, framedWordings):
// ECB+ 19_*ecbplus, Kimani Gray's shooting (fixture ecbplus-19-kimani-gray.jsonl, the story's eleven articles in its
// order). Read as prov2 reads them -- 19_1 / 19_7 share only a quoted passage, no copy -- a star is drawn around a
// witness's denial ("A Brooklyn woman who claims she had a bird's-eye view of the fatal police shooting of 16-year-old
// Kimani (Kiki) Gray says the youth did not have a gun in his hand"), which shares the names and the shooting with the
// police's account, the vigils and the remembrance in its frame (the speaker's relative clause), and what it tells
// with two of them: it worded the claim, "corroborated, 5 sources" (prov3's first worse wording).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { readDocuments } from '../pipeline.ts';
import { findRelations } from '../provenance/index.ts';
import { align } from './align.ts';
import { buildUnits } from './units.ts';
import { draftClaims } from './claims.ts';
import { sourceFamiliesOf } from './sources.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'synthesize', 'ecbplus-19-kimani-gray.jsonl');
const WITNESS = 'A Brooklyn woman who claims she had a “bird’s-eye view”';

async function drafted(keep: (from: string, to: string) => boolean) {
  const documents = (await readDocuments([FIXTURE], { threads: 1 })).documents;
  const enrichments = documents.map((d) => enrichDocument(d));
  const { entities } = linkStory(documents, enrichments);
  const units = buildUnits({ documents, enrichments: new Map(documents.map((d, i) => [d.id, enrichments[i]])), entities, fallbackYear: null });
  const relations = findRelations(documents).filter((r) => keep(r.from, r.to));
  const drafts = draftClaims(
    units,
    align(units, relations),
    sourceFamiliesOf(
      relations,
      documents.map((d) => d.id),
    ),
  );
  const unit = (start: string) => {
    const u = units.find((x) => x.text.startsWith(start));
    assert.ok(u, start);
    return u;
  };
  return { drafts, unit };
}

test("a hub sentence sharing the story's names but not the claim's fact does not word the claim", async () => {
  const { drafts, unit } = await drafted((from, to) => !(from === '19_1ecbplus' && to === '19_7ecbplus'));
  const witness = unit(WITNESS);
  const police = unit('Two plainclothes NYPD officers shot and killed a 16-year-old Brooklyn resident');
  const claim = drafts.find((d) => d.members.includes(witness) && d.members.includes(police));
  assert.ok(claim, 'the witness and the police account are one claim (its members are left as they were)');
  assert.ok(claim.members.length >= 5 && claim.independent >= 5);
  assert.notEqual(claim.representative, witness);
  assert.ok(/Kimani/.test(claim.representative.text));
  assert.ok(!/did not have a gun/.test(claim.representative.text));
});

test('the copy relations as main reads them: the witness words no claim either', async () => {
  const { drafts, unit } = await drafted(() => true);
  const witness = unit(WITNESS);
  for (const d of drafts) if (d.members.length > 2) assert.notEqual(d.representative, witness);
});
