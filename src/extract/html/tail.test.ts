import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Removal } from '../../model.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtmlContent } from './index.ts';
import { isCallToAction, isTailHeading, trimEndMatter } from './tail.ts';
import { loadLanguageModel } from '../../common/language.ts';

await loadLanguageModel();

const P1 = 'Der Stadtrat hat am Montag nach zehn Jahren Streit über Kosten, Verlauf und Risiken die neue Hochwasserschutzmauer am Mühlbach beschlossen.';
const P2 =
  'Das Rückhaltebecken an der Fährwiese fasst nach Angaben der Ingenieure 1,2 Millionen Kubikmeter Wasser und nimmt dem Dorf Ahsbach damit die Gefahr.';
const P3 = 'Die Opposition stimmte dagegen, weil die Stadt die letzten neun Millionen Euro der Finanzierung noch nicht gesichert habe.';

test('calls to action go wherever they stand; article sentences that mention sharing stay', () => {
  for (const t of [
    'Möchten Sie den Artikel teilen?',
    'Teilen Sie diesen Artikel',
    'Abonnieren Sie unseren Newsletter und verpassen Sie nichts.',
    'Comments are closed.',
    'Síguenos en Telegram, Instagram, Facebook y Twitter',
    'Lesen Sie auch:',
    // a letters page's call for letters, and a contact call after a press release
    'Submit your letter to the editor via this form. Read more Letters to the Editor.',
    'Kontaktieren Sie uns gerne auch direkt:',
    'Contact us at newsroom@example.org or call 555-0100.',
  ]) {
    assert.ok(isCallToAction(t), t);
  }
  for (const t of [
    P1,
    'Die Nutzer teilen ihre Daten mit dem Anbieter, sagte der Datenschützer.',
    'Lesen Sie auch die Stellungnahme des Ministeriums, die am Dienstag erschien.',
    'Readers who want to contact us about the survey can still take part until Friday, the council said.',
  ])
    assert.ok(!isCallToAction(t), t);
});

test('an end-matter heading after the main text cuts it and what follows; one near the top does not', () => {
  const removed: Removal[] = [];
  const out = trimEndMatter([P1, P2, P3, 'Über den Autor', 'Jan Koch schreibt seit 2010 über Kommunalpolitik.', 'Kontakt: redaktion@example.org'], removed);
  assert.deepEqual(out, [P1, P2, P3]);
  assert.ok(removed.some((r) => r.reason.startsWith('end matter')));
  // "Kontakt" as the first section of a page is the page's subject, not its end matter
  assert.deepEqual(trimEndMatter(['Kontakt', P1, P2], []), ['Kontakt', P1, P2]);
  assert.ok(
    isTailHeading('Mehr zum Thema') &&
      isTailHeading('Quellenangaben:') &&
      !isTailHeading('Mehr zum Thema Hochwasser finden Sie im Archiv der Stadt, das seit 1990 besteht und jeden Montag öffnet.'),
  );
});

test('captions with a credit and date lines are furniture; paragraphs that end with a credit are text', () => {
  const page = `<html><body><article><p>${P1}</p><p>Bürgermeisterin Anna Berg am Deich. © dpa / Max Muster</p><p>Veröffentlicht am 12.03.2022</p>
    <p>${P2}</p><p>${P3}</p><p>Sie müssen sich anmelden, um Kommentare zu schreiben.</p></article></body></html>`;
  const { paragraphs, removed } = extractHtmlContent(page);
  assert.deepEqual(paragraphs, [P1, P2, P3]);
  const reasons = new Set(removed.map((r) => r.reason));
  for (const r of ['picture caption', 'date, category or counter line', 'call to action or site notice']) assert.ok(reasons.has(r), r);
});

