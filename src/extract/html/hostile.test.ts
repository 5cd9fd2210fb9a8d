// Hostile HTML: each case ends in a bounded result or a clear problem, never a hang or a crash.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { extractHtmlContent } from './index.ts';
import { flattenDeepNesting, MAX_DEPTH } from '../../common/nesting.ts';
import { processRaw } from '../../pipeline.ts';
import type { RawDocument } from '../../model.ts';
import { loadLanguageModel } from '../../common/language.ts';

await loadLanguageModel();

const ARTICLE =
  '<p>The council approved the new flood barrier on Monday after ten years of disputes over its cost, its route and the risk it would move downstream.</p>';

const raw = (body: string): RawDocument => ({ id: 'x', source: 'x.html', kind: 'html', body, order: 0, meta: {} });

const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}${ARTICLE}${'</div>'.repeat(n)}</body></html>`;

test('100,000 nested elements are flattened and the text kept (cost against depth: bench/growth.ts)', () => {
  const value = extractHtmlContent(nested(100_000));
  assert.ok(value.paragraphs.join(' ').includes('flood barrier'));
  assert.ok(value.removed.some((r) => /nested deeper/.test(r.text)));
  const flat = flattenDeepNesting(`${'<b>'.repeat(MAX_DEPTH + 50)}x`);
  assert.ok(flat.flattened && (flat.html.match(/<b>/g) ?? []).length === MAX_DEPTH);
});

const unclosed = (n: number) => `<html><body>${ARTICLE}${'<p><b><i><span>word '.repeat(n)}<div <p>>></ </html`;

test('unclosed tags by the ten thousand and broken markup parse to a bounded result (cost: bench/growth.ts)', () => {
  const html = unclosed(10_000);
  const value = extractHtmlContent(html);
  assert.ok(value.paragraphs.length > 0 && value.paragraphs.join(' ').length <= html.length);
  const broken = extractHtmlContent(
    `<html><body><div class="article-body">${ARTICLE}<p>Second paragraph of the story <b>bold <i>both</b> still text</i> and more.<table><tr><td>cell</div></span></html>`,
  );
  assert.ok(broken.paragraphs.join(' ').includes('flood barrier'));
  assert.ok(broken.paragraphs.join(' ').includes('Second paragraph'));
});

test('an enormous page is cut, not read whole', () => {
  const html = `<html><body><article>${ARTICLE}${ARTICLE}</article>${'<i></i>'.repeat(1_000_000)}<p>tail</p></body></html>`;
  assert.ok(html.length > 6 * 1024 * 1024);
  const value = extractHtmlContent(html);
  assert.ok(value.removed.some((r) => /page cut/.test(r.text)));
  assert.ok(value.paragraphs.join(' ').includes('flood barrier'));
});

test('a page past the limit by an inline image, a script state or a style sheet before its text: emptied of them, its article read whole', () => {
  // a real page (El Faro's template) with megabytes before its text: the cut fell in them, and the page read as empty
  const page = readFileSync(join(import.meta.dirname, '../../../test/fixtures/html/support-plea.html'), 'utf8');
  const own = extractHtmlContent(page);
  const bulk = 'QUFB'.repeat(2_000_000);
  for (const [what, html] of [
    ['an icon as a data URI', page.replace('</title>', `</title><link rel="icon" href="data:image/png;base64,${bulk}">`)],
    ['a script state', page.replace('</title>', `</title><script>window.__STATE__ = "${bulk}";</script>`)],
    ["a style sheet's font", page.replace('</title>', `</title><style>@font-face { src: url(data:font/woff2;base64,${bulk}) }</style>`)],
    ['an image in the text', page.replace('<p dir="ltr">', `<img alt='a map' src='data:image/png;base64,${bulk}'><p dir="ltr">`)],
  ]) {
    assert.ok(html.length > 6 * 1024 * 1024, what);
    const value = extractHtmlContent(html);
    assert.deepEqual(value.paragraphs, own.paragraphs, what);
    assert.ok(
      value.removed.some((r) => /^1 inline data value or script emptied \(800\d{4} characters\)$/.test(r.text)),
      what,
    );
    assert.ok(!value.removed.some((r) => /page cut/.test(r.text)), what);
  }
});

test('a page cut at the limit before any text says so, not that it was all page chrome', () => {
  const html = `<html><body>${'<i></i>'.repeat(1_000_000)}${ARTICLE}</body></html>`;
  const result = processRaw(raw(html));
  assert.ok('reason' in result);
  assert.equal(result.reason, "no article text found in the page's first 6,291,456 characters (the page is 7,000,177; the rest is not read)");
});

test('a script-only page, an empty page and binary junk give a clear problem through the pipeline', () => {
  for (const body of [
    '<html><head><script>document.write("<p>" + "x".repeat(1e6) + "</p>")</script></head><body><noscript>Enable JavaScript</noscript></body></html>',
    '<html><body></body></html>',
    '<html><body>\u0000\u0001\u0002\ufffd\ufffd</body></html>',
    '<<<<>>>>',
  ]) {
    const result = processRaw(raw(body));
    assert.ok('reason' in result, `expected a problem for ${body.slice(0, 40)}`);
    assert.match((result as { reason: string }).reason, /no article text/);
  }
});

test('JSON-LD that is huge or broken and hostile attributes do not break metadata', () => {
  const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": ${'['.repeat(50_000)}</script>
    <script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'x'.repeat(100), author: { name: { name: 1 } } })}</script>
    <meta property="article:published_time" content="9999-99-99"></head><body><article>${ARTICLE}</article></body></html>`;
  const value = extractHtmlContent(html);
  assert.equal(value.meta.published, null);
  assert.deepEqual(value.meta.byline, []);
  assert.ok(value.paragraphs.length >= 1);
});
