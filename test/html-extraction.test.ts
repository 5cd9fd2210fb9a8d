// HTML extraction floor on real pages: every 16th page of trafilatura's evaluation set (../shared/data/trafilatura-eval,
// scored as bench/extract-html.ts does: "with" segments found are TP, missing FN; "without" segments found FP).
// The pages are not stored here (third-party web content); the test skips when ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { decodeHtmlBytes } from '../src/ingest/html-charset.ts';
import { extractHtml } from '../src/extract/html/index.ts';
import { loadLanguageModel } from '../src/common/language.ts';

await loadLanguageModel();

const DATA = join(import.meta.dirname, '../../shared/data/trafilatura-eval');
/** page file -> its evaluation entry's URL, for the sampled pages (the files carry no names) */
const SAMPLE = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/trafilatura-eval-sample.json'), 'utf8')) as Record<string, string>;
/** F1 measured on this sample when the floor was set, and the margin the floor keeps below it */
const MEASURED_F1 = 0.965;
const MARGIN = 0.01;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

test('HTML extraction on a sample of trafilatura-eval stays above its F1 floor', {
  skip: !existsSync(join(DATA, 'evaldata.json')) && '../shared is absent',
}, () => {
  const entries = JSON.parse(readFileSync(join(DATA, 'evaldata.json'), 'utf8')) as Record<string, { with: string[]; without: string[] }>;
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const [file, url] of Object.entries(SAMPLE)) {
    const decoded = decodeHtmlBytes(gunzipSync(readFileSync(join(DATA, 'html', file))));
    const body = 'text' in decoded ? decoded.text : '';
    const out = norm(extractHtml({ id: file, source: file, kind: 'html', body, order: 0, url, meta: {} }).paragraphs.join('\n'));
    for (const w of entries[url].with) out.includes(norm(w)) ? tp++ : fn++;
    for (const w of entries[url].without) if (out.includes(norm(w))) fp++;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  const f1 = (2 * p * r) / (p + r);
  console.log(`trafilatura-eval sample (${Object.keys(SAMPLE).length} pages): P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`);
  assert.ok(f1 >= MEASURED_F1 - MARGIN, `F1 ${f1.toFixed(3)} below the floor ${(MEASURED_F1 - MARGIN).toFixed(3)}`);
});