test('short labels before the text starts (kicker, section name, date) go; a subheading there stays', () => {
  const page = `<html><body><article><div>Pressemitteilung</div><div>23.10.2018</div><h2>Mauer am Mühlbach</h2><p>${P1}</p><p>Politik</p><p>${P2}</p></article></body></html>`;
  const { paragraphs, removed } = extractHtmlContent(page);
  assert.deepEqual(paragraphs, ['Mauer am Mühlbach', P1, 'Politik', P2]);
  assert.ok(removed.some((r) => r.reason === 'label before the text' && r.text === 'Pressemitteilung'));
});

test('reading-time, comment-count and result-count lines are page furniture; sentences about them stay', () => {
  for (const t of [
    'Lesezeit: 4 Minuten',
    '5 min read',
    'Ten tekst przeczytasz w 3 minuty',
    'View Comments',
    '12 Kommentare',
    'Temps de lecture : 2 min',
    'Showing 1–12 of 45 results',
    'Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!',
  ]) {
    const removed: Removal[] = [];
    assert.deepEqual(trimEndMatter([P1, t, P2], removed), [P1, P2], t);
    assert.equal(removed[0]?.reason, 'date, category or counter line', t);
  }
  const sentence = 'Die Lesezeit eines Romans hängt weniger von seiner Länge ab als von der Geduld seiner Leser, sagt die Forscherin.';
  assert.deepEqual(trimEndMatter([P1, sentence], []), [P1, sentence]);
  const count = 'Showing 10 of the 45 results, the survey found that most people read the news on their phones.';
  assert.deepEqual(trimEndMatter([P1, count], []), [P1, count]);
});

test('a row of short items between bars (post meta, footer menu) is furniture; a headline with one bar and a sentence with bars stay', () => {
  // from real pages: a blog's meta row, a portfolio's footer line
  for (const t of [
    'January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments',
    'IMPRESSUM | DATENSCHUTZ | COPYRIGHT ANDRÉ LOIBL | THIS IS A KANGA PROJECT',
  ]) {
    const removed: Removal[] = [];
    assert.deepEqual(trimEndMatter([P1, t, P2], removed), [P1, P2], t);
    assert.equal(removed[0]?.reason, 'meta row or menu line', t);
  }
  for (const t of [
    'Update | Deceased Clarendon crash victims identified',
    'Die Stadt plant drei Dinge | den Deich | die Brücke | und eine neue Schule für das Viertel.',
  ]) {
    assert.deepEqual(trimEndMatter([P1, t, P2], []), [P1, t, P2], t);
  }
});

test("WordPress's long post-meta sentence is furniture, in English and German", () => {
  for (const t of [
    'Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein, Region Halle - Leipzig, Tastings & Events, Termine abgelegt. Du kannst die Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen. Kommentare und Pings sind momentan geschlossen.',
    'This entry was posted on Tuesday, March 3rd, 2020 at 10:12 am and is filed under News, Podcast, Recordings, Interviews, Berlin, Music and Culture. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.',
  ]) {
    assert.ok(t.length > 260, 'longer than other meta lines');
    const removed: Removal[] = [];
    assert.deepEqual(trimEndMatter([P1, P2, t], removed), [P1, P2], t);
    assert.equal(removed[0]?.reason, 'date, category or counter line', t);
  }
});

test('a pointer to the next part of a series goes; a sentence that starts the same way stays', () => {
  const html = readFileSync(join(import.meta.dirname, '../../../test/fixtures/html/next-part-pointer.html'), 'utf8');
  const out = extractHtmlContent(html, 'https://example.org/schreibstil-teil-2');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /weiter zu "die Wortwahl"/);
  assert.match(t, /^Weiter zum Satzbau gehört die Frage/m);
  assert.ok(
    out.removed.some((r) => r.reason === 'call to action or site notice' && /die Wortwahl/.test(r.text)),
    JSON.stringify(out.removed),
  );
  assert.ok(isCallToAction('Continue to part 2: the results'));
});

