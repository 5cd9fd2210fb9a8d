// A page of a kind that tells no event (a recipe, a legal notice: cluster/page-kinds.ts) stands as a story of its own
// because its topic words and title are kept out of clustering (bench/HISTORY.md clusters76); the report said nothing
// of why. Now its membership's reason and a note on the input used say it, in JSON, Markdown and HTML. Real pages:
// trafilatura-eval's markeich.de imprint, chefkoch.de's cake recipe, and an essay (no kind) from the fixture. The story
// base keeps the membership's reason, which the web app's story page shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocuments, readDocuments } from '../src/pipeline.ts';
import { renderReport } from '../src/report/index.ts';
import { validateReport } from './contract.ts';
import { forEachBackend, suiteBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'cluster', 'recipes-legal.jsonl');
const KEPT = ['markeich.de.impressum', 'chefkoch.de.mandarinen', 'wolfgangmichal.de.sorgfaltspflicht'];

const read = await readDocuments([FIXTURE]);
const documents = read.documents.filter((d) => KEPT.includes(d.id));
const report = analyzeDocuments(documents, read.problems);
const sourceOf = (id: string) => documents.find((d) => d.id === id)?.source;
const reasonOf = (id: string) => report.stories.flatMap((s) => s.members).find((m) => m.document === id)?.reason ?? '';

test("a recipe's and a legal notice's note and membership say they were kept out of topic matching", () => {
  assert.equal(documents.length, 3);
  assert.deepEqual(validateReport(JSON.parse(JSON.stringify(report))), []);
  // in the report's order of documents
  const order = (source?: string) => report.documents.findIndex((d) => d.source === source);
  const notes = report.problems.filter((p) => p.rule === 'eventless-page');
  assert.deepEqual(
    notes.map((p) => [p.source, p.reason]),
    [
      [
        sourceOf('chefkoch.de.mandarinen'),
        "a recipe, a page that tells no event: its topic words and title were kept out of topic matching (its quantities, ingredients and cooking steps are every recipe's)",
      ],
      [
        sourceOf('markeich.de.impressum'),
        "a legal notice, a page that tells no event: its topic words and title were kept out of topic matching (its liability, data and contact clauses are every site's)",
      ],
    ].sort((a, b) => order(a[0]) - order(b[0])),
  );
  // each stands alone, its opening says why; the essay's says nothing of a kind
  for (const id of KEPT.slice(0, 2)) assert.equal(report.stories.find((s) => s.documents.includes(id))?.documents.length, 1);
  assert.match(reasonOf('markeich.de.impressum'), /^opened the story; a legal notice, a page that tells no event: its topic words and title were kept out/);
  assert.match(reasonOf('chefkoch.de.mandarinen'), /^opened the story; a recipe, a page that tells no event: /);
  assert.doesNotMatch(reasonOf('wolfgangmichal.de.sorgfaltspflicht'), /tells no event/);
});

test('Markdown and HTML show the reasons among the notes on inputs used and in how each article joined, escaped', () => {
  const md = renderReport(report, 'md');
  const notes = md.slice(md.indexOf('## Notes on inputs used'));
  assert.match(notes, /: a legal notice, a page that tells no event: its topic words and title were kept out of topic matching \\\(its liability/);
  assert.match(notes, /: a recipe, a page that tells no event: /);
  assert.match(md, /\| opened the story; a recipe, a page that tells no event: [^|\n]* \|/);
  const html = renderReport(report, 'html');
  assert.match(html, /<h2>Notes on inputs used<\/h2><ul class="problems">(<li>[^<]*a page that tells no event[^<]*<\/li>){2}<\/ul>/);
  assert.match(html, /<td>opened the story; a legal notice, a page that tells no event: [^<]*every site&#39;s\)[^<]*<\/td>/);
  assert.doesNotMatch(html, /every (site|recipe)'s/);
});

forEachBackend('page kinds in the story base on %s', (kind) => {
  const on = suiteBase(kind);
  test("a legal notice's and a recipe's stored memberships say why they stand alone", async () => {
    const lines = readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .filter((l) => l && KEPT.includes((JSON.parse(l) as { id: string }).id));
    assert.equal(lines.length, 3);
    const path = join(scratchDir('cc-page-kinds-'), 'pages.jsonl');
    writeFileSync(path, `${lines.join('\n')}\n`);
    await on.base.ingest([path]);
    const stored = (await on.base.export()).stories.flatMap((s) => s.members);
    const reason = (id: string) => stored.find((m) => m.document === id)?.reason ?? '';
    assert.match(reason('markeich.de.impressum'), /^opened the story; a legal notice, a page that tells no event: /);
    assert.match(reason('chefkoch.de.mandarinen'), /^opened the story; a recipe, a page that tells no event: /);
    assert.doesNotMatch(reason('wolfgangmichal.de.sorgfaltspflicht'), /tells no event/);
  });
});
