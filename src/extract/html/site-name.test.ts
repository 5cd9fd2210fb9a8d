import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handleName, handleOf, sameLetters, siteName, titleWithoutSite } from './site-name.ts';
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

// og:title values of trafilatura-eval pages with the names the same page gives its site (og:site_name, its address)
test("a title loses the site's name its template put at its end or start, and labels, calls and a date beside the headline", () => {
  const cases: [string, string[], string][] = [
    ['Junge Lenker schrotten Corvette und Audi in einer Nacht - Telebasel', ['Telebasel'], 'Junge Lenker schrotten Corvette und Audi in einer Nacht'],
    [
      'INDUSTRIEMAGAZIN | Luftfahrtbranche hebt nach Corona ab - und FACC profitiert',
      ['INDUSTRIEMAGAZIN'],
      'Luftfahrtbranche hebt nach Corona ab - und FACC profitiert',
    ],
    // the name written whole, its own separators and all (og:site_name "Fischerhütte | hejfish.com"; the h1 agrees)
    ['Anglertalk mit Stephan Höferer - Fischerhütte | hejfish.com', ['Fischerhütte | hejfish.com'], 'Anglertalk mit Stephan Höferer'],
    // the name shortened or lengthened in the title: "Haufe" of "Haufe.de News und Fachwissen", "MODEPILOT.de" of "Modepilot"
    ['Ein Presse-Event der Extraklasse | MODEPILOT.de', ['Modepilot'], 'Ein Presse-Event der Extraklasse'],
    ['Chininum salicylicum D4 DHU Tabletten | Gelbe Liste', ['Gelbe Liste Online'], 'Chininum salicylicum D4 DHU Tabletten'],
    ['"Welches Europa wir wollen" - http://www.tafelblog.com', ['tafelblog.com'], '"Welches Europa wir wollen"'],
    // the page's address names it when its metadata does not (hausinfo.ch, no og:site_name)
    ['Kondenswasser am Fenster verhindern - hausinfo', ['hausinfo.ch'], 'Kondenswasser am Fenster verhindern'],
    [
      'Buß- und Ordnungsgeld gegen Anwalt wegen Maskenverweigerung | Recht | Haufe',
      ['Haufe.de News und Fachwissen'],
      'Buß- und Ordnungsgeld gegen Anwalt wegen Maskenverweigerung',
    ],
    ['Emden - Sehenswürdigkeiten Attraktionen', ['Sehenswürdigkeiten Attraktionen'], 'Emden'],
    // a section's label after the site's name at the start (bundespolizei.de's title)
    [
      'Bundespolizei - Aktuelles - Illegale Migration aus Belarus über Polen nach Deutschland',
      ['bundespolizei.de'],
      'Illegale Migration aus Belarus über Polen nach Deutschland',
    ],
    // blinker.de's application-name is its headline: no name; its og:site_name is
    [
      'Fishing Masters Show in Rostock im Mai 2022 - BLINKER',
      ['Fishing Masters Show in Rostock im Mai 2022 - BLINKER', 'BLINKER'],
      'Fishing Masters Show in Rostock im Mai 2022',
    ],
    // rubric labels beside the headline (TITLE_LABELS), with or without the site's name
    ['gipfelbuch.ch - Outdoornews - Hochauflösende Schneekarten auf Gipfelbuch.ch', ['gipfelbuch.ch'], 'Hochauflösende Schneekarten auf Gipfelbuch.ch'],
    [
      'TV-TIPP - ARD-Doku "Loriot 100": Eine Hommage an Vicco von Bülow - Ostbelgien Direkt',
      ['Ostbelgien Direkt'],
      'ARD-Doku "Loriot 100": Eine Hommage an Vicco von Bülow',
    ],
    ['News - Elder: Aus dem Ghetto nach Augusta', [], 'Elder: Aus dem Ghetto nach Augusta'],
    [
      'El año de las evaluaciones: las escuelas de Mendoza tendrán tres relevamientos | Sociedad',
      ['Los Andes'],
      'El año de las evaluaciones: las escuelas de Mendoza tendrán tres relevamientos',
    ],
    // a call to see the page on the site, with its name or alone
    ['Pierogi z dynią w sosie szałwiowym przepis – Zobacz na przepisy.pl', ['Przepisy.pl'], 'Pierogi z dynią w sosie szałwiowym przepis'],
    ['Christmas Gift Guide | Journelles | Jetzt entdecken!', ['Journelles'], 'Christmas Gift Guide'],
    // a closing date, and the initials of the site's name before it (dw.com: og:site_name "DW.COM", publisher "Deutsche Welle")
    [
      "Berlin confronts Germany's colonial past with new initiative | DW | 19.01.2020",
      ['Deutsche Welle', 'DW.COM'],
      "Berlin confronts Germany's colonial past with new initiative",
    ],
    ['So viel Regen gab es lange nicht : 31.10.2023, 10.19 Uhr', ['Kyffhäuser Nachrichten'], 'So viel Regen gab es lange nicht'],
  ];
  for (const [title, names, want] of cases) assert.equal(titleWithoutSite(title, names), want, title);
  // a title that is the site's name, a title opening with a word the name starts with, no separator: as written
  assert.equal(titleWithoutSite('International Biathlon Union - IBU', ['International Biathlon Union - IBU']), 'International Biathlon Union - IBU');
  assert.equal(titleWithoutSite('Welpen kaufen – Tipps zu jeder Hunderasse', ['Welpen']), 'Welpen kaufen – Tipps zu jeder Hunderasse');
  assert.equal(titleWithoutSite('Barrier vote delayed', ['Barrier']), 'Barrier vote delayed');
  // a <title>'s head stays (internet-law.de); nor is a title cut to the site's name alone (disfunctions.de, whose
  // <title> lost its headline as a short tail)
  const head = false;
  assert.equal(
    titleWithoutSite('Internet-Law » Verstößt der Ausschluss von Pseudonymen bei Google+ gegen deutsches Recht?', ['internet-law.de'], { head }),
    'Internet-Law » Verstößt der Ausschluss von Pseudonymen bei Google+ gegen deutsches Recht?',
  );
  assert.equal(titleWithoutSite('Disfunctions.de » Blog Archiv', ['disfunctions.de'], { head }), 'Disfunctions.de » Blog Archiv');
  // a short page title ("Über uns | fairkom") and a "Gegründet 2005"-like tail that is no label: as the rules say
  assert.equal(titleWithoutSite('Über uns | fairkom', ['fairkom.eu'], { head }), 'Über uns');
  assert.equal(
    titleWithoutSite('Update | Deceased Clarendon crash victims identified', ['The Gleaner Company']),
    'Update | Deceased Clarendon crash victims identified',
  );
});