test("short paragraphs and list entries before the text are the author's own (a salutation, a moderator line); a kicker div still goes", () => {
  const html = readFileSync(join(import.meta.dirname, '../../../test/fixtures/html/short-paragraphs-first.html'), 'utf8');
  const out = extractHtmlContent(html, 'https://example.org/denkanstoss-2012');
  assert.deepEqual(out.paragraphs.slice(0, 4), ['Liebe Leserinnen,', 'Moderation: Hanna Berg', 'drei Tage', 'zwölf Vorträge']);
  assert.ok(
    out.removed.some((r) => r.reason === 'label before the text' && r.text === 'Rückblick'),
    JSON.stringify(out.removed),
  );
});

test('an author bio closing the text ("X is the founder of …") goes; a sentence naming a consultant inside the text stays', () => {
  const html = readFileSync(join(import.meta.dirname, '../../../test/fixtures/html/closing-author-bio.html'), 'utf8');
  const out = extractHtmlContent(html, 'https://example.org/seven-ways');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /Maria Lopez is the founder/);
  assert.match(t, /Sarah Okafor, a marketing consultant/);
  assert.match(t, /Archive what you want to keep and delete the rest\.$/);
  assert.ok(
    out.removed.some((r) => r.reason === 'author box' && /^Maria Lopez/.test(r.text)),
    JSON.stringify(out.removed),
  );
});

test('"Diese Artikel könnten euch auch interessieren" opens end matter: it and the promotion after it go', () => {
  const html = readFileSync(join(import.meta.dirname, '../../../test/fixtures/html/might-interest-you-heading.html'), 'utf8');
  const out = extractHtmlContent(html, 'https://example.org/fairer-strick');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /könnten euch auch interessieren|Markenfinder/);
  assert.match(t, /legt sie zum Trocknen flach auf ein Handtuch\.$/);
  for (const h of ['Das könnte Sie auch interessieren', 'Diese Rezepte könnten dir auch gefallen:', 'Das könnte dich interessieren'])
    assert.ok(isTailHeading(h), h);
});

test('a teaser ending in its read-more link ("… Seht selbst! Weiterlesen") is another article; a sentence ending "de plus en plus..." is text', () => {
  const html = readFileSync(join(import.meta.dirname, '../../../test/fixtures/html/teaser-read-more.html'), 'utf8');
  const out = extractHtmlContent(html, 'https://example.org/saengerin');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /Sommer heißt Ferien/);
  assert.match(t, /^Nach ihrem Umzug an die Küste/);
  assert.match(t, /nach wenigen Stunden ausverkauft\.$/);
  assert.ok(
    out.removed.some((r) => r.reason === 'teaser of another article' && /Weiterlesen$/.test(r.text)),
    JSON.stringify(out.removed),
  );
  const kept = trimEndMatter([P1, 'Les prix des loyers montent dans toutes les grandes villes, et les familles partent de plus en plus...'], []);
  assert.equal(kept.length, 2);
});

test('a reviews heading is end matter; a source line is a credit wherever it stands', () => {
  assert.ok(isTailHeading('Bewertungen') && isTailHeading('330 Bewertungen') && isTailHeading('Customer reviews') && isTailHeading('REVIEWS'));
  assert.ok(!isTailHeading('Bewertungen von Kunden zeigen, dass die Mischung seit Jahren beliebt ist.'));
  const removed: Removal[] = [];
  assert.deepEqual(trimEndMatter([P1, 'Quellen: (Medical News Today) (Northwestern Medicine)', P2, 'Źródło: ISBnews'], removed), [P1, P2]);
  assert.deepEqual(
    removed.map((r) => r.reason),
    ['source line', 'source line'],
  );
  // a sentence that starts with the word is text
  const long = 'Quelle: Die Zahlen stammen aus einer Umfrage unter 2.000 Haushalten, die das Institut im Auftrag der Stadt im Frühjahr 2021 geführt hat.';
  assert.deepEqual(trimEndMatter([P1, long], []), [P1, long]);
});

