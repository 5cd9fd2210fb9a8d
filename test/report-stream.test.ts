// The report stream (analyzeStream, streamDocuments): its stories worked out as they are written must
// give, byte for byte, the report worked out whole (JSON.stringify(report, null, 2), and the Markdown),
// problems of a story's stages included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeDocuments, analyzeStream, readDocuments, streamDocuments, type AnalyzeOptions } from '../src/pipeline.ts';
import { renderMarkdown, reportChunks } from '../src/report/index.ts';
import { ecbLines, SEEDS } from './helpers.ts';
import { scratchDir } from './scratch.ts';

const written = (chunks: Iterable<string>) => [...chunks].join('');

test('the seeds: the streamed JSON and Markdown are those of the whole report', async () => {
  const whole = await analyze([SEEDS]);
  assert.equal(written(reportChunks(await analyzeStream([SEEDS]), 'json')), `${JSON.stringify(whole, null, 2)}\n`);
  assert.equal(written(reportChunks(await analyzeStream([SEEDS]), 'md')), renderMarkdown(whole));
});

test('ECB+ dev (many stories): the streamed JSON is byte-identical to the whole report', async () => {
  const dir = scratchDir('crosscheck-stream-');
  writeFileSync(join(dir, 'ecb.jsonl'), `${ecbLines(2).join('\n')}\n`);
  const { documents, problems } = await readDocuments([dir]);
  const whole = analyzeDocuments(documents, problems);
  assert.ok(whole.stories.length > 20, `${whole.stories.length} stories`);
  assert.equal(written(reportChunks(streamDocuments(documents, problems), 'json')), `${JSON.stringify(whole, null, 2)}\n`);
});

test('a story whose synthesis fails: the stream lists it without its account and writes the problem after the stories', async () => {
  const { documents, problems } = await readDocuments([SEEDS]);
  const [story] = analyzeDocuments(documents, problems).stories;
  const options: AnalyzeOptions = {
    beforeStage: (stage, id) => {
      if (stage === 'synthesize' && id === story.id) throw new Error('no account');
    },
  };
  const whole = analyzeDocuments(documents, problems, options);
  assert.equal(whole.problems.length, 1);
  const json = written(reportChunks(streamDocuments(documents, problems, options), 'json'));
  assert.equal(json, `${JSON.stringify(whole, null, 2)}\n`);
  assert.match(json, /synthesize stage failed: no account/);
});

test("a stream's stories are read once (a second read would work every account out again)", () => {
  const stream = streamDocuments([]);
  assert.equal(stream.stories.length, 0);
  assert.deepEqual([...stream.stories], []);
  assert.throws(() => [...stream.stories], /read once/);
});

test('the seeds: each document, relation and story is one piece, its comma before it, nothing joined after it', async () => {
  const whole = await analyze([SEEDS]);
  const chunks = [...reportChunks(await analyzeStream([SEEDS]), 'json')];
  // a list's items: after its opening line, the pieces up to its closing line
  for (const key of ['documents', 'relations', 'stories'] as const) {
    const open = chunks.indexOf(`\n  ${JSON.stringify(key)}: [`);
    assert.ok(open >= 0, key);
    const items = chunks.slice(open + 1, open + 1 + whole[key].length);
    assert.equal(items.length, whole[key].length);
    items.forEach((piece, i) => {
      // the first without a comma, the others after the one that ends the item before
      assert.equal(piece.startsWith(i === 0 ? '\n    ' : ',\n    '), true, `${key} ${i}`);
      // the item, nested two levels deep: nothing after it
      const text = piece.slice(i === 0 ? 0 : 1);
      assert.equal(text, `\n    ${JSON.stringify(whole[key][i], null, 2).replaceAll('\n', '\n    ')}`);
    });
    assert.match(chunks[open + 1 + whole[key].length], /^\n {2}\]/);
  }
});
