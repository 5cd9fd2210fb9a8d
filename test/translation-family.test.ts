// A translation is a copy of its original (walk9's lead): it joins the original's source family, so a story does not
// count a report and its translation as two independent sources. Fixture test/fixtures/provenance/
// letwin-translation.jsonl: stern.de's report of the Letwin vote (19 October 2019), its English translation (walk9's
// fixture: translated from the real German for the walk, credited "This article was translated from German."), and
// the Neue Zürcher Zeitung's own report of the same vote (trafilatura-eval's nzz.ch page, as the pipeline extracts
// it): an independent third source, in German, that writes the same figures ("322 zu 306", "31. Oktober").
// Before: the translation was joined to nothing -- its sentences stood as single-source claims of their own beside
// their originals (the briefing gave each fact twice, German and English; the timeline the 2016 referendum twice), and
// walk9's Boric claim read "corroborated, 2" by Cooperativa.cl and its translation alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { renderHtml, renderMarkdown } from '../src/report/index.ts';
import { countIndependent, sourceFamilies } from '../src/provenance/families.ts';
import { validateReport } from './contract.ts';
import { ROOT } from './helpers.ts';
import { scratchDir } from './scratch.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'provenance', 'letwin-translation.jsonl');
const WALK = join(ROOT, 'test', 'fixtures', 'walk', 'es-de-translations.jsonl');

test('a translation joins its original: one source with it, the independent report a second (stern.de, its English translation, NZZ)', async () => {
  const report = await analyze([FIXTURE]);
  assert.deepEqual(validateReport(report), []);
  const story = report.stories.find((s) => s.documents.includes('stern-brexit'))!;
  assert.deepEqual([...story.documents].sort(), ['eurodesk-english-brexit', 'nzz-brexit', 'stern-brexit']);
  // the relation: from the translation to its original, with the reason
  const r = report.relations.find((x) => x.from === 'eurodesk-english-brexit')!;
  assert.equal(r.to, 'stern-brexit');
  assert.equal(r.kind, 'paraphrase');
  assert.equal(r.directed, true);
  assert.match(r.why![0], /^a translation of stern-brexit: \d+ of its 25 sentences follow the 24 of that de article one to one/);
  assert.ok(r.why!.some((w) => w.includes('This article was translated from German.')));
  assert.ok(!report.relations.some((x) => x.from === 'nzz-brexit' || x.to === 'nzz-brexit'), "the NZZ report is nobody's copy");
  // families: stern.de and its translation are one source, NZZ another
  const families = sourceFamilies(report.relations, story.documents);
  assert.equal(countIndependent(story.documents, families), 2);
  // the vote's claim: told by all three, counted twice -- the original and its translation once
  const vote = story.claims.find((c) =>
    c.support.some((p) => p.document === 'nzz-brexit' && /322 zu 306/.test(report.documents.find((d) => d.id === 'nzz-brexit')!.sentences[p.sentence])),
  )!;
  assert.ok(vote, 'a claim holds the NZZ sentence with the vote');
  assert.deepEqual([...new Set(vote.support.map((p) => p.document))].sort(), ['eurodesk-english-brexit', 'nzz-brexit', 'stern-brexit']);
  assert.equal(vote.independentSources, 2);
  assert.equal(vote.status, 'corroborated');
  // no English sentence stands as a claim "only one source" makes beside its German original
  const english = report.documents.find((d) => d.id === 'eurodesk-english-brexit')!;
  const mps = english.sentences.findIndex((s) => s.startsWith('MPs voted by 322 to 306'));
  const holding = story.claims.filter((c) => c.support.some((p) => p.document === english.id && p.sentence === mps));
  assert.equal(holding.length, 1);
  assert.equal(holding[0], vote);
  // the timeline: the deadline the German claim states as "über den 31. Oktober hinaus" (and its translation as
  // "beyond 31 October", the NZZ as "des für 31. Oktober geplanten EU-Austritts"), one entry for the three; the 2016
  // referendum one entry, not one per language
  const deadline = story.timeline.filter((e) => e.date === '2019-10-31' && e.support.some((p) => p.document === 'stern-brexit'));
  assert.equal(deadline.length, 1);
  assert.deepEqual(deadline[0].support.map((p) => p.document).sort(), ['eurodesk-english-brexit', 'nzz-brexit', 'stern-brexit']);
  assert.equal(story.timeline.filter((e) => e.date === '2016').length, 1);
  // the reports say it: the relation named, the family counted once
  const md = renderMarkdown(report);
  assert.ok(md.includes('2 independent sources among 3 articles; copies counted once: {stern.de, Eurodesk English}.'), md.slice(0, 2000));
  assert.match(md, /\*\*Eurodesk English\*\* is a translation of \*\*stern\.de\*\* — paraphrase/);
  assert.match(md, /- a translation of \*\*stern\.de: Niederlage für Johnson: Parlament vertagt Votum über Brexit-Deal[^*]*\*\*: \d+ of its 25 sentences/);
  const html = renderHtml(report);
  assert.match(html, /2 independent sources among 3 articles; copies counted once: \{<a [^>]*>stern\.de<\/a>, <a [^>]*>Eurodesk English<\/a>\}/);
  assert.match(html, /<strong>is a translation of<\/strong>/);
});

test("a translation whose original is not in the collection joins nothing: the other language's independent report stays a source of its own", async () => {
  const lines = readFileSync(FIXTURE, 'utf8').trim().split('\n');
  const dir = scratchDir('translation-family-');
  const file = join(dir, 'no-original.jsonl');
  writeFileSync(file, `${lines.filter((l) => !l.includes('"id": "stern-brexit"')).join('\n')}\n`);
  const report = await analyze([file]);
  assert.equal(report.documents.length, 2);
  assert.ok(report.documents.find((d) => d.id === 'eurodesk-english-brexit')!.flags.translated.detected);
  assert.deepEqual(report.relations, []);
});

test('walk9\'s Boric story: the claim Cooperativa.cl and its English translation told is single-source, not "corroborated, 2"', async () => {
  const report = await analyze([WALK]);
  const boric = report.stories.find((s) => s.documents.includes('cooperativa-boric'))!;
  const r = report.relations.find((x) => x.from === 'andes-english-boric')!;
  assert.equal(r.to, 'cooperativa-boric');
  assert.match(r.why![0], /^a translation of cooperativa-boric: /);
  const chubunco = boric.claims.find((c) => /Base Aérea Chubunco/.test(c.text))!;
  assert.deepEqual(
    chubunco.support.map((p) => p.document),
    ['cooperativa-boric', 'andes-english-boric'],
  );
  assert.equal(chubunco.independentSources, 1);
  assert.equal(chubunco.status, 'single-source');
  assert.ok(!boric.claims.some((c) => c.status === 'corroborated'), 'one EFE text, copied and translated: nothing independently corroborated');
});