test('look-alike letters of another script in three words or more are a disguised ad; units and compounds are not', () => {
  const removed: Removal[] = [];
  const ad = 'Аdvеrtіѕе wіth thе most visited news site ~ Yоur соntеnt іѕ dеlіvеrеd tо thоuѕаndѕ оf uѕеrѕ!';
  assert.deepEqual(trimEndMatter([P1, ad], removed), [P1]);
  assert.equal(removed[0]?.reason, 'advertisement');
  const units = 'Haferflocken enthalten 1,3 μg Vitamin B12, 26 μg Folsäure und 2 μg Vitamin D je 100 g, sagt die Studie.';
  const russian = 'IT-компании и PR-агентства ищут SMS-сервисы для клиентов в регионе, сообщает издание.';
  assert.deepEqual(trimEndMatter([P1, units, russian], []), [P1, units, russian]);
});

test('a line that ends with when the page last changed is the frame; a sentence about an update is text', () => {
  const removed: Removal[] = [];
  const kept = trimEndMatter([P1, 'Evgenia Karp Zuletzt geändert am 06.11.2023', 'The list was last updated in March, the ministry said on Monday.'], removed);
  assert.deepEqual(kept, [P1, 'The list was last updated in March, the ministry said on Monday.']);
  assert.equal(removed[0]?.reason, 'date, category or counter line');
});

test('app pitches, sponsor and comment notes, bylines and revision dates go; sentences that report on them stay', () => {
  for (const t of [
    'Die Sport BILD-App Jetzt kostenlos für iOS und Android!',
    'BIKE Magazin App für Apple-Geräte & Android',
    "If you're on the ABC7 News app, click here to watch live",
    'Dieser Artikel entstand in Kooperation mit Arcadia Live.',
    'Leserbrief schreiben',
  ])
    assert.ok(isCallToAction(t), t);
  for (const t of [
    'Die Corona-Warn-App für Android und iOS wurde bisher mehr als 20 Millionen Mal heruntergeladen.',
    'Der Beitrag entstand nach einem Gespräch mit Anwohnern.',
    'Kommentare im Netz prägen die Meinung vieler Leser, sagte die Forscherin.',
  ])
    assert.ok(!isCallToAction(t), t);
  const removed: Removal[] = [];
  const lines = [
    'Written by Miami Today on November 7, 2023',
    'Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)',
    'Stand: 07.11.2023, 07:30 Uhr',
    'Datum: 31/08/2019',
    'Estimated reading time: 6 minutes',
    'Por Adriano Fernandes | 03/05/2022 20:36',
    '25. November 2021 16:11 Uhr',
  ];
  // a sentence, and headings that open with "By" or "Von"
  const kept = [
    'Written by Shakespeare around 1600, the play was first printed in 1603.',
    'Stand: Die Verhandlungen laufen noch.',
    'By setting this to Default, attributes are inherited',
    'Von Rechts wegen',
  ];
  assert.deepEqual(trimEndMatter([P1, ...lines, ...kept, P2], removed), [P1, ...kept, P2]);
});

test('a pointer heading ("Mehr zum Thema") over sentences only closes the article; over titles or a reference it is end matter', () => {
  const intro = 'Einen genauen Überblick über den neuen Plan finden Sie im Archiv der Stadt und weitere Informationen auf den Seiten des Amts:';
  assert.deepEqual(trimEndMatter([P1, P2, P3, 'Mehr zum Thema', intro], []), [P1, P2, P3, 'Mehr zum Thema', intro]);
  assert.deepEqual(trimEndMatter([P1, P2, P3, 'Mehr zum Thema', 'Hochwasser: Die Mauer am Mühlbach wächst'], []), [P1, P2, P3]);
  assert.deepEqual(trimEndMatter([P1, P2, P3, 'Weitere Informationen', 'Jan Koch: "Der Mühlbach" (Verlag am Fluss)'], []), [P1, P2, P3]);
  // other end-matter headings cut whatever follows them
  assert.deepEqual(trimEndMatter([P1, P2, P3, 'Über den Autor', 'Jan Koch schreibt seit vielen Jahren über die Politik der Stadt.'], []), [P1, P2, P3]);
});

