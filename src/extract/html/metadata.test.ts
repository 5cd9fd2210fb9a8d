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
  assert.deepEqual(meta('<meta property="article:author" content="https://www.facebook.com/someone">').byline, []);
  assert.equal(meta('<meta property="og:site_name" content="ZEIT ONLINE">').outlet, 'ZEIT ONLINE');
  assert.equal(extractMetadata(parsePage('<html lang="de-DE"><body></body></html>').document, null).language, 'de');
});
