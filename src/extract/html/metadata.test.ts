import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from './parse.ts';
import { extractMetadata, stripSiteSuffix } from './metadata.ts';
import { normalizeDate, dateFromUrl } from './dates.ts';

const meta = (head: string, body = '', url: string | null = null) =>
  extractMetadata(parsePage(`<html><head>${head}</head><body>${body}</body></html>`).document, url);

test('title: og:title, then JSON-LD headline, then <title> without its site suffix, then h1', () => {
  assert.equal(meta('<meta property="og:title" content="OG title"><title>Doc | Site</title>').title, 'OG title');
  assert.equal(
    meta(
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"S"},{"@type":"NewsArticle","headline":"LD headline"}]}</script><title>Doc | Site</title>',
    ).title,
    'LD headline',
  );
  assert.equal(meta('<title>Putin arrives in Minsk for talks with Lukashenko | Reuters</title>').title, 'Putin arrives in Minsk for talks with Lukashenko');
  assert.equal(meta('', '<h1>Only a heading</h1>').title, 'Only a heading');
  assert.equal(stripSiteSuffix('Tagesschau - Neue Regeln für Fähren ab Mai', 'Tagesschau'), 'Neue Regeln für Fähren ab Mai');
  // piratenpartei-mv.de: a site name's separator (title-parts.ts) parts a title too
  assert.equal(stripSiteSuffix('Grundeinkommen ist ein Menschenrecht! › Piratenpartei Mecklenburg-Vorpommern', null), 'Grundeinkommen ist ein Menschenrecht!');
  assert.equal(stripSiteSuffix('War and peace - a long review of a long book', null), 'War and peace - a long review of a long book');
});

test('published date from JSON-LD, meta tags, <time>, and the URL, in that order', () => {
  assert.equal(
    meta(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-12-19T10:00:00+03:00"}</script><meta property="article:published_time" content="2020-01-01">',
    ).published,
    '2022-12-19T10:00:00+03:00',
  );
  assert.equal(meta('<meta property="article:published_time" content="2022-12-19T08:30:00Z">').published, '2022-12-19T08:30:00Z');
  assert.equal(meta('<meta name="date" content="19.12.2022">').published, '2022-12-19');
  assert.equal(meta('', '<article><time datetime="2022-12-18">Sunday</time></article>').published, '2022-12-18');
  assert.equal(meta('', '<p>x</p>', 'https://news.example/2022/12/19/putin-minsk/').published, '2022-12-19');
  assert.equal(normalizeDate('December 19, 2022'), '2022-12-19');
  assert.equal(normalizeDate('19. Dezember 2022'), '2022-12-19');
  assert.equal(normalizeDate('20221219'), '2022-12-19');
  assert.equal(normalizeDate('yesterday'), null);
  assert.equal(dateFromUrl('https://x.example/news/2022-12-19-putin'), '2022-12-19');
  assert.equal(dateFromUrl('https://x.example/id/20221399/'), null);
});

test('byline, outlet, canonical URL and language', () => {
  const m = meta(
    `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"By Jane Roe"},{"name":"John Doe"}],"publisher":{"@type":"Organization","name":"Daily Example"}}</script>
     <link rel="canonical" href="/news/story-1"><meta http-equiv="content-language" content="en-GB">`,
    '',
    'https://daily.example/news/story-1?utm_source=x',
  );
  assert.deepEqual(m.byline, ['Jane Roe', 'John Doe']);
  assert.equal(m.outlet, 'Daily Example');
  assert.equal(m.canonical, 'https://daily.example/news/story-1');
  assert.equal(m.language, 'en');
  assert.deepEqual(meta('<meta name="author" content="Anna Berg und Jens Petersen">').byline, ['Anna Berg', 'Jens Petersen']);
  // real pages' author lines (trafilatura-eval): an organisation's own "und", a degree after a comma, a name escaped twice
  assert.deepEqual(meta('<meta name="author" content="Bundesministerium für Wirtschaft und Klimaschutz">').byline, [
    'Bundesministerium für Wirtschaft und Klimaschutz',
  ]);
  assert.deepEqual(meta('<meta name="author" content="Grant Tinsley, PhD">').byline, ['Grant Tinsley']);
  assert.deepEqual(meta('<meta name="author" content="Lindsey O&amp;#039;Donnell">').byline, ["Lindsey O'Donnell"]);
  assert.deepEqual(meta('<meta name="author" content="Redacci&amp;oacute;n Diario Pagina Siete">').byline, ['Redacción Diario Pagina Siete']);
  assert.deepEqual(meta('', '<div class="byline">By <a rel="author" href="/a">Maria Lopez</a></div>').byline, ['Maria Lopez']);
  // an address, a handle or a hidden e-mail names no writer; a handle or an address after the name goes
  for (const a of ['www.haufe.de', 'facebook.com/vegolosi', 'cipha[at]cipha.net']) assert.deepEqual(meta(`<meta name="author" content="${a}">`).byline, [], a);
  assert.deepEqual(meta('<meta name="author" content="Williams Perdomo @wperdomod">').byline, ['Williams Perdomo']);
  assert.deepEqual(meta('<meta name="author" content="Deutsche Welle (www.dw.com)">').byline, ['Deutsche Welle']);
  // an editor's sign and the wire's name (sportnews.bz): two credits
  assert.deepEqual(meta('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"det\\/dpa"}}</script>').byline, [
    'det',
    'dpa',
  ]);
  // a publisher's imprint as its author line (sueddeutsche.de, kirche-und-leben.de, giromatch.com, ebrosia.de): no place
  assert.deepEqual(meta('<meta name="author" content="Süddeutsche.de GmbH, Munich, Germany">').byline, ['Süddeutsche.de GmbH']);
  assert.deepEqual(meta('<meta name="author" content="Kirche und Leben, Münster, Germany">').byline, ['Kirche und Leben']);
  assert.deepEqual(meta('<meta name="author" content="GIROMATCH, Frankfurt a. M., Germany">').byline, ['GIROMATCH']);
  assert.deepEqual(meta('<meta name="author" content="Sebastian Held, Daniel Hentschel ebrosia, Germany">').byline, [
    'Sebastian Held',
    'Daniel Hentschel ebrosia',
  ]);
  // dailymail.co.uk's JSON-LD author: two persons and the paper they wrote for
  assert.deepEqual(
    meta(
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"By Glen Owen And Brendan Carlin For The Mail On Sunday"}}</script>',
    ).byline,
    ['Glen Owen', 'Brendan Carlin'],
  );
  // twincities.com's: one credit, not persons -- the newsroom's, with no person: no byline (web83)
  assert.deepEqual(meta('<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Staff and news service reports"}}</script>').byline, []);
  assert.deepEqual(meta('<meta property="article:author" content="https://www.facebook.com/someone">').byline, []);
  assert.equal(meta('<meta property="og:site_name" content="ZEIT ONLINE">').outlet, 'ZEIT ONLINE');
  assert.equal(extractMetadata(parsePage('<html lang="de-DE"><body></body></html>').document, null).language, 'de');
});