test("a broadcaster player's availability line is a date line; a sentence that starts the same way stays", () => {
  for (const t of [
    'Video verfügbar bis 28.02.2021',
    'Video verfügbar bis:',
    '14.10.2020 ∙ 14:00 Uhr',
    'Available until 31/12/2023',
    'Disponible jusqu’au 12/05/2023',
  ]) {
    const removed: Removal[] = [];
    assert.deepEqual(trimEndMatter([P1, t, P2], removed), [P1, P2], t);
    assert.equal(removed[0]?.reason, 'date, category or counter line', t);
  }
  const sentence = 'Verfügbar bis Ende Mai bleiben die Tickets der abgesagten Spiele gültig, teilte die Liga mit.';
  assert.deepEqual(trimEndMatter([P1, sentence, P2], []), [P1, sentence, P2]);
});

test("the outlet's appeal to its readers goes (ebike-mtb, kath.net, lacrux, siegessaeule); the text's own question and a quoted plea stay", () => {
  const ebike =
    'Hat dir dieser Artikel gefallen? Dann würde es uns sehr freuen, wenn auch du uns als Supporter mit einem monatlichen Beitrag unterstützt. Als E-MOUNTAINBIKE-Supporter sicherst du dem hochwertigen Bike-Journalismus eine nachhaltige Zukunft und sorgst dafür, dass der E-Mountainbike-Sport auch weiter ein kostenloses und frei zugängliches Leitmedium hat! Jetzt Supporter werden!';
  const removed: Removal[] = [];
  assert.deepEqual(trimEndMatter([P1, P2, ebike], removed), [P1, P2]);
  assert.equal(removed[0].reason, "the outlet's appeal to its readers");
  for (const t of [
    'Ihnen hat der Artikel gefallen? Bitte helfen Sie kath.net und spenden Sie jetzt via Überweisung oder Kreditkarte/Paypal!',
    'Um zukünftig unabhängiger von Werbeeinnahmen zu sein und um dir noch mehr und noch bessere Inhalte zu liefern, brauchen wir deine Unterstützung.',
    'Darum: Hilf mit und unterstütze unser Magazin mit einem kleinen Beitrag. Natürlich profitierst du mehrfach. Wie? Das erfährst du hier.',
    'Spenden könnt ihr ganz einfach per Paypal oder direkt auf unser Konto Special Media SDL GmbH, Betreff „Support SIEGESSÄULE”,',
  ])
    assert.ok(isCallToAction(t), t);
  for (const t of [
    'Haben Sie Ihr Haar schon einmal mit diesem oder einem ähnlichen Produkt behandelt? Wie hat Ihnen das gefallen?',
    '„Wir brauchen Ihre Unterstützung“, sagte der Bürgermeister am Montag vor dem Rathaus.',
  ])
    assert.deepEqual(trimEndMatter([P1, t, P2], []), [P1, t, P2], t);
  // the plea heading cuts the pitch, the bank details and the follow line under it
  const siegessaeule = [
    'Die SIEGESSÄULE braucht weiterhin Eure Hilfe!',
    'IBAN DE22 1005 0000 0190 0947 29 – Herzlichen Dank!',
    'Folgt uns auf unserem neuen offiziellen Instagram-Account instagram.com/siegessaeule_magazin',
  ];
  assert.deepEqual(trimEndMatter([P1, P2, P3, ...siegessaeule], []), [P1, P2, P3]);
});

test("a comment section's heading cuts the comments even when they outweigh the article (taz, holzwerken, kath.net)", () => {
  const comments = Array.from(
    { length: 12 },
    (_, i) => `Leserin ${i}: Den Posten abzulehnen war natürlich richtig, aber die Frage bleibt offen, wer hier wen über den Tisch zog.`,
  );
  for (const heading of [
    'So können Sie kommentieren:',
    'Leserkommentare',
    'Lesermeinungen',
    'Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.',
  ]) {
    const removed: Removal[] = [];
    assert.deepEqual(trimEndMatter([P1, P2, P3, heading, ...comments], removed), [P1, P2, P3], heading);
    assert.match(removed[0].reason, /^end matter after/);
  }
  // a bare "Kommentare" heading in the first half opens a section of the text (a press review's comments), as before
  assert.deepEqual(trimEndMatter([P1, P2, P3, 'Kommentare', ...comments], []), [P1, P2, P3, 'Kommentare', ...comments]);
});

