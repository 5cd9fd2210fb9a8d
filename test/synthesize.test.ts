// Synthesis across stages on real text: the five seed articles as one story, and eight ECB+ articles about
// one event (the Indian navy capturing 23 pirates, gold cluster 12_1). Real provenance and enrichment run
// first, as in the pipeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sourceFamilies } from '../src/provenance/index.ts';
import { termsOf } from '../src/text/index.ts';
import { termKey } from '../src/synthesize/units.ts';
import { buildReport, reportDocument, reportStory, renderMarkdown, renderHtml } from '../src/report/index.ts';
import type { Claim, StorySynthesis } from '../src/model.ts';
import { ROOT } from './helpers.ts';
import { asOneStory, type OneStoryRun } from './one-story.ts';

const SEEDS = join(ROOT, 'examples', 'seeds');
const ECB = join(ROOT, 'test', 'fixtures', 'synthesize', 'ecbplus-12_1.jsonl');

let seeds: Promise<OneStoryRun> | null = null;
const seedRun = () => (seeds ??= asOneStory(SEEDS));
let ecb: Promise<OneStoryRun> | null = null;
const ecbRun = () => (ecb ??= asOneStory(ECB));

const docOf = (run: OneStoryRun, prefix: string) => run.documents.find((d) => d.id.startsWith(prefix))!;
const sentence = (run: OneStoryRun, doc: string, i: number) => run.documents.find((d) => d.id === doc)?.sentences[i]?.text ?? '';

/** The claim supported by a sentence of `prefix`'s article that matches `pattern`. */
function claimWith(run: OneStoryRun, prefix: string, pattern: RegExp): Claim | undefined {
  const doc = docOf(run, prefix).id;
  return run.synthesis.claims.find((c) => c.support.some((r) => r.document === doc && pattern.test(sentence(run, doc, r.sentence))));
}

function docsOf(c: Claim): string[] {
  return [...new Set(c.support.map((r) => r.document.slice(0, 3)))].sort();
}

const keys = (text: string) => new Set(termsOf(text, 'en').map(termKey));

/** A briefing line and a cited sentence share content: two content terms, or the line is that sentence. */
function sharesContent(line: string, cited: string): boolean {
  if (cited.includes(line.slice(1, 40))) return true;
  const a = keys(line);
  let n = 0;
  for (const k of keys(cited)) if (a.has(k)) n++;
  return n >= 2;
}

test('seeds: the statements the outlets share come out as claims with the right articles', async () => {
  const run = await seedRun();
  const expect: Array<[string, RegExp, string[]]> = [
    ['first visit since 2019', /first to Minsk since 2019/, ['000', '001', '002', '003', '004']],
    ['the joint unit', /joint regional unit/, ['000', '001', '002']],
    ['the warplanes', /Three Russian warplanes/, ['000', '001', '002']],
    ['200,000 troops', /200,000 fresh troops/, ['000', '002', '003']],
    ['the Shoigu trip', /Shoigu/, ['000', '003']],
    ["Makei's death", /Makei/, ['000', '003']],
    ["Peskov's denial", /stupid and unfounded/i, ['002', '003']],
    ["the Pentagon's remark", /impending cross-border/, ['002', '004']],
    ['the launch pad', /launch pad/, ['000', '002', '003', '004']],
  ];
  for (const [what, pattern, docs] of expect) {
    const c = claimWith(run, docs[0], pattern);
    assert.ok(c, `no claim for ${what}`);
    for (const d of docs) assert.ok(docsOf(c).includes(d), `${what}: ${d} missing from ${docsOf(c)}`);
  }
  // the troops and the Peskov denial are stated by sources independent of Reuters
  assert.ok(claimWith(run, '000', /200,000 fresh troops/)!.independentSources >= 2);
  assert.ok(claimWith(run, '002', /stupid and unfounded/)!.independentSources >= 2);
  assert.ok(claimWith(run, '002', /impending cross-border/)!.independentSources >= 2);
});

