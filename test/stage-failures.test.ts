// A failure in any stage after the text stage stays with its document or story: that one becomes a
// problem line naming the stage and the reason (one line, no stack); the rest of the report is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readDocuments, analyzeDocuments, type StageName } from '../src/pipeline.ts';
import { renderMarkdown } from '../src/report/index.ts';
import { runIsolated } from '../src/common/isolate.ts';
import type { TextDocument } from '../src/model.ts';
import { ROOT, SEEDS } from './helpers.ts';

const read = readDocuments([
  join(SEEDS, '000_a5b2a6d156f426f8.txt'),
  join(SEEDS, '001_3faca63f91a4deb3.txt'),
  join(SEEDS, '002_9536d35874c14773.txt'),
  join(ROOT, 'test/fixtures/synthesize/ecbplus-12_1.jsonl'),
]);

/** A stage that throws for one input, as a bug meeting a strange article would. */
function failing(stage: StageName, id: string) {
  return (s: StageName, subject: string) => {
    if (s === stage && subject === id) throw new TypeError(`Cannot read properties of undefined (reading 'length')\n    at somewhere (file.ts:1:1)`);
  };
}

test('a document that makes a collection stage (flags, provenance, enrich, cluster) throw is one problem; the rest of the report is written', async () => {
  const { documents, problems } = await read;
  const baseline = analyzeDocuments(documents, problems);
  assert.ok(baseline.stories.length >= 2);
  const victim = documents[1];
  for (const stage of ['flags', 'provenance', 'enrich', 'cluster'] as const) {
    const report = analyzeDocuments(documents, problems, { beforeStage: failing(stage, victim.id) });
    assert.equal(report.problems.length, 1, `${stage}: ${JSON.stringify(report.problems)}`);
    const [p] = report.problems;
    assert.equal(p.source, victim.source);
    assert.equal(p.reason, `${stage} stage failed: Cannot read properties of undefined (reading 'length'); the article is left out`);
    assert.deepEqual(
      report.documents.map((d) => d.id),
      baseline.documents.map((d) => d.id).filter((id) => id !== victim.id),
      stage,
    );
    assert.ok(report.stories.length >= 2, `${stage}: stories still written`);
    assert.ok(
      report.stories.every((s) => !s.documents.includes(victim.id) && s.briefing.length > 0),
      stage,
    );
    assert.ok(report.relations.every((r) => r.from !== victim.id && r.to !== victim.id));
  }
});

test('a story whose link, synthesize or report stage throws is listed without its account; the other stories keep theirs', async () => {
  const { documents, problems } = await read;
  const baseline = analyzeDocuments(documents, problems);
  const [victim, other] = baseline.stories;
  for (const stage of ['link', 'synthesize', 'report'] as const) {
    const report = analyzeDocuments(documents, problems, { beforeStage: failing(stage, victim.id) });
    assert.deepEqual(report.problems, [
      {
        source: `story ${victim.id} (${victim.title})`,
        reason: `${stage} stage failed: Cannot read properties of undefined (reading 'length'); the story is listed without its account`,
      },
    ]);
    const failed = report.stories.find((s) => s.id === victim.id)!;
    assert.deepEqual(failed.documents, victim.documents);
    assert.deepEqual([failed.briefing, failed.claims], [[], []]);
    assert.deepEqual(
      report.stories.find((s) => s.id === other.id),
      other,
      `${stage}: the other story is untouched`,
    );
    assert.equal(report.documents.length, baseline.documents.length);
    assert.match(renderMarkdown(report), new RegExp(`${stage} stage failed`));
  }
});

test('isolation finds the item that makes a stage throw, whatever its place, in about log2(n) runs', () => {
  for (const bad of [0, 17, 63]) {
    let runs = 0;
    const items = Array.from({ length: 64 }, (_, i) => i);
    const result = runIsolated(items, (some) => {
      runs++;
      if (some.includes(bad)) throw new Error(`item ${bad} is broken`);
      return some.length;
    });
    assert.equal(result.value, 63);
    assert.deepEqual(result.failed, [{ item: bad, reason: `item ${bad} is broken` }]);
    assert.ok(runs <= 10, `${runs} runs`);
  }
  // a stage that fails only when two items meet: the later one is left out
  const pair = runIsolated([1, 2, 3, 4, 5], (some) => {
    if (some.includes(2) && some.includes(4)) throw new Error('2 meets 4');
    return some;
  });
  assert.deepEqual(pair.value, [1, 2, 3, 5]);
  assert.deepEqual(
    pair.failed.map((f) => f.item),
    [4],
  );
  // a stage broken for every input fails as a whole, with one reason
  const broken = runIsolated<TextDocument, never>([], () => {
    throw new Error('no table loaded');
  });
  assert.equal(broken.wholeFailure, 'no table loaded');
});
