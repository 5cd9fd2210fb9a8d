import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { documentFeatures } from './features.ts';
import { clusterStories } from './index.ts';
import { docAgreement, leadSubject, storyAgreement, type Leads } from './lead.ts';

// real Reuters-21578 items of three templates (eurobond issues, quarterly results, dividends), several companies each
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster', 'reuters-issuers.jsonl');
const docs = (await readDocuments([FIXTURE])).documents;
const byId = (id: string) => docs.find((d) => d.id === id) ?? assert.fail(`no document ${id}`);
const lead = (id: string) => {
  const d = byId(id);
  return leadSubject(d, documentFeatures(d).names);
};

test("an item's lead subject is the organisation opening its title or first sentence", () => {
  // "GECC ISSUES 75 MLN AUSTRALIAN DLR EUROBOND" / "General Electric Credit Corp is issuing ..."
  assert.deepEqual(lead('2272'), ['gecc', 'general']);
  // "DAHLBERG INC <DAHL> 4TH QTR NET" (the text holds only figures)
  assert.deepEqual(lead('138'), ['dahl', 'dahlberg']);
  // "THE CHUBB CORP <CB> SETS QTRLY PAYOUT" and "CHUBB CORP <CB> SETS QUARTERLY" share it
  assert.deepEqual(lead('2809'), ['cb', 'chubb']);
  assert.deepEqual(lead('2773'), ['cb', 'chubb']);
  // a name in angle brackets: "<IVACO INC> YEAR NET"
  assert.deepEqual(lead('93'), ['ivaco']);
  // "TWA <TWA> MAKES MERGER OFFER FOR USAIR <U>" / "Trans World Airlines said ..."
  assert.deepEqual(lead('1735'), ['trans', 'twa']);
});

test("different companies' same-template items stay apart; one company's items still join", () => {
  const groups = clusterStories(docs);
  const storyOf = new Map(groups.flatMap((g, i) => g.documents.map((d) => [d, i] as const)));
  const together = (a: string, b: string) => storyOf.get(a) === storyOf.get(b);
  // eurobonds: GECC, Merrill Lynch, McDonalds, Unilever Australia
  for (const [a, b] of [
    ['2272', '301'],
    ['2272', '1922'],
    ['1922', '3000'],
  ])
    assert.ok(!together(a, b), `${byId(a).title} / ${byId(b).title}`);
  // 4th quarter results of Dahlberg, Strober, Technology Development, Jones Medical
  for (const [a, b] of [
    ['138', '456'],
    ['621', '1344'],
  ])
    assert.ok(!together(a, b), `${byId(a).title} / ${byId(b).title}`);
  // one company's items: Scotia Mortgage's eurobond twice, Pirelli's twice, Chubb's dividend twice
  for (const [a, b] of [
    ['1086', '1089'],
    ['2143', '2158'],
    ['2773', '2809'],
  ])
    assert.ok(together(a, b), `${byId(a).title} / ${byId(b).title}`);
  // two companies' items of one affair, each naming the other: TWA's bid for USAir and USAir's answers
  for (const [a, b] of [
    ['1735', '1996'],
    ['1735', '1771'],
  ])
    assert.ok(together(a, b), `${byId(a).title} / ${byId(b).title}`);
  // the reason is the item's: GECC's opened its own story, Merrill Lynch's the closest
  const gecc = groups.flatMap((g) => g.members).find((m) => m.document === '2272');
  assert.match(gecc?.reason ?? '', /opened the story; closest story .* \(other lead subjects \(gecc \/ \w+, 0% agree\): score x0\.\d+\)/);
});

test("an item naming the other side's lead subject is of one affair with it, not another company's same-template item", () => {
  // TWA's bid (1735) and USAir's answer (1996): the answer names Trans World Airlines
  const twa: Leads = { keys: new Map(lead('1735').map((k) => [k, 1])), members: 1 };
  const usair: Leads = { keys: new Map(lead('1996').map((k) => [k, 1])), members: 1 };
  const names = (id: string) => {
    const f = documentFeatures(byId(id)).names;
    return (k: string) => f.has(k);
  };
  assert.equal(docAgreement(lead('1996'), twa, names('1996'), names('1735')), 1);
  assert.equal(storyAgreement(twa, usair, names('1735'), names('1996')), 1);
  // GECC's and Merrill Lynch's eurobonds: neither names the other
  const merrill: Leads = { keys: new Map(lead('301').map((k) => [k, 1])), members: 1 };
  assert.equal(docAgreement(lead('2272'), merrill, names('2272'), names('301')), 0);
});
