// The write API's answer tells notes from problems as /api/problems and ingest's summary do (walk15): each line has its
// rule, a note `note: true`; the list holds the readings' own lines too (a record with no article text was counted in
// the summary and stored, but not listed), and the summary counts every listed line, notes apart. Real text: a seed
// article with a NUL byte, posted in Windows-1252.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBase } from '../src/store/index.ts';
import type { RunningServer } from '../src/server/index.ts';
import { SEEDS, startTestServer } from './helpers.ts';
import { freshBase } from './store-helpers.ts';

const TOKEN = 'walk15-notes-token';

/** Windows-1252's bytes for the typographic marks of an English news text (the rest of its letters are Latin-1's). */
const CP1252: Record<string, number> = { '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2014': 0x97, '\u2026': 0x85 };

/** A text as Windows-1252 bytes, as an old export writes it. */
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => CP1252[ch] ?? (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f)));
}

interface Line {
  source: string;
  reason: string;
  rule: string;
  note?: boolean;
}

test('POST /api/documents: every line listed with its rule, notes marked, and counted as the summary counts them', async () => {
  const where = await freshBase('pglite');
  const base = await openBase(where.location);
  let server: RunningServer | undefined;
  try {
    server = await startTestServer(base, { token: TOKEN });
    // The Business Standard's copy of the Reuters wire story on Putin's visit to Minsk, cut and resumed (a NUL byte)
    const seed = readFileSync(join(SEEDS, readdirSync(SEEDS).sort()[0]), 'utf8').replace(/^ date \S+ /, '');
    const records = [{ id: 'minsk', title: 'Putin visits Minsk, café talks', text: seed.replace('. ', '.\u0000 ') }, { id: 'draft', title: 'Draft' }, 5];
    // sent in Windows-1252 (the é of "café"), as an old export would
    const r = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: new Uint8Array(windows1252(JSON.stringify(records))),
    });
    assert.equal(r.status, 200, await r.clone().text());
    const out = (await r.json()) as { summary: { newDocuments: number; problems: number; notes: number }; problems: Line[] };
    const shown = (lines: Line[]) => lines.map((p) => [p.source, p.rule, p.note ?? false]);
    assert.deepEqual(shown(out.problems), [
      ['POST /api/documents', 'read-as-legacy-charset', true],
      ['POST /api/documents#1', 'text-taken-out', true],
      ['POST /api/documents#3', 'bad-record', false],
      // the reading's own refusal: stored and counted, and now listed
      ['POST /api/documents#2', 'no-article-text', false],
    ]);
    assert.deepEqual([out.summary.newDocuments, out.summary.problems, out.summary.notes], [1, 2, 2]);
    assert.equal((await base.document('minsk'))?.document.title, 'Putin visits Minsk, café talks');
    // the base holds the same lines, marked alike (the NUL line once, though the route and the reading both said it)
    const api = (await (await fetch(`${server.url}/api/problems`)).json()) as { problems: Line[] };
    assert.deepEqual(shown(api.problems).sort(), shown(out.problems).sort());

    // every record refused: a summary all the same (it was null), its problems counted
    const refused = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify([7, [1]]),
    });
    const none = (await refused.json()) as { summary: { read: number; problems: number; notes: number }; problems: Line[] };
    assert.deepEqual([none.summary.read, none.summary.problems, none.summary.notes], [0, 2, 0]);
    assert.deepEqual(
      none.problems.map((p) => p.rule),
      ['bad-record', 'bad-record'],
    );
  } finally {
    await server?.close();
    await base.close();
    await where.drop();
  }
});