test('seeds: reworded statements of one fact meet; names alone, or a sentence stating two facts, do not merge claims', async () => {
  const run = await seedRun();
  const one = (prefix: string, pattern: RegExp) => {
    const c = claimWith(run, prefix, pattern);
    assert.ok(c, `no claim for ${prefix} ${pattern}`);
    return c;
  };
  // "first visit in three years" (001, dated by the story; 004, spun) is "first to Minsk since 2019"
  const since = one('000', /first to Minsk since 2019/);
  assert.equal(one('001', /first visit in three years/).id, since.id);
  assert.equal(one('004', /first go to to Belarus in three years/).id, since.id);
  assert.equal(one('003', /first time since 2019/).id, since.id);
  assert.deepEqual(docsOf(since), ['000', '001', '002', '003', '004']);
  // Reuters with The Week and CBC, InoSMI, the Washington Post rewrite
  assert.equal(since.independentSources, 3);
  // ... worded by a sentence that states just that, not by the one that also says "will fly on Monday"
  assert.match(since.text, /since 2019/);
  // the sentence on both facts links them without making them one claim
  const flies = one('000', /flies to Belarus on Monday/);
  assert.notEqual(flies.id, since.id);
  assert.ok(!claimWith(run, '000', /first to Minsk since 2019/)!.support.some((r) => /flies to Belarus on Monday/.test(sentence(run, r.document, r.sentence))));

  // "launched February's invasion from Belarus", "entered Ukraine through Belarus": Belarus was the launch pad
  const pad = one('002', /launch pad/);
  assert.equal(one('004', /launched February.s invasion from Belarus/).id, pad.id);
  assert.equal(one('003', /entered Ukraine through Belarus/).id, pad.id);
  assert.equal(pad.independentSources, 3);
  // the Post's sentence on troops leaving Belarus in spring is not the launch pad
  assert.ok(!pad.support.some((r) => /pulled out of Belarus/.test(sentence(run, r.document, r.sentence))));

  // Shoigu's surprise trip: InoSMI says it too; the Post and InoSMI only say Shoigu came along with Putin
  const shoigu = one('000', /surprise Dec\. 3 trip/);
  assert.deepEqual(docsOf(shoigu), ['000', '003']);
  assert.ok(shoigu.support.some((r) => /Shoigu unexpectedly visited Minsk/.test(sentence(run, r.document, r.sentence))));
  for (const p of [/accompanied by Protection Minister/, /with him came Defense Minister/]) {
    assert.ok(!shoigu.support.some((r) => p.test(sentence(run, r.document, r.sentence))), String(p));
  }

  // Peskov's remark on what the leaders would discuss is not his denial: they share only his name and title
  const discuss = claimWith(run, '000', /two leaders would discuss integration/);
  const denial = one('002', /stupid and unfounded/);
  assert.ok(!discuss?.support.some((r) => /denied allegations/.test(sentence(run, r.document, r.sentence))));
  assert.ok(denial.support.some((r) => /denied allegations/.test(sentence(run, r.document, r.sentence))));

  // the 200,000 troops, written out in the translation
  const troops = one('000', /200,000 fresh troops/);
  assert.equal(one('003', /two hundred thousand/).id, troops.id);

  // no claim collects support across unrelated statements: at most two sentences of any one article
  for (const c of run.synthesis.claims) {
    const per = new Map<string, number>();
    for (const r of c.support) per.set(r.document, (per.get(r.document) ?? 0) + 1);
    assert.ok(Math.max(...per.values()) <= 2, `${c.id}: ${c.text}`);
  }
});

test('seeds: the Reuters re-users count with Reuters as one independent source', async () => {
  const run = await seedRun();
  const ids = run.documents.map((d) => d.id);
  const families = sourceFamilies(run.relations, ids);
  const reuters = families.get(docOf(run, '000').id);
  // provenance's finding, on which the counts rest
  assert.equal(families.get(docOf(run, '001').id), reuters);
  assert.equal(families.get(docOf(run, '002').id), reuters);
  for (const pattern of [/joint regional unit/, /Three Russian warplanes/]) {
    const c = claimWith(run, '000', pattern)!;
    assert.deepEqual(docsOf(c), ['000', '001', '002']);
    assert.equal(c.independentSources, 1);
    assert.equal(c.status, 'single-source');
  }
  // what only Reuters and its copies report is "unique" to each of them, never to InoSMI
  const joint = claimWith(run, '000', /joint regional unit/)!;
  const view = (p: string) => run.synthesis.outlets.find((o) => o.document === docOf(run, p).id)!;
  for (const p of ['000', '001', '002']) assert.ok(view(p).unique.includes(joint.id), p);
  assert.ok(!view('003').unique.includes(joint.id));
  // every count equals the number of families among the supporting articles
  for (const c of run.synthesis.claims) assert.equal(c.independentSources, new Set(c.support.map((r) => families.get(r.document))).size, c.id);
});

