import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtmlContent, extractHtml } from './index.ts';
import { loadLanguageModel } from '../../common/language.ts';

await loadLanguageModel();

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/web');
const P1 = 'The council approved the new flood barrier on Monday after ten years of disputes over its cost, its route and the risk it would move downstream.';
const P2 = 'Engineers say the storage basin at Ferry Meadows can hold 1.2 million cubic metres of water, which removes the risk to the village of Ashby.';
const P3 = 'Opposition councillors voted against the plan, arguing that the council had not yet secured the final nine million pounds of funding.';
const page = (body: string) => `<html><head><title>Barrier approved | Gazette</title></head><body>${body}</body></html>`;
const text = (html: string) => extractHtmlContent(html).paragraphs.join('\n');

test('chrome blocks go by tag, role and class/id; the article stays, in order', () => {
  const out = extractHtmlContent(
    page(`
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <div role="banner">Site banner text that is long enough to be a paragraph of its own, really.</div>
    <div class="article-body"><p>${P1}</p><div class="share-buttons">Share on Facebook</div><p>${P2}</p>
      <div class="newsletter-box"><p>Subscribe to our daily newsletter for the latest news, delivered every morning.</p></div><p>${P3}</p></div>
    <div id="comments"><p>First! This is a long comment that says a lot about the barrier and about the council.</p></div>
    <footer>Copyright 2022 Gazette Media Group. All rights reserved. Imprint and privacy.</footer>`),
  );
  assert.deepEqual(out.paragraphs, [P1, P2, P3]);
  const reasons = new Set(out.removed.map((r) => r.reason));
  for (const r of ['navigation', 'page header', 'share buttons', 'newsletter or subscription box', 'comments', 'page footer']) assert.ok(reasons.has(r), r);
});

test('link lists inside the article go, and so does the heading that introduced them', () => {
  const t = text(
    page(`<article><p>${P1}</p><h3>Read more</h3><ul><li><a href="/1">Floods hit Mill Street again this year</a></li>
    <li><a href="/2">Council delays the barrier vote</a></li><li><a href="/3">Ashby residents fear the wall</a></li></ul><p>${P2}</p><p>${P3}</p></article>`),
  );
  assert.equal(t, [P1, P2, P3].join('\n'));
});

test('without markers, the container with the best paragraphs wins over link-heavy and short blocks', () => {
  const teaser = (n: number) => `<div class="box"><a href="/${n}">Teaser headline number ${n} about something else entirely</a></div>`;
  const t = text(
    page(
      `<div>${[1, 2, 3, 4, 5].map(teaser).join('')}</div><div><div><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div><div>${[6, 7].map(teaser).join('')}</div>`,
    ),
  );
  assert.equal(t, [P1, P2, P3].join('\n'));
});

test('an intro outside the marked body is recovered; captions, figures and hidden blocks are not text', () => {
  const intro = 'The decision ends a dispute that has divided the town since the first floods of 2012 and cost two council leaders their seats.';
  const t = text(
    page(`<article><h1>Barrier approved</h1><p class="intro">${intro}</p>
    <figure><img src="a.jpg"><figcaption>The river in 2012. Photo: Gazette archive</figcaption></figure>
    <div itemprop="articleBody"><p>${P1}</p><div style="display:none">Hidden tracking text that should never show up.</div><p>${P2}</p><p>${P3}</p></div></article>`),
  );
  assert.equal(t, [intro, P1, P2, P3].join('\n'));
});

test('headline is kept as the title, not as a paragraph; subheadings stay', () => {
  const out = extractHtmlContent(page(`<article><h1>Barrier approved</h1><p>${P1}</p><h2>What happens next</h2><p>${P2}</p><p>${P3}</p></article>`));
  assert.equal(out.meta.title, 'Barrier approved');
  assert.deepEqual(out.paragraphs, [P1, 'What happens next', P2, P3]);
});

