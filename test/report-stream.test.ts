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