test('seeds: quote variants are linked and reported as discrepancies', async () => {
  const run = await seedRun();
  const q = (pattern: RegExp) => run.synthesis.quotes.find((x) => pattern.test(x.text))!;
  const fabrications = q(/stupid and unfounded fabrications/i);
  const statements = q(/stupid and unfounded statements/i);
  assert.ok(fabrications && statements);
  assert.ok(fabrications.variants?.includes(statements.id));
  assert.ok(statements.variants?.includes(fabrications.id));
  const activity = q(/impending cross-border activity/);
  const exercise = q(/impending cross-border exercise/);
  assert.ok(activity.variants?.includes(exercise.id));
  const wordings = run.synthesis.discrepancies.filter((d) => d.kind === 'quote-wording');
  assert.ok(wordings.some((d) => /fabrications/.test(d.detail) && /statements/.test(d.detail)));
  assert.ok(wordings.some((d) => /activity/.test(d.detail) && /exercise/.test(d.detail)));
  // a side that is a spun or translated copy is named as such: its words may be the rewriter's or translator's
  const peskov = wordings.find((d) => /fabrications/.test(d.detail))!;
  assert.match(peskov.detail, /InoSMI \(003_\w+\) is flagged as translated: the difference may come from the translation/);
  assert.doesNotMatch(peskov.detail, /CBC News \(002_\w+\) is flagged/);
  const pentagonWording = wordings.find((d) => /exercise/.test(d.detail))!;
  assert.match(pentagonWording.detail, /Washington Post \(004_\w+\) is flagged as machine-reworded \("spun"\): the difference may come from the rewording/);
  // a quote cut shorter in one outlet is not another wording
  assert.ok(!wordings.some((d) => /Nayev/.test(d.detail)));
  // a wording that differs only in a spun or translated copy is no independent disagreement: the claims it
  // touches keep the status their sources give them, and the discrepancy still names them and says why
  const pentagon = claimWith(run, '002', /impending cross-border/)!;
  const peskovClaim = claimWith(run, '002', /stupid and unfounded fabrications/)!;
  for (const c of [pentagon, peskovClaim]) {
    assert.equal(c.status, 'corroborated', c.text);
    assert.ok(
      wordings.some((d) => d.claims?.includes(c.id) && /not marked disputed/.test(d.detail)),
      c.text,
    );
  }
  // the same wordings from articles not known to be spun or translated are a disagreement between sources
  const unflagged = await asOneStory(SEEDS, false);
  assert.equal(claimWith(unflagged, '002', /impending cross-border/)!.status, 'disputed');
  assert.equal(claimWith(unflagged, '002', /stupid and unfounded fabrications/)!.status, 'disputed');
});

function checkBriefing(run: OneStoryRun) {
  const { briefing } = run.synthesis;
  assert.ok(briefing.length >= 5 && briefing.length <= 10, `briefing has ${briefing.length} lines`);
  const byId = new Map(run.documents.map((d) => [d.id, d]));
  for (const line of briefing) {
    assert.ok(line.support.length > 0, `no support: ${line.text}`);
    for (const ref of line.support) {
      const doc = byId.get(ref.document);
      assert.ok(doc, `cites a missing document ${ref.document}`);
      assert.ok(Number.isInteger(ref.sentence) && ref.sentence >= 0 && ref.sentence < doc.sentences.length, `index out of range ${ref.sentence}`);
      assert.ok(sharesContent(line.text, doc.sentences[ref.sentence].text), `"${line.text}" cites unrelated "${doc.sentences[ref.sentence].text}"`);
    }
    // extractive: the line is (a trimmed form of) one of the sentences it cites
    assert.ok(
      line.support.some((r) => byId.get(r.document)!.sentences[r.sentence].text.includes(line.text.slice(1))),
      `line is not a source sentence: ${line.text}`,
    );
  }
  // corroborated lines first, then single-source ones; no line twice
  const firstSingle = briefing.findIndex((b) => b.singleSource);
  if (firstSingle >= 0) assert.ok(briefing.slice(firstSingle).every((b) => b.singleSource));
  assert.equal(new Set(briefing.map((b) => b.text)).size, briefing.length);
}

test('seeds: no briefing line lacks support; every citation is a real, related sentence', async () => {
  const run = await seedRun();
  checkBriefing(run);
  const text = run.synthesis.briefing.map((b) => b.text).join(' ');
  assert.match(text, /200,000/);
  assert.match(text, /since 2019/);
  assert.ok(!run.synthesis.briefing.some((b) => /^(But|However)\b/.test(b.text)));
});

test('seeds: the timeline is in date order and every entry cites its sentences', async () => {
  const run = await seedRun();
  const { timeline } = run.synthesis;
  assert.ok(timeline.length >= 3);
  const shoigu = timeline.find((t) => /Shoigu/.test(t.text) && /Friday/.test(t.text));
  if (shoigu) assert.equal(shoigu.date, '2022-12-16');
  for (const t of timeline) assert.ok(t.support.length > 0);
  const keysInOrder = timeline.map((t) => t.date.replace(/-W\d+$/, ''));
  assert.ok(keysInOrder.every((k, i) => i === 0 || k.slice(0, 4) >= keysInOrder[i - 1].slice(0, 4)));
});