test('contact lines after the text go (ejwue, Nordex); an address the text introduces or a short entry stands on stays', () => {
  const long = [P1, P2, P3, P1.replace('Montag', 'Dienstag'), P2.replace('Dorf', 'Tal'), P3.replace('neun', 'acht'), P1.replace('zehn', 'elf')];
  const ejwue = [
    'Evangelisches Jugendwerk in Württemberg',
    'Haeberlinstraße 1-3',
    '70563 Stuttgart',
    'Fon 07 11/97 81-0',
    'Montag-Donnerstag:',
    '9:00-12:30 Uhr / 13:15-16:00 Uhr',
  ];
  const removed: Removal[] = [];
  assert.deepEqual(trimEndMatter([...long, ...ejwue], removed), [
    ...long,
    'Evangelisches Jugendwerk in Württemberg',
    'Montag-Donnerstag:',
    '9:00-12:30 Uhr / 13:15-16:00 Uhr',
  ]);
  assert.deepEqual(
    removed.map((r) => r.reason),
    Array(3).fill('contact or address line after the text'),
  );
  const nordex = ['Ansprechpartner Presse bei Nordex SE', 'Felix Losada', 'E-Mail: flosada@nordex-online.com', 'Telefon: +49 - (40) - 300 30 - 1141'];
  assert.deepEqual(trimEndMatter([...long, ...nordex], []), [...long, 'Ansprechpartner Presse bei Nordex SE', 'Felix Losada']);
  const footer = ['Planungsbüro G. & L. Hoppe * Eckleinjarten 6 * 27580 Bremerhaven', 'Tel.: 0471 80 60 745 * info@buero-hoppe.de'];
  assert.deepEqual(trimEndMatter([...long, ...footer], []), long);
  // dsv: the text says where to order ("… erfolgen unter:"); a city guide labels the theatre's "Adresse:"
  const order = 'Ab sofort kann der Levelpass bestellt werden. Die Bestellung kann per E-Mail, postalisch oder telefonisch erfolgen unter:';
  const dsv = ['Deutscher Schwimm-Verband e.V.', 'Korbacher Str. 93', '34123 Kassel', 'E-Mail: stensen@dsv.de'];
  assert.deepEqual(trimEndMatter([...long, order, ...dsv], []), [...long, order, ...dsv]);
  const venue = ['Adresse:', 'Colosseum Theater Essen', 'Altendorfer Str. 1', '45127 Essen', 'Telefon: 0201-2402-0'];
  assert.deepEqual(trimEndMatter([...long, ...venue], []), [...long, ...venue]);
  // wir-empfehlen: a directory entry's address under its one blurb is the page's matter
  const entry = ['Truckwash A31', 'Ottostraße 14', '26899 Rhede /Ems', 'Tel.: +49 4964 95816-120', 'Fax: +49 4964 95816-29'];
  assert.deepEqual(trimEndMatter([P1, P2, ...entry], []), [P1, P2, ...entry]);
});

