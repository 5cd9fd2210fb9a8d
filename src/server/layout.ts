// The frame every page shares: language, title, the app's own style sheet and script, the site header
// with a labelled search box, and one <main> holding the page (which brings its one h1).
import { html, type Html } from './html.ts';
import { ASSETS } from './assets.ts';
import { at, basePath } from './base-path.ts';

export interface PageOptions {
  title: string;
  body: Html;
  /** search words to show in the header box */
  q?: string;
  /** which nav entry is the current page */
  current?: 'stories' | 'search' | 'problems' | 'feeds' | 'alerts';
  /** Atom feed to announce in <head> */
  feed?: { href: string; title: string };
}

const version = (name: string) => ASSETS[name].etag.replace(/"/g, '');

const NAV: Array<[NonNullable<PageOptions['current']>, string, string]> = [
  ['stories', '/', 'Stories'],
  ['feeds', '/feeds', 'Feeds'],
  ['alerts', '/alerts', 'Alerts'],
  ['problems', '/problems', 'Problems'],
];

export function page(o: PageOptions): string {
  const nav = NAV.map(([key, href, label]) => html`<a href="${at(href)}"${o.current === key ? html` aria-current="page"` : ''}>${label}</a>`);
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${o.title} · crosscheck</title>
<link rel="icon" href="${at('/assets/icon.svg')}?v=${version('icon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${at('/assets/app.css')}?v=${version('app.css')}">
${o.feed ? html`<link rel="alternate" type="application/atom+xml" title="${o.feed.title}" href="${o.feed.href}">` : ''}
<script src="${at('/assets/app.js')}?v=${version('app.js')}" defer></script>
</head><body data-base="${basePath()}">
<a class="skip" href="#main">Skip to content</a>
<header class="site"><a class="brand" href="${at('/')}">crosscheck</a><nav aria-label="Sections">${nav}</nav>
<form role="search" action="${at('/search')}" method="get"><label for="q">Search stories and articles</label>
<input id="q" name="q" type="search" value="${o.q ?? ''}" required maxlength="200"><button type="submit">Search</button></form></header>
<main id="main" tabindex="-1">${o.body}</main>
<footer>crosscheck · copies of one source are counted once · <a href="${at('/api/openapi.json')}">API</a> · <a href="${at('/feeds/top.atom')}">Atom feed</a></footer>
</body></html>
`.value;
}
