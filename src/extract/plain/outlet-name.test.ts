import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalOutlet, copyrightHolders, outletFromFurniture, outletFromStaff, outletFromUrl } from './outlet-name.ts';
import { OUTLETS } from './outlets.ts';
import { extractHtml } from '../html/index.ts';
import { decodeHtmlBytes } from '../../ingest/html-charset.ts';
import { loadLanguageModel } from '../../common/language.ts';

await loadLanguageModel();

const WEB = join(import.meta.dirname, '../../../test/fixtures/web');

test('spellings of a known outlet give its one name; unknown names pass unchanged', () => {
  assert.equal(canonicalOutlet('Washington Post'), 'The Washington Post');
  assert.equal(canonicalOutlet('  CBC '), 'CBC News');
  assert.equal(canonicalOutlet('DER SPIEGEL'), 'Der Spiegel');
  assert.equal(canonicalOutlet('The Rivertown Gazette'), 'The Rivertown Gazette');
});

test('a URL names its outlet by domain, subdomains included; unknown or broken URLs name none', () => {
  assert.deepEqual(outletFromUrl('https://www.cbc.ca/news/world/putin-belarus-1.6690012'), { name: 'CBC News', reason: 'domain cbc.ca' });
  assert.equal(outletFromUrl('https://www.washingtonpost.com/world/2022/12/19/putin-belarus/')?.name, 'The Washington Post');
  assert.deepEqual(outletFromUrl('https://edition.cnn.com/2022/12/19/europe/x'), outletFromUrl('https://cnn.com/'));
  assert.equal(outletFromUrl('https://notcbc.ca/x'), null);
  assert.equal(outletFromUrl('not a url'), null);
});

test('copyright lines name their holder, wherever they stand in a footer line', () => {
  assert.deepEqual(copyrightHolders('© 2022 Reuters. All rights reserved.'), ['Reuters']);
  assert.deepEqual(copyrightHolders('Impressum | Datenschutz | Kontakt © Tageblatt Nord 2023'), ['Tageblatt Nord']);
  assert.deepEqual(copyrightHolders('Copyright © The Washington Post 2022'), ['The Washington Post']);
  assert.deepEqual(copyrightHolders('Copyright 2019-2023 CBC/Radio-Canada Ltd.'), ['CBC/Radio-Canada']);
  assert.deepEqual(copyrightHolders('No rights line here.'), []);
});

// footer lines of real pages (trafilatura-eval), as the footer's text reads them, and what their holder is
test("a copyright line's holder without the footer's links, a rights clause, a licence or a credit word", () => {
  const cases: [string, string[]][] = [
    ['© 2020 Wolfgang Michal DatenschutzImpressumDesignTwitter', ['Wolfgang Michal']],
    ['© 2022 handwerksblatt.de Startseite Impressum Kontakt Datenschutz', ['handwerksblatt.de']],
    ['© BLE 2022 ImpressumÜber unsDatenschutzBarrierefreiheit', ['BLE']],
    ['© Synium Software GmbH Zum Seitenanfang', ['Synium Software']],
    ['© by Ralf Glaser', ['Ralf Glaser']],
    ['Copyright (c) 2012- Gregory Szorc. All rights reserved. Design by CSS Templates.', ['Gregory Szorc']],
    ['© Copyright Women Can Talk Sports', ['Women Can Talk Sports']],
    ['Copyright 2001-2021 by Wirtualnemedia.pl Realizacja: Agencja', ['Wirtualnemedia.pl']],
    ['© Krimiblog-Archiv ist lizensiert unter einer Creative Commons Lizenz', ['Krimiblog-Archiv']],
    ['© hausinfo Eine Dienstleistung von Jumbo', ['hausinfo']],
    ['© The Anarcat CC-BY-SA', ['The Anarcat']],
    ['© KBS WORLD All Rights Reserved', ['KBS WORLD']],
    ['© 2022 WEISSER RING e. V.', ['WEISSER RING']],
    // no one's name: a picture's credit, a sentence's piece, a bare company form
    ['© Oli Scarff/Getty Images', []],
    ['© PeopleImages/istockphoto.com', []],
    ['© iStock.com/djedzura', []],
    ['© ThinkstockPhotos/Zukunft ERDAS', []],
    ['© AdobeStock.com/Hermann', []],
    ['© des jeweiligen Verlages', []],
    ['© All Rights Reserved Home Contact', []],
    ['© Dieses Weblog', []],
    ['© phpBB Limited Deutsche Übersetzung durch', []],
    ['© ООО «Футбол»', []],
    // names that stay as they are
    ['© Die Zeit', ['Die Zeit']],
    ['Copyright 2019-2023 CBC/Radio-Canada Ltd.', ['CBC/Radio-Canada']],
  ];
  for (const [line, holders] of cases) assert.deepEqual(copyrightHolders(line), holders, line);
});

test('staff credits and template lines name an outlet only when unambiguous', () => {
  assert.equal(outletFromStaff(['Mary Ilyushina', 'Natalia Abbakumova'])?.name, 'The Washington Post');
  assert.equal(outletFromStaff(['Mary Ilyushina', 'Evan Dyer']), null); // two outlets: no answer
  assert.equal(outletFromStaff(['Jane Doe']), null);
  assert.equal(outletFromFurniture(['WATCH | Putin admits to setbacks in Eastern Ukraine:', '6 months ago', 'Duration 2:04'])?.name, 'CBC News');
  assert.equal(outletFromFurniture(['WATCH | a video']), null); // one template line is not enough
});

test('the table: every outlet once, no domain or spelling claimed by two outlets', () => {
  const seen = new Map<string, string>();
  for (const o of OUTLETS) {
    for (const key of [o.name, ...(o.variants ?? []), ...(o.domains ?? [])].map((k) => k.toLowerCase())) {
      assert.ok(!seen.has(key) || seen.get(key) === o.name, `${key}: ${seen.get(key)} and ${o.name}`);
      seen.set(key, o.name);
    }
  }
});

test('HTML fixtures: site name, then the footer copyright line; the byline stays the byline', () => {
  const page = (f: string, url: string | null = null) => {
    const d = decodeHtmlBytes(readFileSync(join(WEB, f)));
    return extractHtml({ id: f, source: f, kind: 'html', body: 'text' in d ? d.text : '', order: 0, url, meta: {} });
  };
  const gazette = page('rivertown-gazette.html');
  assert.equal(gazette.outlet, 'The Rivertown Gazette');
  assert.equal(gazette.outletEvidence, 'site name');
  assert.deepEqual(gazette.byline, ['Maria Lopez']);
  const faehre = page('tageblatt-nord.html');
  assert.equal(faehre.outlet, 'Tageblatt Nord');
  assert.equal(faehre.outletEvidence, 'copyright line');
  // a known domain names the outlet before the footer does
  const onCbc = page('tageblatt-nord.html', 'https://www.cbc.ca/news/x');
  assert.deepEqual([onCbc.outlet, onCbc.outletEvidence], ['CBC News', 'domain cbc.ca']);
  // real pages: the footer's holder without the menu's links glued to it; a picture's credit names no outlet
  const michal = page('wolfgangmichal-footer.html');
  assert.deepEqual([michal.outlet, michal.outletEvidence], ['Wolfgang Michal', 'copyright line']);
  const amnesty = page('amnesty-image-credit.html');
  assert.equal(amnesty.outlet, null);
});