test('affiliate and advertiser disclosures and an ad label go (Fandom, tarnkappe, utopia, The Points Guy, hildesheimer-presse); a deals page opening and a text on affiliate marketing stay', () => {
  for (const t of [
    '*Disclosure: Some of the links above are affiliate links, meaning, at no additional cost to you, Fandom will earn a commission if you click through and make a purchase. Community content is available under CC-BY-SA unless otherwise noted.',
    '(*) Alle mit einem Stern gekennzeichneten Links sind Affiliate-Links. Wenn Du über diese Links Produkte oder Abonnements kaufst, erhält Tarnkappe.info eine kleine Provision. Dir entstehen keine zusätzlichen Kosten. Wenn Du die Redaktion anderweitig finanziell unterstützen möchtest, schau doch mal auf unserer Spendenseite oder in unserem Online-Shop vorbei.',
    'This post and the photos within it may contain affiliate links. If you purchase something through the link, I may receive a small commission at no extra charge to you.',
    '** mit ** markierte oder orange unterstrichene Links zu Bezugsquellen sind teilweise Partner-Links: Wenn ihr hier kauft, unterstützt ihr aktiv Utopia.de, denn wir erhalten dann einen kleinen Teil vom Verkaufserlös. Mehr Infos.',
    '*Bonus value is an estimated value calculated by TPG and not the card issuer. View our latest valuations here.',
    'Diese Seite zeigt gesponserten Marketing-Inhalt, Quell- und Informationslinks sowie extern eingespielte Banner und Flash-Anzeigen.',
  ]) {
    const removed: Removal[] = [];
    assert.deepEqual(trimEndMatter([P1, P2, t], removed), [P1, P2], t);
    assert.equal(removed[0].reason, 'affiliate or advertiser disclosure', t);
  }
  for (const t of [
    // mixed.de's deals page: its opening names the links in its second sentence
    'Viele Händler haben immer wieder interessante Sonderaktionen, die wir hier sammeln. Die folgenden Angebote sind mit Affiliate-Links versehen. Bei einem Kauf über einen dieser Links bekommen wir eine Prämie.',
    'Affiliate-Links sind Links, für die der Betreiber einer Seite eine Provision erhält, wenn ein Leser über sie etwas kauft.',
  ])
    assert.deepEqual(trimEndMatter([P1, t, P2], []), [P1, t, P2], t);
  // hildesheimer-presse: the ad's label left on its own line
  const removed: Removal[] = [];
  assert.deepEqual(trimEndMatter([P1, P2, 'Anzeigen'], removed), [P1, P2]);
  assert.equal(removed[0].reason, 'advertisement label');
  const sentence = 'Anzeigen gegen die Betreiber hat die Polizei bisher nicht aufgenommen.';
  assert.deepEqual(trimEndMatter([P1, sentence, P2], []), [P1, sentence, P2]);
});

