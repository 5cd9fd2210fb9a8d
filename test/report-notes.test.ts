// A note on an input used (a NUL byte taken out of a seed article) was listed under "Inputs not used" in analyze's
// Markdown and HTML reports beside an input that was refused (walk14, after walk13's lead): now a list of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, SEEDS } from './helpers.ts';
import { scratchDir } from './scratch.ts';

test('analyze: a note on an input used is listed apart from the inputs not used (Markdown and HTML)', async () => {
  const dir = scratchDir('cc-report-notes-');
  const seed = readFileSync(join(SEEDS, readdirSync(SEEDS).sort()[1]), 'utf8');
  writeFileSync(join(dir, 'seed-nul.txt'), seed.replace('. ', '.\u0000 '));
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  const md = await runCli(['analyze', dir, '-q']);
  assert.equal(md.status, 0, md.stderr);
  const tail = md.stdout.slice(md.stdout.indexOf('## Inputs not used'));
  assert.match(
    tail,
    /^## Inputs not used\n\n- `[^`]*image\.txt`: binary content \\\(a PNG image\\\), not text\n\n## Notes on inputs used\n\n- `[^`]*seed-nul\.txt`: 1 NUL byte amid the text taken out; the text is read without them\n+$/,
  );
  const html = await runCli(['analyze', dir, '-q', '-f', 'html']);
  assert.match(
    html.stdout,
    /<h2>Inputs not used<\/h2><ul class="problems"><li>[^<]*image\.txt: binary content[^<]*<\/li><\/ul><h2>Notes on inputs used<\/h2><ul class="problems"><li>[^<]*seed-nul\.txt: 1 NUL byte amid the text taken out; the text is read without them<\/li><\/ul>/,
  );
  // the JSON report keeps one list, each line with its rule
  const json = JSON.parse((await runCli(['analyze', dir, '-q', '-f', 'json'])).stdout) as { problems: Array<{ source: string; rule: string }> };
  assert.deepEqual(json.problems.map((p) => [p.source.replace(/^.*\//, ''), p.rule]).sort(), [
    ['image.txt', 'binary-content'],
    ['seed-nul.txt', 'text-taken-out'],
  ]);
});