test('fixture page through the whole HTML path: text, metadata and removal reasons', () => {
  const html = readFileSync(join(FIXTURES, 'rivertown-gazette.html'), 'utf8');
  const a = extractHtml({ id: 'g', source: 'g.html', kind: 'html', body: html, order: 0, meta: {} });
  assert.equal(a.title, 'Flood barrier approved after decade of delays');
  assert.equal(a.url, 'https://www.rivertown-gazette.example/news/2022/12/19/flood-barrier-approved');
  assert.equal(a.published, '2022-12-19T08:30:00+00:00');
  assert.equal(a.outlet, 'The Rivertown Gazette');
  assert.deepEqual(a.byline, ['Maria Lopez']);
  assert.equal(
    a.paragraphs[0],
    'Rivertown council on Monday approved a £48 million flood barrier for the Rowan river, ending more than ten years of disputes over its cost and route.',
  );
  assert.ok(a.paragraphs.at(-1)!.startsWith('Opposition councillors voted against the plan'));
  assert.ok(a.paragraphs.length >= 6);
  const removed = a.removed.map((r) => `${r.reason}: ${r.text}`).join('\n');
  assert.match(removed, /cookie notice: We use cookies/);
  assert.match(removed, /comments: 3 comments/);
  assert.match(removed, /related-articles list: Related stories/);
});

test('broken document structure: warnings before <html>, no <html> tag, a post inside <noscript>', () => {
  const warning = '<br />\n<b>Warning</b>: mysql_connect(): Access denied in <b>/www/db.php</b><br />\n';
  assert.equal(
    text(`${warning}<!DOCTYPE html><html><head><title>T</title></head><body><article><p>${P1}</p><p>${P2}</p></article></body></html>`),
    [P1, P2].join('\n'),
  );
  assert.equal(text(`<!DOCTYPE html><head><title>T</title></head><div id="page"><article><p>${P1}</p><p>${P2}</p></article></div>`), [P1, P2].join('\n'));
  assert.equal(
    text(page(`<div class="post-body"><noscript><p>${P1}</p><p>${P2}</p></noscript></div><noscript><img src="pixel.gif"></noscript>`)),
    [P1, P2].join('\n'),
  );
});

test('a small-block label on a text column does not remove the text; picture credits and wordless lines go', () => {
  const t = text(
    page(`<article><div class="media js-lightbox-gallery"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
    <p>Foto: Gazette / J. Smith</p><p>* * *</p></article>`),
  );
  assert.equal(t, [P1, P2, P3].join('\n'));
  const wp = text(
    page(
      `<div class="content"><article class="post-12 post type-post tag-floods category-news author-admin"><p>${P1}</p><p>${P2}</p></article><aside class="widget">Archive</aside></div>`,
    ),
  );
  assert.equal(wp, [P1, P2].join('\n'), 'WordPress item classes are not a tag list or a byline');
});

test('list entries and question headings before a removed box stay; a plain heading before one goes', () => {
  const box = '<div class="newsletter-box"><p>Subscribe to our daily newsletter for the latest news, delivered every morning.</p></div>';
  const t = text(
    page(`<article><p>${P1}</p><ul><li>6 large eggs</li><li>200 g flour</li></ul>${box}<p>${P2}</p>
    <h2>Who pays for the basin?</h2>${box}<p>${P3}</p><h3>Newsletter</h3>${box}</article>`),
  );
  assert.equal(t, [P1, '6 large eggs', '200 g flour', P2, 'Who pays for the basin?', P3].join('\n'));
});

test('a form that wraps the whole page (ASP.NET WebForms) is no chrome: its article stays; a poll form inside it goes', () => {
  const out = extractHtmlContent(
    page(`<form method="post" action="./story.aspx" id="aspnetForm"><div class="story"><p>${P1}</p><p>${P2}</p>
    <form id="poll"><p>Should the council build the barrier?</p><label>Yes</label><label>No</label><label>Not sure</label></form><p>${P3}</p></div></form>`),
  );
  assert.deepEqual(out.paragraphs, [P1, P2, P3]);
});

const P_LONG =
  'Der Stadtrat hat am Montag nach zehn Jahren Streit über Kosten, Verlauf und Risiken die neue Hochwasserschutzmauer am Mühlbach beschlossen, die bis zum Herbst des kommenden Jahres stehen soll.';