test('a title\'s site name after " : ", a short name after the page\'s h1, a date before the headline', () => {
  // " : " parts only before the site's name (ekhn.de, literaturkritik.de: the address names them); French colons stay
  assert.equal(
    titleWithoutSite('Pflegefinanzierung: Papier der Evangelischen Kirche in Deutschland fordert Reform : EKHN ǀ Evangelische Kirche in Hessen und Nassau', [
      'ekhn.de',
    ]),
    'Pflegefinanzierung: Papier der Evangelischen Kirche in Deutschland fordert Reform',
  );
  assert.equal(
    titleWithoutSite(
      'Vom Boden aus gedacht - Ann Cotten verwebt in „Die Anleitungen der Vorfahren“ Lokales und Globales : literaturkritik.de',
      ['literaturkritik.de'],
      { head: false },
    ),
    'Vom Boden aus gedacht - Ann Cotten verwebt in „Die Anleitungen der Vorfahren“ Lokales und Globales',
  );
  assert.equal(titleWithoutSite('Bac 2024 : les résultats', ['letudiant.fr']), 'Bac 2024 : les résultats');
  assert.equal(titleWithoutSite('Sanctions : Paris et Berlin', ['paris.fr']), 'Sanctions : Paris et Berlin');
  // the h1 and a capitalised name of three words at most after it, which the site's names do not spell
  const cases: Array<[string, string[], string, string]> = [
    [
      'Musik und Sport: So steigern Songs deine Leistung | Teufel Blog',
      ['Das Lautsprecher Teufel Blog', 'blog.teufel.de'],
      'Musik und Sport: So steigern Songs deine Leistung',
      'Musik und Sport: So steigern Songs deine Leistung',
    ],
    [
      'Der Steinkauz ist der Vogel des Jahres 2021 | Schweizer Jäger Online',
      ['schweizerjaeger.ch'],
      'Der Steinkauz ist der Vogel des Jahres 2021',
      'Der Steinkauz ist der Vogel des Jahres 2021',
    ],
    ['Items We Never Knew We Wanted : The Perspective', ['ext.theperspective.com'], 'Items We Never Knew We Wanted', 'Items We Never Knew We Wanted'],
    [
      '«Wir waren fast 40 Tage in Quarantäne» - Rosa-Luxemburg-Stiftung',
      ['rosaluxstiftung', 'rosalux.de'],
      '«Wir waren fast 40 Tage in Quarantäne»',
      '«Wir waren fast 40 Tage in Quarantäne»',
    ],
    // a subtitle is no name (economictimes, finanzcheck, backen.de's "Rezept von Backen.de"), nor a question
    [
      "The iPhone SE is in India, here's all we know - Not a flagship",
      ['The Economic Times'],
      "The iPhone SE is in India, here's all we know",
      "The iPhone SE is in India, here's all we know - Not a flagship",
    ],
    ['Leasing oder Finanzierung » Der große Vergleich', ['Finanzcheck.de'], 'Leasing oder Finanzierung', 'Leasing oder Finanzierung » Der große Vergleich'],
    [
      'Maulwurfkuchen mit Erdbeeren - Rezept von Backen.de',
      ['backen.de'],
      'Maulwurfkuchen mit Erdbeeren',
      'Maulwurfkuchen mit Erdbeeren - Rezept von Backen.de',
    ],
    // a date before the headline, in the title and in the h1 (regenbogenportal.de, biathlon-antholz.it)
    [
      '08.11.2021 | Online-Fachtag zum Intersex Day of Remembrance',
      ['Regenbogenportal'],
      'Online-Fachtag zum Intersex Day of Remembrance',
      'Online-Fachtag zum Intersex Day of Remembrance',
    ],
    [
      '23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln - Biathlon Antholz',
      ['biathlon-antholz.it'],
      '23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln',
      'Dorothea Wierer darf beim Antholz-Abschluss noch jubeln',
    ],
  ];
  for (const [title, names, headline, want] of cases) assert.equal(titleWithoutSite(title, names, { headline }), want, title);
  // an h1 that is the site's name heads nothing (disfunctions.de's <title>)
  assert.equal(
    titleWithoutSite('Disfunctions.de » Blog Archiv', ['disfunctions.de'], { head: false, headline: 'Disfunctions.de' }),
    'Disfunctions.de » Blog Archiv',
  );
});

test("the page's title loses its site part, its text is read against the title as the page writes it", () => {
  // aoc.media (trimmed): the h1 repeats the og:title without the site part; trafilatura-eval counts that line as text
  const page = `<html><head><meta property="og:title" content="Pour le néolibéralisme, la retraite est un archaïsme | AOC media - Analyse Opinion Critique" />
<meta property="og:site_name" content="AOC media - Analyse Opinion Critique" /></head><body><article>
<p>Pour le néolibéralisme, la retraite est un archaïsme</p>
<p>Les grandes grèves de 1995 furent une réponse à la réforme des retraites voulue par le gouvernement Juppé, et la question revient.</p>
<p>Pour réaliser ce programme, il impose une nouvelle conception de la protection sociale, fondée sur le compte individuel.</p>
</article></body></html>`;
  const a = extractHtml({ id: 'aoc', source: 'aoc.html', kind: 'html', body: page, order: 0, meta: {} });
  assert.equal(a.title, 'Pour le néolibéralisme, la retraite est un archaïsme');
  assert.equal(a.outlet, 'AOC media - Analyse Opinion Critique');
  assert.match(a.paragraphs.join('\n'), /Les grandes grèves de 1995/);
});
