import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handleName, handleOf, sameLetters, siteName } from './site-name.ts';
import { extractHtml } from './index.ts';
import { loadLanguageModel } from '../../common/language.ts';

await loadLanguageModel();

const WEB = join(import.meta.dirname, '../../../test/fixtures/web');

// site names as real pages' og:site_name / application-name give them (trafilatura-eval), and the name in them
test("a site name that is an edition's or section's label, a headline, a placeholder or a social address names no outlet", () => {
  const none: [string, string[]][] = [
    ['U.S.', []], // reuters.com: the edition
    ['Política', []], // correiobraziliense.com.br: the section
    ['Start', []], // neos.eu: the page
    ['Daily', []], // omr.com: the newsletter's section
    ['{$plugin.tx_news.opengraph.site_name}', []], // mpimet.mpg.de: a template's placeholder
    ['https://twitter.com/onmeda_de', []],
    ['UK university student halls too full to be safe, experts warn', ['UK university student halls too full to be safe, experts warn']], // msn.com
  ];
  for (const [value, titles] of none) assert.equal(siteName(value, { titles }), null, value);
});

test('a site name is cut to the name: its tagline, the headline before it, an e-mail address; an address gives its host', () => {
  const cases: [string, string, string[]?][] = [
    [
      'Frollein Herr | Information und Inspiration rund um Fashion, Beauty, Interior und alles was sonst noch so in meinem Kopf vor sich geht.',
      'Frollein Herr',
    ],
    ['AUTO&Wirtschaft - Das Monatsmagazin für die Automobilbranche', 'AUTO&Wirtschaft'],
    ['BioBioChile - La Red de Prensa Más Grande de Chile', 'BioBioChile'],
    ['Noticias de El Salvador - La Prensa Gráfica | Informate con la verdad', 'La Prensa Gráfica'],
    ['gizmeo.eu | inside the machine', 'gizmeo.eu'],
    ['Boxen1.com - aktuelle Boxen News', 'Boxen1.com'],
    ['News zu VR, AR und KI | MIXED.de', 'MIXED.de'],
    ['Schnäppchen Blog mit Doktortitel • DealDoktor', 'DealDoktor'],
    ['GAY.CH · Alles bleibt anders!', 'GAY.CH'], // gay.ch: a title's separator (title-parts.ts) parts a site name too
    ['☆☆☆☆☆ - Journalistenwatch e.V. - Aktuelle Geschehnisse', 'Journalistenwatch e.V. - Aktuelle Geschehnisse'],
    ['Achtsam durch die Krise | Die FURCHE', 'Die FURCHE', ['Achtsam durch die Krise | Die FURCHE']],
    [
      'Cup-Vorschau: Beim BSV Stans freut man sich auf ein Bruderduell und viele Fans - Handball Schweiz',
      'Handball Schweiz',
      ['Cup-Vorschau: Beim BSV Stans freut man sich auf ein Bruderduell und viele Fans - Handball Schweiz'],
    ],
    [
      'Land zahlte rund 1,4 Millionen Euro Erlegungsprämie für Wildschweine im Jagdjahr 2020/2021 | MLUK',
      'MLUK',
      ['Land zahlte rund 1,4 Millionen Euro Erlegungsprämie für Wildschweine im Jagdjahr 2020/2021'],
    ],
    ['Lüder Hoppe info@buero-hoppe.de', 'Lüder Hoppe'],
    // names that stay whole: an acronym written out, names without a tagline, a name styled as a list of words
    ['Bundesministerium für Bildung und Forschung - BMBF', 'Bundesministerium für Bildung und Forschung - BMBF'],
    ['LN - Lübecker Nachrichten', 'LN - Lübecker Nachrichten'],
    ['Herz und Blut - Interior | Design | Lifestyle | Travel Blog', 'Herz und Blut - Interior | Design | Lifestyle | Travel Blog'],
    ['IT4Kids | IT-Kurse für Grundschulen', 'IT4Kids | IT-Kurse für Grundschulen'],
    [
      '.:: NMB-MEDIA ::. eBay-Templates, JTL-Wawi / Eazyauction Designvorlagen',
      '.:: NMB-MEDIA ::. eBay-Templates, JTL-Wawi / Eazyauction Designvorlagen',
      ['.:: NMB-MEDIA ::. eBay-Templates, JTL-Wawi / Eazyauction Designvorlagen'],
    ],
    ['Osthessen|News', 'Osthessen|News'],
  ];
  for (const [value, name, titles = []] of cases) assert.deepEqual(siteName(value, { titles }), { name, weak: false }, value);
  assert.deepEqual(siteName('https://www.fr.de', { titles: [] }), { name: 'fr.de', weak: true });
  assert.deepEqual(siteName('tdg.ch/', { titles: [] }), { name: 'tdg.ch', weak: true });
  assert.deepEqual(siteName('www.bmas.de', { titles: [] }), { name: 'bmas.de', weak: true });
});

test("a social handle is named as the page's title spells it; a footer holder replaces it only when it spells the handle", () => {
  assert.equal(handleName('impulse_inside', 'Kind krank: Was Arbeitgeber wissen müssen | impulse'), 'impulse');
  assert.equal(handleName('@uraniaberlin', 'Die Freiheit der Planung | Urania Berlin'), 'Urania Berlin');
  assert.equal(handleName('@_antary', 'Wireshark: Besuchte URLs anzeigen (HTTP und HTTPS) – Antary'), 'Antary');
  assert.equal(handleName('httpstwittercomlitradionet', 'Die Autorin Nora Bossong im Gespräch › Litradio'), 'Litradio');
  assert.equal(handleName('@tazgezwitscher', 'Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer - taz.de'), null);
  assert.equal(handleOf('https://twitter.com/onmeda_de'), 'onmeda_de');
  assert.ok(sameLetters('Handelsblatt', 'handelsblatt_de'));
  assert.ok(!sameLetters('Sportradar Media Services', 'LAOLA1Redaktion'));
  assert.ok(!sameLetters('dpa/Spektrum.de', 'spektrum'));
});

test("a real page: Reuters' edition label is no outlet, its JSON-LD publisher is", () => {
  const body = readFileSync(join(WEB, 'reuters-edition-site-name.html'), 'utf8');
  const page = extractHtml({ id: 'reuters', source: 'reuters', kind: 'html', body, order: 0, url: null, meta: {} });
  assert.deepEqual([page.outlet, page.outletEvidence], ['Reuters', 'site name']);
  // the wire's own name beside its reporter is its credit, not an author (base: ['Jill Serjeant', 'Reuters'])
  assert.deepEqual(page.byline, ['Jill Serjeant']);
});

test("the outlet's own name beside its reporter is its credit, not an author; alone it stays", () => {
  const page = (author: string) =>
    extractHtml({
      id: 'cnn',
      source: 'cnn',
      kind: 'html',
      // edition.cnn.com's meta lines (trafilatura-eval), with a paragraph of text
      body: `<html><head><meta property="og:site_name" content="CNN"><meta content="${author}" name="author"><title>Prince Harry and Meghan interview</title></head><body><article><p>${'The couple spoke about their decision to step back from royal duties and move to California. '.repeat(4)}</p></article></body></html>`,
      order: 0,
      url: null,
      meta: {},
    });
  assert.deepEqual(page('Rob Picheta, CNN').byline, ['Rob Picheta']);
  assert.deepEqual(page('CNN').byline, ['CNN']);
});