test('a pitch closing on a call to act goes (basicthinking, gofeminin, correctiv); its plea heading cuts the rest (neues-deutschland)', () => {
  for (const t of [
    'Wir tun jeden Tag, was wir lieben. Das kannst du auch! Über 20.000 Traumjobs in der IT- und Digital-Welt warten nur auf dich in der BASIC thinking-Jobbörse. Gleich reinschauen und entdecken!',
    'Liebe, Hochzeit, Babyglück? Die Experten von viversum wissen mehr. Jetzt Gratisberatung sichern!*',
    'CORRECTIV ist das erste gemeinnützige Recherchezentrum im deutschsprachigen Raum. Unser Ziel ist eine aufgeklärte Gesellschaft. Denn nur gut informierte Bürgerinnen und Bürger können auf demokratischem Weg Probleme lösen und Verbesserungen herbeiführen. Diese Recherche wurde mit der Unterstützung von Bürgerinnen und Bürgern realisiert. Jetzt unterstützen!',
  ]) {
    const removed: Removal[] = [];
    assert.deepEqual(trimEndMatter([P1, t, P2], removed), [P1, P2], t);
    assert.equal(removed[0].reason, 'pitch closing on a call to act', t);
  }
  for (const t of [
    'Der Händler warb am Samstag auf Plakaten in der ganzen Stadt mit dem Spruch: Jetzt kaufen!',
    '„Jetzt Tickets sichern!“, warb der Veranstalter auf Plakaten in der ganzen Stadt.',
  ])
    assert.deepEqual(trimEndMatter([P1, t, P2], []), [P1, t, P2], t);
  const nd = [
    'Dieser Artikel ist wichtig! Sichere diesen Journalismus!',
    'Besondere Zeiten erfordern besondere Maßnahmen: Auf Grund der Coronakrise und dem damit weitgehend lahmgelegten öffentlichen Leben haben wir uns entschieden, zeitlich begrenzt die gesamten Inhalte unserer Internetpräsenz für alle Menschen kostenlos zugänglich zu machen.',
    'Unterstützen über:',
  ];
  const removed: Removal[] = [];
  assert.deepEqual(trimEndMatter([P1, P2, P3, ...nd], removed), [P1, P2, P3]);
  assert.match(removed[0].reason, /^end matter after "Dieser Artikel ist wichtig!/);
});

test('newsletter and channel sign-ups, first-person follow calls and a video embed notice go; sentences about newsletters stay', () => {
  for (const t of [
    'Abonnieren Sie jetzt den apolut-Newsletter: https://apolut.net/newsletter/',
    'Nie mehr die wichtigsten News aus Österreichs Industrie verpassen? Abonnieren Sie unser Daily Briefing: Was in der Industrie wichtig wird. Täglich um 7 Uhr in Ihrer Inbox. Hier geht’s zur Anmeldung!',
    'Interesse an Digitalisierung, Transformation, Neuer Arbeit? Dann abonniere meinen Newsletter: http://www.accelerate-academy.de/newsletter/',
    '[Alle wichtigen Updates des Tages zum Coronavirus finden Sie im kostenlosen Tagesspiegel-Newsletter "Fragen des Tages". Dazu die wichtigsten Nachrichten, Leseempfehlungen und Debatten. Zur Anmeldung geht es hier.]',
    'Coaching-Newsletter erhalten',
    'Der Newsletter ist kostenlos und kann jederzeit abonniert und wieder abbestellt werden. Ihre E-Mail-Adresse wird nicht für Werbezwecke genutzt oder an Dritte weitergegeben.',
    'Nach Anmeldung erhalten Sie eine Aktivierungs-E-Mail. Nach Klicken des Links erhalten Sie den Coaching-Newsletter. Sollte die E-Mail nicht in Ihrem Postfach eingehen, prüfen Sie bitte Ihren SPAM-Ordner.',
    '! Du kannst mir auch auf Facebook und Twitter folgen.',
    'Hinweis: Wenn Sie dieses Video hier abspielen, erfolgt eine Datenübertragung an YouTube bzw. Google.',
  ])
    assert.ok(isCallToAction(t), t);
  for (const t of [
    'Der Verein hat seinen Newsletter im Januar eingestellt, weil ihn kaum noch jemand abonniert hatte.',
    'Sie können uns auf diesem Weg nicht folgen, sagte der Bergführer am Einstieg.',
    'Die Zeitung bietet ihren Lesern seit Montag einen kostenlosen Newsletter zur Kommunalwahl an.',
  ])
    assert.ok(!isCallToAction(t), t);
});

test('a date line with a slash before its time, in Spanish or French, or with its weekday and time goes; a weekday heading over a programme stays', () => {
  for (const t of [
    '6. November 2023 / 09:18 Uhr',
    'zuletzt bearbeitet: 04.02.2022, 08:27 Uhr',
    'martes, 3 de mayo de 2022 · 23:57',
    '3 de mayo de 2022',
    '12 février 2021 à 14h30',
    '25. November 2021 16:11 Uhr',
  ]) {
    const removed: Removal[] = [];
    assert.deepEqual(trimEndMatter([P1, t, P2], removed), [P1, P2], t);
    assert.equal(removed[0]?.reason, 'date, category or counter line', t);
  }
  // golfpost: the tournament's days over their rounds
  for (const t of ['Donnerstag, 03. Februar 2022', 'Am 3. Mai 2022 um 12:00 beginnt die erste Runde.'])
    assert.deepEqual(trimEndMatter([P1, t, P2], []), [P1, t, P2], t);
});