// real pages' picture credits beside their footers (trafilatura-eval): the page's own holder, not the picture's
test("a picture's credit is not the page's copyright holder: a slash between names, a figure's caption, a dialog's footer", () => {
  const holder = (body: string) => meta('', body).copyrightHolder;
  // bundesfeuerwehrverband.at: the teaser's credit under its picture (the footer's own line names no holder it reads)
  assert.equal(
    holder(
      `<span><img src="a.jpg"><small class='avia-copyright'>© PID/Markus Wache </small></span>
       <footer class='container_wrap socket_color' id='socket' role="contentinfo"><div class='container'><span class='copyright'>&copy; Copyright - ÖBFV</span></div></footer>`,
    ),
    null,
  );
  // greenpeace.de: the stage picture's credit
  assert.equal(
    holder(
      '<div class="Stage"><picture><img src="a.jpg"></picture><span class="Stage-copyright u-typo-copy-small">© Niklas Grapatin / Greenpeace</span></div>',
    ),
    null,
  );
  // derpapierplanet.de: a post's snippet in the footer's widget quotes a film still's credit; the line that closes the footer is the site's
  assert.equal(
    holder(
      `<div class='footer-wrap'><div class='item-snippet'> Alicia Vikander als Lara Croft in Tomb Raider (2018) (c) Warner Bros. / Metro-Goldwyn-Mayer / GK Films / Square Enix</div>
       <div class='copyright'> &#169; <a href='https://www.derpapierplanet.de/'>Papierplanet</a> </div></div>`,
    ),
    'Papierplanet',
  );
  // erneuerbareenergien.de: a figure's caption credit, then the footer
  assert.equal(
    holder(
      `<figure><picture><img src="a.jpg"></picture><figcaption class="image--figcaption"><div class="copyright">&copy; Principle Power </div></figcaption></figure>
       <div class="footer--copyright"><span>© 2022 ERNEUERBARE ENERGIEN</span></div>`,
    ),
    'ERNEUERBARE ENERGIEN',
  );
  // dvgw.de: a picture shown large in a dialog, its credit in the dialog's footer
  assert.equal(
    holder(
      '<div class="modal-body"><img src="a.jpg"></div><div class="modal-footer"><div class="textpic_caption"><p class="bodytext">Brennstoffzellengeräte erzeugen Strom und Wärme <span class="textpic_caption_copyright">© BDEW </span></p></div></div>',
    ),
    null,
  );
});

test("a JSON-LD author list keeps its persons, not the newsroom's credit beside them (maenner.media)", () => {
  const ld = (author: string) =>
    `<meta property="og:site_name" content="männer*"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Interview mit Rainer Teuber","author":${author}}</script>`;
  assert.deepEqual(meta(ld('[{"@type":"Person","name":"Michael R\\u00e4del"},{"@type":"Person","name":"Redaktion"}]')).byline, ['Michael Rädel']);
  // tvtoday.de: the credit alone, and n-land.de's meta author line: no byline, and no other source read for one
  assert.deepEqual(
    meta(
      '<meta property="og:site_name" content="TV Today"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"TVT-Redaktion"}]}</script>',
    ).byline,
    [],
  );
  assert.deepEqual(
    meta('<meta property="og:site_name" content="N-LAND"><meta name="author" content="N-Land Redaktion" />', '<span class="author">N-Land</span>').byline,
    [],
  );
});
