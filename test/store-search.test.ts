// The search column built in JavaScript from the backend's parse of each piece of a text (src/store/search.ts)
// is `to_tsvector`'s, on both backends: real text (Reuters' tickers in tags, hyphens, decimals, "U.S.", ECB+'s
// accents and curly quotes), titles ending in stop words (the body's positions start after the title's last
// lexeme), and texts the rule leaves to the backend.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { adapterOf, openBase } from '../src/store/index.ts';
import { parsedCache } from '../src/store/cache.ts';
import { searchVector } from '../src/store/repo.ts';
import { piecesOfText, searchLiterals } from '../src/store/search.ts';
import { ecbLines } from './helpers.ts';
import { forEachBackend, withFreshBase } from './store-helpers.ts';

const reuters = readFileSync(new URL('./fixtures/search/reuters.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { title: string; dateline: string; text: string });
const ecb = ecbLines(40).map((l) => JSON.parse(l) as { title: string; text: string });

const PAIRS: Array<[string, string]> = [
  ...reuters.map((r): [string, string] => [r.title, r.text]),
  // the dateline first in a text, the title's words again in the body
  ...reuters.map((r): [string, string] => [r.dateline, `${r.title}\n${r.text}`]),
  ...ecb.map((r): [string, string] => [r.title, r.text]),
  ['Talks set to resume in the', 'The talks -- on <Acme Holdings Inc> and its 1.5 pct stake -- resume.'],
  ['', '  ~/notes and .5 of 1.2.3, e-mail: desk@example.com, http://example.com/a?b=1 '],
];

forEachBackend('search vectors built in JavaScript on %s', (kind) => {
  test("a title and body's vector equals to_tsvector's, on real text", async () => {
    await withFreshBase(kind, async (where) => {
      // opened as a base: a fresh server database is migrated on opening
      const base = await openBase(where.location);
      const db = adapterOf(base);
      try {
        const literals = await searchLiterals(db, parsedCache(db), PAIRS);
        // every Reuters pair is built here, not left to the backend
        assert.ok(literals.slice(0, reuters.length * 2).every((l) => l !== null));
        for (let i = 0; i < PAIRS.length; i++) {
          if (literals[i] === null) continue;
          const [r] = await db.query<{ built: string; parsed: string }>(
            `SELECT ($3::tsvector)::text AS built, (${searchVector('$1::text', '$2::text')})::text AS parsed`,
            [...PAIRS[i], literals[i]],
          );
          assert.equal(r.built, r.parsed, `pair ${i}: ${PAIRS[i][0]}`);
        }
        // a second time from the pieces kept: the same literals
        assert.deepEqual(await searchLiterals(db, parsedCache(db), PAIRS), literals);
      } finally {
        await base.close();
      }
    });
  });
});

test("a tag's span is one piece; a tag that could run on leaves the text to the backend", () => {
  assert.deepEqual(piecesOfText('Hughes <Hughes Capital Corp> said.'), ['Hughes ', ' <Hughes Capital Corp> ', ' said.']);
  assert.deepEqual(piecesOfText('a <b>c <d e>f'), ['a ', ' <b>c ', ' <d e>f']);
  assert.deepEqual(piecesOfText('\n  one\ttwo  '), [' one ', ' two ']);
  assert.deepEqual(piecesOfText(''), []);
  assert.equal(piecesOfText('an open <tag and no end'), null);
  assert.equal(piecesOfText('a <!-- comment --> b'), null);
  assert.equal(piecesOfText("a <b c='d'> e"), null);
  assert.equal(piecesOfText('a\u0001b'), null);
});