test('ECB+ 12_1: the event statements carried by several articles are claims with their supporting articles', async () => {
  const run = await ecbRun();
  const { claims } = run.synthesis;
  // "12 Somali and 11 Yemeni" is in five of the eight articles
  const captured = claims.find((c) => c.support.some((r) => /12 Somali/.test(sentence(run, r.document, r.sentence))));
  assert.ok(captured);
  const docs = new Set(captured.support.map((r) => r.document));
  assert.ok(docs.size >= 4, `captured: ${[...docs]}`);
  for (const d of docs) assert.ok(captured.support.some((r) => r.document === d && /Somali|Yemeni/.test(sentence(run, d, r.sentence))));
  assert.ok(captured.independentSources >= 2 && captured.independentSources <= docs.size);
  // the distress call from MV Gibe is corroborated too
  const distress = claims.find((c) => c.status !== 'single-source' && c.support.some((r) => /distress call/.test(sentence(run, r.document, r.sentence))));
  assert.ok(distress);
  // claims are ordered most independently corroborated first
  for (let i = 1; i < claims.length; i++) assert.ok(claims[i - 1].independentSources >= claims[i].independentSources);
  checkBriefing(run);
});

test('same input, same synthesis', async () => {
  const a = await asOneStory(SEEDS);
  const b = await seedRun();
  assert.equal(JSON.stringify(a.synthesis), JSON.stringify(b.synthesis));
});

test('reports put the briefing first, with numbered citations resolving to the source sentence', async () => {
  const run = await seedRun();
  const report = buildReport({
    documents: run.documents.map((d) => reportDocument(d)),
    relations: run.relations,
    stories: [reportStory(run.group, run.synthesis)],
    problems: [],
  });
  const md = renderMarkdown(report);
  const at = (h: string) => md.indexOf(`### ${h}`);
  assert.ok(at('Briefing') > 0 && at('Briefing') < at('Why these articles are one story'));
  assert.ok(at('Claims') > at('Briefing') && at('Discrepancies') > 0);
  // counts read as English: InoSMI leaves out one corroborated claim
  assert.match(md, /^- \*\*InoSMI\*\*: .*leaves out 1 corroborated claim$/m);
  assert.doesNotMatch(md, /\b1 (corroborated )?claims\b/);
  const first = run.synthesis.briefing[0];
  const ref = first.support[0];
  const citedDoc = run.documents.find((d) => d.id === ref.document)!;
  const cited = citedDoc.sentences[ref.sentence].text;
  assert.match(md, /^1\. .*\[1\]/m);
  const note = md.split('\n').find((l) => l.startsWith('[1] '))!;
  // the note names the article as a reader knows it (its outlet), not by its record id
  assert.ok(note.startsWith(`[1] ${citedDoc.outlet}`) && note.includes(`sentence ${ref.sentence + 1}`), note);
  assert.ok(!note.includes(ref.document.replace(/_/g, '\\_')), note);
  assert.ok(note.includes(cited.slice(0, 30).replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1')));
  const html = renderHtml(report);
  assert.ok(html.indexOf('<h3>Briefing</h3>') < html.indexOf('<h3>Why these articles are one story</h3>'));
  assert.match(html, /<a class="cite" href="#cite-story-1">\[1\]<\/a>/);
  assert.match(html, /<li id="cite-story-1">/);
});

test('hostile article text in claims, briefing, discrepancies, timeline and outlets is escaped', async () => {
  const evil = '<script>alert(1)</script><img src=x onerror=alert(2)> [link](javascript:x) | cell';
  const run = await seedRun();
  const ref = run.synthesis.briefing[0].support[0];
  const synthesis: StorySynthesis = {
    ...run.synthesis,
    claims: [{ id: 'c<1>', text: evil, support: [ref, { document: 'missing<doc>', sentence: 3 }], independentSources: 2, status: 'disputed' }],
    discrepancies: [{ kind: 'quote-wording', detail: evil, claims: ['c<1>'], support: [ref] }],
    briefing: [{ text: evil, support: [ref] }],
    timeline: [{ date: '<b>2022</b>', text: evil, support: [ref] }],
    outlets: [{ document: ref.document, unique: ['c<1>'], omits: ['c<1>'] }],
  };
  const report = buildReport({
    documents: run.documents.map((d) => reportDocument(d)),
    relations: [],
    stories: [reportStory(run.group, synthesis)],
    problems: [],
  });
  const html = renderHtml(report);
  assert.ok(!html.includes('<script>') && !html.includes('<img') && !html.includes('<b>2022'));
  assert.ok(html.includes('&lt;script&gt;'));
  const md = renderMarkdown(report);
  assert.ok(!md.includes('<script>') && !md.includes('](javascript'));
});