test('a one-sentence pointer in plain type is told by its lead words in several languages; a sentence naming its own matter stays', async () => {
  const page = (line: string) =>
    `<html><head><title>T</title></head><body><article><h1>T</h1><p>${P_LONG}</p><p>${P_LONG}</p>${line}<p>${P_LONG}</p></article></body></html>`;
  for (const line of [
    '<p>For the full schedule, click <a href="/schedule">here</a>.</p>',
    '<p>Pour le programme complet, cliquez <a href="/programme">ici</a>.</p>',
    '<p>Para ver el calendario completo, <a href="/calendario">haga clic aquí</a>.</p>',
    '<p>Więcej o tym przeczytasz w naszym artykule <a href="/artykul">Nowe zasady w szkołach</a>.</p>',
    '<p>Alle weiteren Informationen zur Demonstration <a href="/demo">findet ihr hier</a>.</p>',
    // ebike-mtb's closing line under a bike test: the maker's site
    '<p>Mehr Infos findet ihr auf der <a href="https://www.advanced-ebike.com/">Website von Advanced</a>.</p>',
  ]) {
    const out = extractHtmlContent(page(line), 'https://example.org/a');
    assert.ok(
      out.removed.some((r) => r.reason === 'pointer to another article'),
      line,
    );
  }
  const own = '<p>In addition to the many config file options supported, instructions for the chroot parameter can be found <a href="/man">here</a>.</p>';
  const out = extractHtmlContent(page(own), 'https://example.org/a');
  assert.ok(!out.removed.some((r) => r.reason === 'pointer to another article'));
});

test("a credit-named block that credits the translation is a contributor credit, not an image caption; a picture's credit still a caption", async () => {
  // walk9's Andes English translation of Cooperativa.cl's report (test/fixtures/walk), its credit line set apart
  const { analyzeText } = await import('../../text/index.ts');
  const { translatedFlag } = await import('../../provenance/translated.ts');
  const line = readFileSync(join(import.meta.dirname, '../../../test/fixtures/walk/es-de-translations.jsonl'), 'utf8')
    .split('\n')
    .find((l) => l.includes('"andes-english-boric"'));
  const paragraphs = (JSON.parse(line!).text as string).split('\n\n').slice(0, -1);
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  for (const credit of [
    'Translated from Spanish by the Andes English desk. Original: EFE.',
    'This article was translated from Spanish. Source: cooperativa.cl',
    'Traducción: Andes English',
    'Übersetzung: Andes English',
  ]) {
    const html = `<html><head><title>President Boric returns home to Magallanes</title></head><body><article>${body}
      <div class="credit">${credit}</div><figure><img src="boric.jpg"><div class="image-credit">Photo: EFE</div></figure></article></body></html>`;
    const a = extractHtml({ id: 'andes', source: 'andes.html', kind: 'html', body: html, order: 0, meta: {} });
    assert.deepEqual(a.paragraphs, paragraphs, credit);
    const reasons = a.removed.map((r) => `${r.reason}: ${r.text}`);
    assert.ok(reasons.includes(`contributor credit: ${credit}`), `${credit}\n${reasons.join('\n')}`);
    assert.ok(!reasons.some((r) => r.startsWith('image caption: ') && r.includes(credit)), credit);
    // the translated flag reads removed lines whatever their reason: raised on the credit as before
    const flag = translatedFlag(analyzeText(a));
    assert.ok(flag.detected, credit);
    assert.ok(
      flag.evidence.some((e) => e.startsWith('translation credit: ') && e.includes(credit.slice(0, 20))),
      `${credit}: ${flag.evidence.join('; ')}`,
    );
  }
  // the picture's own credit, inside its figure, is no translation credit
  const html = `<html><body><article>${body}<div class="credit"><img src="b.jpg">Photo: EFE</div></article></body></html>`;
  const a = extractHtml({ id: 'b', source: 'b.html', kind: 'html', body: html, order: 0, meta: {} });
  assert.ok(
    a.removed.some((r) => r.reason === 'image caption' && r.text === 'Photo: EFE'),
    a.removed.map((r) => `${r.reason}: ${r.text}`).join('\n'),
  );
});
