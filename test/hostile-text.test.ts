import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.ts';

// Article text is hostile input: shapes that made a pattern backtrack exponentially (or that a naive scan would
// take quadratically), each in a file of its own. A synchronous regex cannot be interrupted by a test time-out, so
// analyze runs in a child that is given up after a deadline far above its real time (seconds).
const SHOUT = 'ASSOCIATED PRESS SENIOR WHITE HOUSE CORRESPONDENT ';
const NAMES = ['John Smith', 'Maria Garcia', 'Olaf Berg', 'Ana Lima', 'Li Wei', 'Sam Okafor'];
const HOSTILE: Record<string, string> = {
  // a run of comments before anything else (the HTML sniff split it 2^n ways)
  'comments.txt': `<!-${'---><!----><!-'.repeat(40)}\n\nThe council met on Monday, officials said.`,
  // a feed prolog of empty comments and stray BOMs (the feed root test split it 2^n ways)
  'prolog.xml': `<?xml version="1.0"?>${'<!---->\ufeff'.repeat(40)}]`,
  'capitals.txt': `The mayor resigned on Tuesday, said ${SHOUT.repeat(40)}, John Smith. ${`${SHOUT.repeat(200)}. `.repeat(3)}`,
  'punctuation.txt': `Officials said: ${'!?.,;:-—'.repeat(3000)} ${'"'.repeat(2000)} ${'…'.repeat(2000)} ${'((('.repeat(1000)}`,
  'unclosed.txt': `The minister said “${'we will not resign and we will not be moved '.repeat(400)}\n\n'${'word, '.repeat(3000)}\n\n«${'x '.repeat(3000)}`,
  'names.txt': `Present were ${Array.from({ length: 3000 }, (_, i) => NAMES[i % NAMES.length]).join(', ')}, said Olaf Berg.`,
  'nospace.txt': `The report reads ${'abcdefghij'.repeat(2000)} and ${'Über-Straße-'.repeat(1000)}.`,
  'endless.txt': `The talks went on ${'and the delegates from the north said that the south had not replied '.repeat(1450)}`,
};

test('hostile text: analyze gets through capitals, punctuation, open quotes, name runs and endless sentences', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-hostile-'));
  try {
    for (const [name, text] of Object.entries(HOSTILE)) writeFileSync(join(dir, name), text);
    const out = join(dir, 'report.json');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'crosscheck.js'), 'analyze', dir, '--format', 'json', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 90_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(run.signal, null, 'analyze gave up after 90 s on hostile text');
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    // every text file is read and told in a story; the XML is named as no feed (its prolog was read to the end)
    assert.equal(report.documents.length, Object.keys(HOSTILE).length - 1);
    assert.deepEqual(
      report.problems.map((p: { source: string; reason: string }) => [p.source.slice(dir.length + 1), p.reason]),
      [['prolog.xml', 'XML that is not an RSS or Atom feed']],
    );
    assert.ok(report.stories.length >= 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
