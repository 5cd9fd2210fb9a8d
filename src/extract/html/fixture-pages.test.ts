// Page patterns from real news and blog templates (test/fixtures/html: the markup kept, the text rewritten),
// one fixture per pattern the extractor once got wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml, extractHtmlContent } from './index.ts';
import { withRules } from '../removal-rules.ts';
import { isTailHeading } from './tail.ts';
import { loadLanguageModel } from '../../common/language.ts';

await loadLanguageModel();

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/html');
const extract = (name: string) => extractHtmlContent(readFileSync(join(FIXTURES, name), 'utf8'), `https://example.org/${name}`);
const text = (name: string) => extract(name).paragraphs.join('\n');

/** The page's removed lines include one matching `text`, removed by `rule` (the removals listed when not). */
function assertRemovedBy(out: { removed: Parameters<typeof withRules>[0] }, rule: string, text: RegExp): void {
  assert.ok(
    withRules(out.removed).some((r) => r.rule === rule && text.test(r.text)),
    JSON.stringify(out.removed),
  );
}

test('a teaser <article> inside a related-posts list is not taken for the page article', () => {
  const out = extract('related-teaser-article.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Ohrringe sind in diesem Frühling/);
  assert.match(t, /recyceltem Silber/);
  assert.doesNotMatch(t, /Jetzt heißt es schnell sein/);
  assert.doesNotMatch(out.method, /marked container article/);
});

test('a sentence-long subheadline before a removed author box stays; a short heading before a removed box goes', () => {
  const out = extract('long-subheadline.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /sondern auch politische Maßnahmen, wie die zur Bekämpfung einer Pandemie\./);
  assert.doesNotMatch(t, /Mehr zum Thema/);
  assert.match(t, /aufeinander zu achten\.$/);
  const rules = withRules(out.removed).map((r) => r.rule);
  assert.ok(rules.includes('orphan-heading'), JSON.stringify(out.removed));
});

test('an author box plugin below the post is removed with its reason', () => {
  const out = extract('author-box-plugin.html');
  assert.doesNotMatch(out.paragraphs.join('\n'), /Ich mag jede Art von Fotografie/);
  assert.match(text('author-box-plugin.html'), /anderen Fotografen mit dem gleichen Problem hilft\.$/);
  assertRemovedBy(out, 'author-box', /Fotografie/);
});

test('ruby annotations (furigana) are not read into the words they annotate', () => {
  const t = text('ruby-annotations.html');
  assert.match(t, /子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、/);
  assert.match(t, /法律では虐待をした親に専門家が子どもの育て方を/);
  assert.doesNotMatch(t, /ぎゃくたい|ほうりつ|\(/);
});

test('Drupal fields with a hidden label and blocks hidden on small screens only are text, a visually hidden span is not', () => {
  const t = text('drupal-field-classes.html');
  assert.match(t, /Ein warmes Frühstück, das lange satt macht/);
  assert.match(t, /Haferdrink mit Haferflocken, Vanille und Zimt/);
  assert.match(t, /Nüsse trocken in einer Pfanne anrösten/);
  assert.match(t, /Sie ist die Königin des Aufräumens/);
  assert.doesNotMatch(t, /Zum Seitenanfang springen/);
});

test('print-layout classes (print-full, no-print) are no chrome signal; a print-only header is', () => {
  const out = extract('print-utility-classes.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /Für dieses Rezept benötigst du Platz im Kühlschrank/);
  assert.match(t, /fette den Boden der Springform/);
  assert.doesNotMatch(t, /gedruckt von/);
  assert.ok(out.removed.some((r) => r.reason === 'page tools' && /gedruckt von/.test(r.text)));
});

test('a code line before a removed related-posts box is no orphan heading', () => {
  const t = text('code-before-box.html');
  assert.match(t, /netsh interface tcp set global autotuninglevel=disabled/);
  assert.match(t, /netsh interface tcp set global autotuninglevel=normal$/);
  assert.doesNotMatch(t, /DNS-Cache/);
});

test('a heading before a sentence-long heading introduces that text, not the removed box after it; a heading inside a quote is quoted text', () => {
  const out = extract('heading-run-before-box.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Der Plakatwettbewerb für Kinder\nfindet in 2020 bereits zum 6\. Mal statt/m);
  assert.doesNotMatch(t, /Schlagworte/);
  // the blockquote's <h4> is the quoted call's last line, not the heading of the tag list after the quote
  assert.match(t, /^Gestalte ein Plakat unter dem Motto: »Haltet unsere Gewässer sauber!«$/m);
});

test('a link that shows its own address (a petition URL, an e-mail address) is text the article cites; a link named by a title is not', () => {
  const out = extract('address-links.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^http:\/\/www\.openpetition\.de\/petition\/online\/gegen-die-tarifreform-2013-gema-verliert-augenmass$/m);
  assert.match(t, /^clubkultur@die-partei\.example$/m);
  assert.doesNotMatch(t, /^Termine$/m);
});

test('a sentence whose second half is a link is prose; a paragraph that is all link is not', () => {
  const t = text('sentence-with-long-link.html');
  assert.match(t, /Krzysztoszek zastąpił Zdzisława Wiese, który przez ostatnie osiem miesięcy .* w dziale marketingu\./);
  assert.doesNotMatch(t, /Nowy rzecznik prasowy banku Pekao/);
});

test('an article split into a lead block and a body block (no markers) keeps both: the body alone holds less than the container share', () => {
  const out = extract('article-in-two-blocks.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Die Gemeinde Lierfeld in der Eifel hat am Dienstag beschlossen/);
  assert.match(t, /wie die Verbandsgemeinde mitteilte\.$/);
  assert.doesNotMatch(t, /Impressum|Startseite/);
});

test('a lead marked with schema.org itemprop="description" before the article body is text', () => {
  const t = text('lead-itemprop-description.html');
  assert.match(t, /^In einer Kleinstadt in der Lausitz wird eine neue Idee erprobt\./);
  assert.match(t, /wenn das Laub vorher gut getrocknet wurde\.$/);
});

test('a subheadline in the article head, outside the body block, is the lead', () => {
  const t = text('lead-subheadline.html');
  assert.match(t, /^Das erneuerbare Molekül: was Wasserstoff aus Wind- und Sonnenstrom leisten kann/);
  assert.match(t, /deutlich sinken\.$/);
  assert.doesNotMatch(t, /Grüne Energie/);
});

test('a teaser paragraph in the article header is the lead', () => {
  const t = text('lead-teaser.html');
  assert.match(t, /^Berichten zufolge hat ein großer Hersteller seine Pläne aufgegeben/);
  assert.match(t, /wenn eine Behörde es verlangt\.$/);
});

test('a class naming what a block holds ("has-sharing", "--with-abstract") is no chrome signal', () => {
  const t = text('layout-modifier-classes.html');
  assert.match(t, /^Wärmepumpen boomen trotz knapper Bauteile/);
  assert.match(t, /gestiegenen Preise für Gas und Öl zurück\.$/);
});

test('a layout class that places a sidebar beside the text is no sidebar', () => {
  const out = extract('sidebar-layout-class.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^A new Android ransomware family is spreading/);
  assert.match(t, /keep victims from removing it\.$/);
  // our pass keeps the article (not only Readability's second opinion after our pass dropped it as a sidebar)
  assert.ok(!out.removed.some((r) => /ransomware family/.test(r.text)), JSON.stringify(out.removed));
  assert.ok(out.removed.some((r) => r.reason === 'sidebar' && /Suggested articles/.test(r.text)));
  assert.doesNotMatch(t, /Sponsored content|Editor's Picks/);
});

test('an embedded post and an embed consent placeholder go, with the heading that introduces the embed', () => {
  const out = extract('embedded-post.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Wenn es draußen früh dunkel wird/);
  assert.match(t, /am Abend gab es ein leichtes Essen/);
  assert.match(t, /bestimmt wieder\.$/);
  assert.doesNotMatch(t, /Zehn Tipps|Privatsphäre|könnte dich auch interessieren/);
  assert.ok(
    withRules(out.removed).some((r) => r.rule === 'embedded-post'),
    JSON.stringify(out.removed),
  );
});

test('a dateline span inside the first paragraph stays part of its sentence', () => {
  const t = text('dateline-span.html');
  assert.match(t, /^KOBE – A total of 6,000 surgical masks have been lost/);
});

test('a subtitle in the article head section before the text section (both straight under <body>) is the lead', () => {
  const t = text('lead-in-sibling-section.html');
  assert.match(t, /^Ein Surfshop lädt zur dritten Auflage seines Events/);
  assert.match(t, /Die Siegerehrung beginnt am frühen Abend\.$/);
  assert.doesNotMatch(t, /Jubiläum/);
});

test('an affiliate disclosure at the top of the article goes', () => {
  const out = extract('disclosure-note.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Buying crypto for the first time takes a few steps/);
  assert.match(t, /a wallet the exchange keeps for you\.$/);
  assert.doesNotMatch(t, /We recommend the best products/);
  assertRemovedBy(out, 'disclosure', /advertisers do not influence/);
});

test('an affiliate disclosure long enough to read as paragraphs still goes, with its heading', () => {
  const out = extract('affiliate-disclosure-long.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Unter einer Betriebsrente versteht man/);
  assert.match(t, /ein Wechsel kostet oft Gebühren\.$/);
  assert.doesNotMatch(t, /Affiliate-Links|Geld bekommen wir|Was der Stern bedeutet/);
  assertRemovedBy(out, 'disclosure', /Was der Stern bedeutet/);
});

test("the StarBox author box plugin (abh_box) below the post is the author's box", () => {
  const out = extract('starbox-author-box.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /add things only when you miss them\.$/);
  assert.doesNotMatch(t, /My blog is full of ideas|sleep coach/);
  assertRemovedBy(out, 'author-box', /Jane Parker/);
});

test('a source line under the text ("Źródło: ISBnews") is a credit, not text', () => {
  const out = extract('source-line.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /6,6 procent miesiąc wcześniej\.$/);
  assert.doesNotMatch(t, /Źródło/);
  assertRemovedBy(out, 'source-line', /^Źródło: ISBnews$/);
});

test('a reviews heading after a product text opens end matter: the call for reviews goes', () => {
  const out = extract('product-reviews-heading.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /Tasse für Tasse\./);
  assert.doesNotMatch(t, /Bitte teilen Sie uns Ihre Erfahrungen mit/);
  assertRemovedBy(out, 'end-matter', /Bewertungen/);
});

test('a paragraph ending in a bracketed read-more link ("[więcej]") is a teaser of another article', () => {
  const out = extract('teaser-bracket-more.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /Specjalną uchwałę w obronie fundacji/);
  assert.match(t, /za ostatnie trzy lata\.$/);
  assert.doesNotMatch(t, /podkreśliła prezes/);
  assertRemovedBy(out, 'teaser', /\[więcej\]$/);
});

test("a health text's medical-review note and a membership promo are site notices", () => {
  const out = extract('health-review-note.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Neben Impfstoffen gibt es nun auch eine Tablette/);
  assert.match(t, /Vorerkrankungen von Herz oder Lunge\.$/);
  assert.doesNotMatch(t, /wurde von Medizinern geprüft|exklusive Angebote|Werden Sie Mitglied/);
  assertRemovedBy(out, 'call-to-action', /wurde von Medizinern geprüft/);
  assertRemovedBy(out, 'call-to-action', /exklusive Angebote/);
});

test('a closing wish on a line of its own ("Alles Gute zum neuen Jahr & viel Spaß mit der neuen Ausgabe!") is a sign-off', () => {
  const out = extract('closing-wish.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /Im Januar ging es um alte Röhrenverstärker\.$/);
  assert.doesNotMatch(t, /Alles Gute/);
  assertRemovedBy(out, 'call-to-action', /^Alles Gute zum neuen Jahr/);
});

test('a membership call ("Join now or renew to get:") opens end matter: its perks and the welcome gift go', () => {
  const out = extract('membership-promo.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /awareness of the illness among young athletes\./);
  assert.doesNotMatch(t, /Join now|Membership merch|welcome gift/);
  assertRemovedBy(out, 'end-matter', /^Join now or renew to get:/);
});

test('a block named "authors" above the post is its byline', () => {
  const out = extract('authors-byline.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Last month I gave a webcast/);
  assert.doesNotMatch(t, /Mark Baker/);
  assertRemovedBy(out, 'byline-or-date', /^Mark Baker$/);
});

test('"Zur Person" after the text opens end matter: the bio and the book promo after it go', () => {
  const out = extract('zur-person-box.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /um die Brustmuskeln zu dehnen\.$/);
  assert.doesNotMatch(t, /Bewegungswissenschaftler|Online-Lehrgang/);
  assertRemovedBy(out, 'end-matter', /^Zur Person Dr\. Jan Keller/);
});

test('a block named as a caption ("legend") goes however long its prose', () => {
  const out = extract('long-legend-caption.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Lichte Waldstrukturen sind/);
  assert.match(t, /für jede Waldgesellschaft Grundsätze\.$/);
  assert.doesNotMatch(t, /Kastanienhaine/);
  assertRemovedBy(out, 'image-caption', /^Der Aktionsplan umfasst auch die lichten Wälder/);
});

test('an ad written with look-alike Cyrillic letters among Latin ones ("Аdvеrtіѕе wіth …") goes', () => {
  const out = extract('mixed-script-ad.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /is our eyes and ears into this pandemic\.”$/);
  assert.doesNotMatch(t, /most visited news site/);
  assertRemovedBy(out, 'advertisement', /most visited news site/);
});

test('a line ending with when the page last changed ("… - Last Modified: 03-10-2004 2:20pm") is the frame', () => {
  const out = extract('last-modified-line.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /works as with a plain rsync daemon\.$/);
  assert.doesNotMatch(t, /Last Modified/);
  assertRemovedBy(out, 'meta-line', /Last Modified: 03-10-2004 2:20pm$/);
});

test('a lead named in the page language ("sommario") before the post body is text', () => {
  const t = text('lead-sommario.html');
  assert.match(t, /^In una grande piazza di New York un orologio gigante/);
  assert.match(t, /fonti rinnovabili\.$/);
});

test('a standfirst <h2> closed by </h3> ends there: the lead is read, the article is not swallowed by the heading', () => {
  const t = text('heading-closed-by-other-heading.html');
  assert.match(t, /^Whether you love old machines or not/);
  assert.match(t, /for another twenty years\.$/);
  assert.doesNotMatch(t, /Advertisement|All rights reserved/);
});

test('inline teaser boxes in the text (a class or a custom element that names them) are removed, the text around stays', () => {
  const out = extract('inline-teaser-box.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Heulage ist für viele Pferdehalter/);
  assert.match(t, /nach dem Öffnen innerhalb weniger Tage verfüttert werden\./);
  assert.match(t, /schützt die Gesundheit der Pferde\.$/);
  assert.doesNotMatch(t, /Auch interessant|Einfach|Ratgeber Heu|rund um Heu und Heulage/);
  assertRemovedBy(out, 'related-articles', /Antworten auf Ihre Fragen/);
});

test('an image source line, a picture legend and an image box are captions; the text around them stays', () => {
  const out = extract('image-source-legend.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Die Fraktion will die Forschung/);
  assert.match(t, /den Ausstoß von Kohlendioxid im Flugverkehr zu senken\./);
  assert.match(t, /Transfer der Forschung in die Praxis, sagte der energiepolitische Sprecher\.$/);
  assert.doesNotMatch(t, /Quelle: Foto|Versuchsanlage für synthetische|Max Muster|Tank für Wasserstoff/);
  assertRemovedBy(out, 'image-caption-or-gallery', /Versuchsanlage/);
});

test('a notice above a post and a post signature are chrome', () => {
  const out = extract('notice-and-signature.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Seit Wochen schiebe ich die Steuererklärung/);
  assert.match(t, /Am Ende wurden es zwei Stunden\.$/);
  assert.doesNotMatch(t, /Leser-Community|Meinung der Redaktion|20:37|Leserin17/);
  const rules = withRules(out.removed).map((r) => r.rule);
  assert.ok(rules.includes('disclosure') && rules.includes('byline-or-date'), JSON.stringify(out.removed));
});

test('a picture caption whose credit names a web address (© Name/site.de) is a caption; a paragraph ending with a credit stays', () => {
  const out = extract('caption-web-credit.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Wenn im Winter Schnee fällt/);
  assert.match(t, /im Archiv der Stadt nachzulesen ist\. Foto: stadtarchiv-beispiel\.de/);
  assert.match(t, /ob er zuverlässig räumt\.$/);
  assert.doesNotMatch(t, /pixelio/);
  assert.ok(
    out.removed.some((r) => r.reason === 'picture caption' && /pixelio/.test(r.text)),
    JSON.stringify(out.removed),
  );
});

test('teaser boxes in the text ("teaser", "c-aside-teaser") go; a teaser block right under the headline is the lead and stays', () => {
  const out = extract('teaser-boxes.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Vor der zweiten Verhandlungsrunde kritisiert die Gewerkschaft/);
  assert.match(t, /und eine Laufzeit von zwölf Monaten\./);
  assert.match(t, /Warnstreiks schließt die Gewerkschaft nicht aus\.$/);
  assert.doesNotMatch(t, /Tarif-Podcast|Jede Woche beantworten|Erste Runde ohne Ergebnis/);
  assertRemovedBy(out, 'related-articles', /Tarif-Podcast/);
});

test('a plea for support or donations is a site notice, in any language', () => {
  const out = extract('donation-plea.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Parlament uchwalił ustawę/);
  assert.match(t, /żaden osobny urlop w takiej sytuacji\.$/);
  assert.doesNotMatch(t, /Wesprzyj nas|Help us continue/);
  assert.equal(withRules(out.removed).filter((r) => r.rule === 'call-to-action').length, 2, JSON.stringify(out.removed));
});

test('an app-store promo block after the text is a subscription box', () => {
  const out = extract('app-store-promo.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Die Tracking-App zeigt/);
  assert.match(t, /ließ der Anbieter offen\.$/);
  assert.doesNotMatch(t, /Lesen Sie das Radmagazin/);
  assertRemovedBy(out, 'subscription-box', /Radmagazin/);
});

test('a breadcrumb trail above the text (a home link, sections, the headline) is navigation', () => {
  const out = extract('breadcrumb-trail.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Forests managed by indigenous peoples/);
  assert.match(t, /it almost disappeared\.$/);
  assert.doesNotMatch(t, /Home|Climate Indigenous/);
  assert.ok(
    out.removed.some((r) => r.reason === 'navigation' && /^Home Climate/.test(r.text)),
    JSON.stringify(out.removed),
  );
  // with separators the trail needs no headline at its end; a sentence that starts with "Home" is text
  const page = `<html><body><div>Startseite &gt; Politik &gt; Inland</div><p>Home prices rose again in March, the statistics office said on Tuesday, for the fourth month in a row since the winter.</p><p>${'Economists expect the rise to slow in the summer as interest rates stay high. '.repeat(2)}</p></body></html>`;
  const plain = extractHtmlContent(page).paragraphs;
  assert.match(plain[0], /^Home prices rose again in March/);
  assert.ok(!plain.some((p) => p.startsWith('Startseite')), JSON.stringify(plain));
  // chabermu: a trail long enough (its categories and the headline) to be the first block that counts as text
  const long = `<html><body><div>Startseite &gt; Firmen / Betriebssysteme, IT-News, IT-Sicherheit, Microsoft / Windows, Technik &gt; [Windows Expertenwissen] Per Update spioniert Microsoft nun auch Windows 7, 8 und 8.1 aus // #Microsoft #Privacy #Windows10 @chabermu</div><p>Microsoft hat die Update-Funktion von Windows 7, 8 und 8.1 so geändert, dass auch diese Systeme nun Daten über ihre Nutzer an den Hersteller senden.</p><p>${'So warnt z. B. die Verbraucherzentrale Rheinland-Pfalz vor dem Einsatz von Windows 10 und den Updates. '.repeat(2)}</p></body></html>`;
  const cut = extractHtmlContent(long);
  assert.match(cut.paragraphs[0], /^Microsoft hat die Update-Funktion/);
  assert.ok(
    cut.removed.some((r) => r.reason === 'navigation' && r.text.startsWith('Startseite > Firmen')),
    JSON.stringify(cut.removed),
  );
});

test('a named anchor (<a name>) is a jump target, not a link: an interview question wrapped in one stays', () => {
  const out = extract('named-anchor-questions.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /Was sagt der Professor dazu\?/);
  assert.match(t, /Lässt sie sich übertragen\?/);
  assert.match(t, /ganz anders als dort\.$/);
  assert.doesNotMatch(t, /Alle Folgen in der Übersicht/);
  assertRemovedBy(out, 'link-heavy', /Alle Folgen/);
});

test('a sentence that introduces the links after it stays; a related list title and a contact call go', () => {
  const out = extract('link-introduction.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Die Fraktion hat ein Konzept vorgelegt/);
  assert.match(t, /Das Konzeptpapier finden Sie hier:/);
  assert.match(t, /Lesen Sie dazu auch die Pressemitteilungen:/);
  assert.match(t, /noch vor dem Jahresende\./);
  assert.doesNotMatch(t, /Mehr Themen|Kontaktieren Sie uns|Gesundheit|Länder begrüßen/);
  assertRemovedBy(out, 'orphan-heading', /^Mehr Themen:$/);
  assertRemovedBy(out, 'call-to-action', /Kontaktieren Sie uns/);
  // a sentence that ends with a web address points to a source before a related box; a two-word credit does not
  assert.match(t, /Mehr Infos auf der Seite des Ministeriums: bmg\.bund\.de$/m);
  assertRemovedBy(out, 'orphan-heading', /^Quelle: rki\.de$/);
});

test('a post meta-info row (date, views) under the headline is a date line', () => {
  const out = extract('meta-info-row.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^The town council voted on Tuesday/);
  assert.doesNotMatch(t, /August 29, 2020|1537/);
  assertRemovedBy(out, 'byline-or-date', /August 29, 2020/);
});

test('text comes in canonical Unicode form (NFC) whichever code points the page used', () => {
  // "a" + combining diaeresis, and Bengali YYA (U+09DF), which NFC writes as YA + NUKTA
  const para = (w: string) => `<p>${w} ${'Der Bericht nennt die Zahlen des Jahres und die Gründe für den Anstieg im Sommer. '.repeat(3)}</p>`;
  const out = extractHtmlContent(
    `<html><body><article>${para('Ma\u0308rz')}${para('\u0995\u09c1\u09b7\u09cd\u099f\u09bf\u09df\u09be')}</article></body></html>`,
  );
  assert.ok(out.paragraphs[0].startsWith('M\u00e4rz'), JSON.stringify(out.paragraphs[0]));
  assert.ok(out.paragraphs[1].startsWith('\u0995\u09c1\u09b7\u09cd\u099f\u09bf\u09af\u09bc\u09be'), JSON.stringify(out.paragraphs[1]));
});

test('an "en savoir plus" box (learn more) after the text is a related-articles box', () => {
  const out = extract('en-savoir-plus.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^L'université ouvre à la rentrée/);
  assert.match(t, /pour mener leurs recherches\.$/);
  assert.doesNotMatch(t, /En savoir plus|CNRS, Inserm, Inria/);
  assertRemovedBy(out, 'related-articles', /CNRS, Inserm, Inria/);
});

test('a forum under the post (SPIP: formulaire_forum, ul.forum) is the comment section', () => {
  const out = extract('spip-forum.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Depuis le début du mois/);
  assert.match(t, /ses deux principaux partenaires\.$/);
  assert.doesNotMatch(t, /Qui êtes-vous|neutralité n'a jamais protégé|éviter deux guerres/);
  assertRemovedBy(out, 'comments', /neutralité n'a jamais protégé/);
  assertRemovedBy(out, 'comments', /^Qui êtes-vous/);
});

test("a post's sign-off before the share buttons stays; a heading before a removed box goes", () => {
  const out = extract('post-sign-off.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Vor einem Jahr haben wir unser Auto verkauft/);
  assert.match(t, /an verregneten Montagen\.\nEuer Hans$/);
  assertRemovedBy(out, 'orphan-heading', /^Weitere Beiträge$/);
});

test("a subheading whose id is its anchor slug (nav_...) is text: a heading's id is no chrome signal", () => {
  const t = text('heading-anchor-id.html');
  assert.match(t, /Wiederverwenden lässt\.\nNur die Folie bleibt zurück\nÜbrig bleibt am Ende/i);
  assert.match(t, /mindestens drei Jahre dauern\.$/);
});

test('a navigation-named block of paragraphs with few links (a product tab panel) is text; a menu of links still goes', () => {
  const out = extract('prose-tab-menu.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /passt besonders gut zu leicht scharfen Gerichten/);
  assert.match(t, /^Das Weingut liegt seit vier Generationen/);
  assert.doesNotMatch(t, /Sekt und Champagner|Bewertungen/);
  // our pass finds it, not Readability asked because ours found nothing
  assert.doesNotMatch(out.method, /Readability/);
});

test('a script hook class ("js-slider-toggle") names no chrome: the intro in it stays; a real slider still goes', () => {
  const out = extract('script-hook-classes.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Sie möchten eigenes Gemüse ziehen, haben aber einen schweren Lehmboden/);
  assert.match(t, /ab dem dritten Jahr eher Salat, Kräuter und Radieschen\.$/);
  assert.doesNotMatch(t, /Schritt 1: Die Bretter zuschneiden/);
  assertRemovedBy(out, 'image-caption-or-gallery', /Schritt 1/);
});

test('a newsletter box spelled "news-letter" inside the text goes', () => {
  const out = extract('news-letter-box.html');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /Tageshoroskop/);
  assert.match(t, /denn Venus rät zur Vorsicht\.$/);
  assertRemovedBy(out, 'subscription-box', /Tageshoroskop/);
});

test('a side column named as one word ("articleside") is a sidebar: its related links box leaves the text', () => {
  const out = extract('article-side-column.html');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /Mehr zum Thema|Experiment in Finnland/);
  assert.match(t, /^Die Digitalisierung werde viele Arbeitsplätze kosten/);
  assert.match(t, /nicht mehr so eng zusammenhängen wie bisher\.$/);
  assertRemovedBy(out, 'sidebar', /Mehr zum Thema/);
});

test('"secondary" as a class is a style variant, no sidebar; the id "secondary" still is one', () => {
  const out = extract('secondary-style-class.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Bei der Betriebsrente wandeln Beschäftigte einen Teil ihres Bruttolohns/);
  assert.match(t, /wächst dann aber nur noch langsam weiter\.$/);
  assert.doesNotMatch(t, /Spartipps/);
  assertRemovedBy(out, 'sidebar', /Spartipps/);
});

test('an "Auch interessant" box inside the text, a teaser kicker under its heading, is the box\'s title, not the start of end matter', () => {
  const out = extract('inline-related-box-kicker.html');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /Auch interessant|Angeln allgemein|Kinderhilfe/);
  assert.match(t, /Der Eintritt ist für Kinder unter zwölf Jahren frei\.$/);
  assertRemovedBy(out, 'orphan-heading', /^Auch interessant$/);
});

test('a "cmp_" class is a component of PKP\'s journal software, no consent box; a "cmp-banner" still is one', () => {
  const out = extract('pkp-cmp-classes.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /müssen Sie registriert und eingeloggt sein/);
  assert.match(t, /Die Datei liegt im Format OpenDocument, RTF oder Word vor\./);
  assert.doesNotMatch(t, /Cookies/);
  assertRemovedBy(out, 'cookie-notice', /Cookies/);
});

test('a list of posts in the page ("listPosts", "post-list") is a related-articles list: its excerpts leave the text', () => {
  const out = extract('post-list-box.html');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /Philippe observe|emprunter des livres/);
  assert.match(t, /une aide au logement sera versée dès le mois prochain\.$/);
  assertRemovedBy(out, 'related-articles', /Nos chroniques/);
});

test("a recipe's ingredients in a box beside the steps are its text, with the products they link and a print class on the box", () => {
  const out = extract('recipe-ingredients.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /Für den Rührteig:/);
  assert.match(t, /weiche Butter oder Margarine/);
  assert.match(t, /Backpulver, je ca\. 15 g Füllmenge/);
  assert.match(t, /bis er goldbraun ist\.$/);
  // the ingredients come before the steps, as on the page
  assert.ok(t.indexOf('Weizenmehl') < t.indexOf('Für den Boden'), t);
});

test('a paragraph or list item of short lines split at <br> keeps its link lines (a place and how to get there); a link line after a long one still goes', () => {
  const out = extract('br-line-entries.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Indoor Skydiving$/m);
  assert.match(t, /^Kletterhalle Nord$/m);
  assert.match(t, /2 Minuten vom Hauptbahnhof$/m);
  // a list item written the same way
  assert.match(t, /Lösung: 96 Stufen\nAusführlicher Lösungsweg\n/);
  assert.doesNotMatch(t, /Hier geht es zur Tageskarte/);
  assertRemovedBy(out, 'link-heavy', /Hier geht es zur Tageskarte/);
});

test("a paragraph right after the page's headline, outside the marked text, is its standfirst; a site name's tagline is not", () => {
  const t = text('headline-standfirst.html');
  assert.match(t, /^Disks of 24 terabytes are about to ship, but the road looks clear to scale up to 60TB\.$/m);
  assert.ok(t.indexOf('Disks of 24 terabytes') < t.indexOf("As the world's hunger"), t);
  assert.doesNotMatch(t, /every day since 1998/);
  assert.match(t, /same size as today\.$/);
});

test("a recipe's one-sentence intro right after its headline, in the header box, is its standfirst", () => {
  const t = text('recipe-header-standfirst.html');
  assert.match(t, /^der saftigste Kuchen im ganzen Herbst!$/m);
  assert.ok(t.indexOf('der saftigste Kuchen') < t.indexOf('Zuerst den Quark'), t);
  assert.match(t, /etwa eine Stunde backen\.$/);
});

test("a gallery page's slides (the article named as a gallery) are its text: their captions stay", () => {
  const t = text('gallery-page-slides.html');
  assert.match(t, /You'll cast spells on everyone who sees you\./);
  assert.match(t, /With a bowler hat, a set of false lashes and an all-white outfit/);
});

test("an <aside> that holds the page's headline and its article is no sidebar; the sidebar beside it still is", () => {
  const out = extract('article-in-aside.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /gilt als wichtigste Auszeichnung der Branche\.$/);
  // our pass found it (Readability is asked only when ours finds little)
  assert.doesNotMatch(out.method, /Readability/);
  assert.ok(!out.removed.some((r) => /sidebar/.test(r.reason) && /Anna Berg erhält/.test(r.text)), JSON.stringify(out.removed));
  assert.match(t, /Für ein Hörspiel über eine Kindheit am Rhein/);
  assert.doesNotMatch(t, /Neue Brücke über den Neckar/);
});

test('a heading of two sentences at the end of the text is a pull quote of it, not a dangling section title', () => {
  const t = text('two-sentence-heading.html');
  assert.match(t, /Er legt im Netz ein falsches Profil an\. Es stützt seine Version\./);
});

test("a form's labels and notes are no text (gazetadopovo's error report; a comment form goes as comments whatever prose it holds)", () => {
  const out = extract('form-residue.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^O presidente do Senado, Rodrigo Pacheco/);
  assert.match(t, /da oposição e independentes\.$/);
  assert.doesNotMatch(t, /Seu nome|Seu e-mail|comunicação de erros|Gewerbliche|Spamverdacht|Kommentar erstellen/);
  assertRemovedBy(out, 'form', /Seu nome/);
  assertRemovedBy(out, 'comments', /Gewerbliche/);
});

test("Readability's text, asked when our pass found little, loses its link lines as ours does (topagrar's subscription offer)", () => {
  const out = extract('readability-link-lines.html');
  const t = out.paragraphs.join('\n');
  assert.match(out.method, /Readability/);
  assert.match(t, /^Eine Schneedecke auf der Photovoltaikanlage/);
  assert.doesNotMatch(t, /Jetzt zuschlagen|Jetzt testen/);
  assertRemovedBy(out, 'link-heavy', /^Jetzt testen$/);
});

test('view and download counters under a post are its frame ("(Visited 215 times, 55 visits today)", "37 views")', () => {
  const out = extract('view-counter-line.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /2015, 2017 und 2019 bereit\.$/);
  assert.doesNotMatch(t, /Visited|Downloads|views/);
  assertRemovedBy(out, 'meta-line', /^\(Visited 215 times, 55 visits today\)$/);
  assertRemovedBy(out, 'meta-line', /^37 views$/);
});

test('a plea for the outlet\'s support after the text ("Apoya el periodismo incómodo") opens end matter: its pitch goes with it', () => {
  const out = extract('support-plea.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /ciertas actividades de las pandillas”\.$/);
  assert.doesNotMatch(t, /Apoya|apóyanos|Te necesitamos|cómo se financia/);
  assertRemovedBy(out, 'end-matter', /^Apoya el periodismo incómodo Si te parece valioso/);
});

test('when the page was last revised is its frame ("Stand: 28.04.2020 18:00 Uhr" under tagesschau\'s headline)', () => {
  const out = extract('stand-line.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Der Rüstungskonzern Rheinmetall/);
  assert.doesNotMatch(t, /Stand:/);
  assertRemovedBy(out, 'meta-line', /^Stand: 28\.04\.2020 18:00 Uhr$/);
});

test('a date with its label on a line of its own is the frame ("Date 19.01.2020" in DW\'s details list)', () => {
  const out = extract('date-label-line.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /period of intense imperialist activity\.$/);
  assertRemovedBy(out, 'meta-line', /^Date 19\.01\.2020$/);
});

test('an app\'s store pitch is a call to action ("Kostenlose Radio-App für iPhone und Android" after domradio\'s report)', () => {
  const out = extract('app-promo-line.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /einen kollegialen Stil des ZdK-Präsidiums\./);
  assert.doesNotMatch(t, /Radio-App/);
  assertRemovedBy(out, 'call-to-action', /^Kostenlose Radio-App für iPhone und Android$/);
});

test('a sponsor\'s note under a post is a site notice ("*Dieser Beitrag ist in freundlicher Kooperation mit … entstanden.")', () => {
  const out = extract('sponsor-note.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /die reinste Energieladung sind\.$/);
  assertRemovedBy(out, 'call-to-action', /^\*Dieser Beitrag ist in freundlicher Kooperation/);
});

test('the comment section\'s note under a report is a site notice ("Kommentare von Lesern stellen keinesfalls die Meinung der Redaktion dar!")', () => {
  const out = extract('comment-note.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /die sechste Saison-Niederlage\.$/);
  assertRemovedBy(out, 'call-to-action', /^Kommentare von Lesern stellen keinesfalls/);
});

test('a byline on a line of its own after the text goes ("Posted by Alex Durán, AMP Project Marketing, Google")', () => {
  const out = extract('posted-by-line.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /instead of worrying about shades\.$/);
  assertRemovedBy(out, 'byline-or-date', /^Posted by Alex Durán/);
});

test('a picture credit named with a compound ("Photo Source: Markus Spiske from Pexels.") is a credit line', () => {
  const out = extract('photo-source-line.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /Which one is the EU choosing\?$/);
  assertRemovedBy(out, 'picture-credit', /^Photo Source: Markus Spiske/);
});

test('a script\'s placeholder left in the text is no text ("Loading ..." of a poll widget)', () => {
  const out = extract('loading-line.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /in dem sie ihre Dienste anbieten\.$/);
  assertRemovedBy(out, 'meta-line', /^Loading \.\.\.$/);
});

test('a date written with the month\'s name on a line of its own is the frame ("April 3, 2019" in a post)', () => {
  const out = extract('date-words-line.html');
  assert.doesNotMatch(out.paragraphs.join('\n'), /April 3, 2019/);
  assertRemovedBy(out, 'meta-line', /^April 3, 2019$/);
});

test('a byline line opening with "By" goes ("By Evan Symon, August 14, 2020 2:30 pm" above the text)', () => {
  const out = extract('by-line.html');
  assert.match(out.paragraphs.join('\n'), /^On Thursday, California’s 4th District/);
  assertRemovedBy(out, 'byline-or-date', /^By Evan Symon/);
});

test('a note on the reader\'s browser is no text ("Bitte aktivieren Sie JavaScript und laden Sie die Seite erneut.")', () => {
  const out = extract('browser-notice.html');
  assert.match(out.paragraphs.join('\n'), /^Die Region D\.O\.Ca\. Rioja/);
  assertRemovedBy(out, 'call-to-action', /Bitte aktivieren Sie JavaScript/);
});

test('a login prompt under the text goes ("Sie sind bereits registriert?")', () => {
  const out = extract('login-prompt.html');
  assert.match(out.paragraphs.join('\n'), /kooperiert eng mit der RWTH Aachen\.$/);
  assertRemovedBy(out, 'call-to-action', /^Sie sind bereits registriert\?$/);
});

test('a bracketed update note is the frame ("(Letztes Update: 06.10.2023)")', () => {
  const out = extract('update-note.html');
  assert.match(out.paragraphs.join('\n'), /^Leena Simon will die Welt retten/);
  assertRemovedBy(out, 'meta-line', /^\(Letztes Update: 06\.10\.2023\)$/);
});

test('a bare "Empfehlungen" heading is a report\'s recommendations, not a recommendation box (Umweltbundesamt)', () => {
  const t = text('recommendations-section.html');
  assert.match(t, /Empfehlungen\nWenn die Europäische Kommission Atomkraft und Erdgas als notwendig erachtet/);
  // a box of recommendations says whose they are
  assert.ok(isTailHeading('Empfehlungen aus dem MEIN SCHÖNER GARTEN-Shop') && isTailHeading('Empfehlungen der Redaktion') && !isTailHeading('Empfehlungen'));
});

test('a table of contents of jump links goes, the heading over it stays; a heading over a box of links off the page goes', () => {
  const out = extract('jump-link-contents.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Die zentralen Fragen der Folge im Überblick$/m);
  assert.doesNotMatch(t, /Können Sie kurz erklären/);
  assertRemovedBy(out, 'table-of-contents', /Was sagen Sie zu den Stimmen im Netz/);
  assert.doesNotMatch(t, /Weitere Folgen|Folge 12/);
  assert.match(t, /Gerne\. Bis morgen\.$/);
});

test('a list of jump links is a table of contents: its heading stays; a list of links off the page takes its heading', () => {
  const out = extract('jump-link-list.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^What this guide covers$/m);
  assertRemovedBy(out, 'table-of-contents', /The cart ride/);
  assert.doesNotMatch(t, /More guides|The second hour/);
  assert.match(t, /where the rest of the story begins\.$/);
});

test('a back-to-contents or back-to-top jump link is a skip link, not a table of contents; the contents box still is one', () => {
  const out = extract('back-to-contents-links.html');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /Zurück zum Inhaltsverzeichnis|Nach oben/);
  assertRemovedBy(out, 'skip-link', /^Zurück zum Inhaltsverzeichnis$/);
  assertRemovedBy(out, 'skip-link', /^Nach oben$/);
  assertRemovedBy(out, 'table-of-contents', /^In diesem Artikel: Was sind die Symptome\?/);
  assert.match(t, /^Was sind die Symptome\?\nDie meisten Erkrankten/m);
});

test('an accordion\'s toggles (href="#" before their panel) are the panels\' titles: they and the headings over them stay', () => {
  const t = text('accordion-toggles.html');
  assert.match(t, /^Lehrstoffinhalte\n1\. Klasse\nPB - Politische Bildung\nLehrstoff 1\. und 2\. Semester$/m);
  assert.match(t, /^2\. Klasse\nFachunterricht - 1\. Semester\nMotormechanik/m);
});

test('the last line of a paragraph split at <br> heads nothing, even before a removed link; a section classed "--Ads" is text', () => {
  const out = extract('br-lines-before-link.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /Pizzastein, B×H×T: ca\. 33,8×0,9×22,8 cm\nGrillrost,B×L: ca\. 35,7×29,4 cm/);
  assertRemovedBy(out, 'link-heavy', /bei Amazon/);
  assert.match(t, /Die Reinigung\nDer Grill lässt sich einfach reinigen\./);
});

test("a contents plugin's empty anchor in or before a heading is no removed section: the heading and the line before it stay", () => {
  // popkultur.de's "ez-toc-section-end" span inside each h2, thebalance.com's "heading-toc" span before an h3
  const out = extract('heading-anchor-spans.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^1\. Greenwich\nDie königliche Sternwarte/m);
  assert.match(t, /^2\. Pic du Midi\nAuf fast dreitausend Metern/m);
  assert.match(t, /^Wenig Parkplätze am Berg\nEintritt und Führungen$/m);
  // an empty carousel arrow after a widget's heading still stands for the widget (eishockeynews.de)
  assert.doesNotMatch(t, /Die Sternwarten in Bildern/);
  assertRemovedBy(out, 'navigation', /^Inhaltsverzeichnis/);
});

test("a box's intro paragraph over its list of links stays; the list and the linked heading go (creativecommons.org)", () => {
  const out = extract('intro-over-link-list.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Our work spans a range of fields and partners working to build a richer commons\.$/m);
  assert.doesNotMatch(t, /Open science|Our Programs/);
  assertRemovedBy(out, 'link-list', /^Arts & culture Legal/);
});

test('a line that quotes the title after a colon in guillemets stays; the title printed again alone goes (seglerblog)', () => {
  const body = readFileSync(join(FIXTURES, 'title-quoted-after-colon.html'), 'utf8');
  const url = 'https://example.org/title-quoted-after-colon.html';
  const out = extractHtml({ id: 'p', source: url, kind: 'html', body, order: 0, url, meta: {} });
  assert.equal(out.title, '»Haltet unsere Seen sauber!«');
  assert.ok(out.paragraphs.includes('Male ein Bild unter dem Motto: »Haltet unsere Seen sauber!«'), out.paragraphs.join('\n'));
  assert.ok(!out.paragraphs.includes('»Haltet unsere Seen sauber!«'));
});

test('the text modules after the one the text was found in join it: same classes, past an image module (weisser-ring.de)', () => {
  const out = extract('text-modules.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /vor der eigenen Haustür\.\nSo schützen Sie Ihr Rad vor Dieben:\nSchließen Sie Ihr Rad/);
  assert.match(t, /notieren Sie die Rahmennummer\.$/);
  assert.doesNotMatch(t, /Weitere Meldungen|Jahresbericht|Foto:/);
});

test('a "Label: <a>value</a>" line beside unlinked lines of that shape is an entry of the list; a lone "Lesen Sie auch: <a>…</a>" goes (novalanalove.com)', () => {
  const out = extract('label-value-links.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Ohrringe: Blatt Set Nora\nEarcuff: Nora\nKreole: Sonnen Hoops$/m);
  assertRemovedBy(out, 'link-heavy', /^Lesen Sie auch: Ringe stapeln/);
});

test('the paragraph after an <h2> styled as the headline, past its picture, is the standfirst (umweltbundesamt.de)', () => {
  const out = extract('standfirst-under-styled-h2.html');
  assert.match(
    out.paragraphs.join('\n'),
    /^Der Vorschlag der Kommission, Kohle und Öl in die Taxonomie aufzunehmen, [^\n]+\nKohle\nDie Kommission schlägt vor/,
  );
  assert.doesNotMatch(out.paragraphs.join('\n'), /Fehler gefunden|Factsheet/);
});

test('"Mehr zum Thema" over the sentence that introduces its removed links is the article\'s last section, not end matter (datev-magazin.de)', () => {
  const out = extract('pointer-heading-closing-section.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /in wenigen Minuten eingerichtet\.\nMehr zum Thema\nEinen genauen Überblick über die neue Schnittstelle finden Sie im Hilfe-Center [^\n]+:$/);
  assert.doesNotMatch(t, /Beratungstermin|Ähnliche Beiträge/);
  assertRemovedBy(out, 'link-list', /Beratungstermin/);
});

test("a paywall's teaser gives way to the JSON-LD article body, after the markup's lead", () => {
  const out = extract('ld-body-paywall.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Eine Eisschicht auf der Wärmepumpe/);
  assert.match(t, /Von waghalsigen Aktionen mit Spachtel/);
  assert.doesNotMatch(t, /Das volle Spezialwissen|99,00 EUR/);
  assert.equal(out.paragraphs.filter((p) => p.startsWith('Eine Eisschicht')).length, 1);
  assert.match(out.method, /JSON-LD/);
});

test('a class naming a style\'s variant ("font--secondary" on every paragraph) is no sidebar (elespectador.com)', () => {
  const out = extract('style-variant-secondary.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^El tribunal de paz ya ha dicho/);
  assert.match(t, /allanamientos sin orden judicial\.\nLa hipótesis es que estos crímenes/);
  assert.match(t, /\nEstado y grupos armados\n/);
  assert.doesNotMatch(t, /Le puede interesar|Lo más leído/);
  // our pass reads the paragraphs (before, each went as a sidebar and Readability's second opinion stood in)
  assert.equal(out.method, 'marked container article');
  assert.ok(!out.removed.some((r) => r.reason === 'sidebar'), JSON.stringify(out.removed));
});

test('a <figcaption> holding the headline and the standfirst is the article head, no caption (liquimoly-hbl.de)', () => {
  const out = extract('headline-in-figcaption.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Lena Berg wird ab der kommenden Saison neue Cheftrainerin/);
  assert.doesNotMatch(t, /Foto: Verein|Verwandte Themen/);
  assertRemovedBy(out, 'image-and-caption', /^Foto: Verein$/);
});

test('a header styled as a caption ("content-header__caption-style--default") holding the headline keeps its dek (wired.com)', () => {
  const t = text('headline-in-caption-styled-header.html');
  assert.match(t, /^The electricity used to train the largest language models grew a thousandfold/);
  assert.match(t, /"We are asking them to count\."$/);
});

test("the lead opening the box after a head box that closes on the page's one <h1> is the standfirst, the h1 reworded against the title; an empty contents list's label goes (vergleich.de)", () => {
  const out = extract('standfirst-after-head-box.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Zum eigenen Rad führen mehrere Wege\. [^\n]+\nFahrrad leasen, finanzieren oder kaufen: die Vor- und Nachteile\n/);
  assert.doesNotMatch(t, /Inhaltsverzeichnis|Startseite/);
});

test('a fact box inset in the text ("mol-factbox floatRHS": another story) is a sidebar (dailymail.co.uk)', () => {
  const out = extract('factbox-inset.html');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /Royal charity|a million young people/);
  assert.match(t, /any partner, however large\.\nThe letter also argues/);
  assertRemovedBy(out, 'sidebar', /^Royal charity warns/);
});

test("a teaser card (title link, description, a read-more or picture link to the same page) goes; a word linked twice in a sentence and the article head's author links stay (przepisy.pl, bauemotion.de, digitalcourage.de)", () => {
  const out = extract('teaser-cards.html');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /Salz schadet|Schneeschieber im Test|Sechs Schneeschieber/);
  assert.match(t, /^Wenn der erste Schnee fällt/);
  assert.match(t, /auf den Mieter übertragen\. Dann muss der Vermieter aber prüfen, ob der Mieter/);
  assert.match(t, /bis abends um acht\.$/);
});

test("a script's node tree holding the JSON-LD body's text stands in for it: its paragraphs kept, its linked related headline gone (scmp.com's Apollo state)", () => {
  const out = extract('state-tree-body.html');
  const t = out.paragraphs.join('\n');
  assert.match(out.method, /JSON-LD/);
  assert.equal(out.paragraphs.length, 6);
  assert.match(t, /^The mayor's narrow re-election was no easy feat\. [^\n]+\nHer comeback was the result/);
  assert.match(t, /the margin\.\nThe governor of the neighbouring province/);
  assert.doesNotMatch(t, /Mayor says the council must face/);
});

test("a notice or login panel laid over the page goes however many paragraphs it holds (dhb.de's browser notice, zdf.de's login messages)", () => {
  const out = extract('overlay-notices.html');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /veralteten Browser|Geschäftsstelle|Sportliche Grüße|E-Mail-Adresse|Passwort/);
  assert.match(t, /^Auch in diesem Jahr wird der Regionallehrgang/);
  assert.match(t, /über ihre Vereine zu\.$/);
  assert.ok(out.removed.some((r) => r.reason === 'page tools' && /veralteten Browser/.test(r.text)));
  assert.ok(out.removed.some((r) => r.reason === 'page tools' && /^Mein Konto – Login/.test(r.text)));
});

test("Readability's second opinion does not read a login dialog laid over a video page as its article", () => {
  // zdf: the video's description is the page's one text, in a caption box; our pass finds too little and asks
  // Readability, which scored the dialog's form messages as the article
  const t = text('video-page-overlay.html');
  assert.doesNotMatch(t, /Passwort|E-Mail|Registrierung|Konto/);
  assert.match(t, /Die Hallen sind seit Wochen geschlossen\. .* Wie es sportlich weitergeht, weiß niemand\./);
});

test('a paragraph wholly in emphasis leading with a colon into a linked headline is a pointer to another article (impulse.de, polityka.pl); a linked address stays', () => {
  const out = extract('inline-article-pointers.html');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /Mehr dazu lesen Sie hier|Früherer Kommandeur|Die Lage ist ernst/);
  assert.match(t, /^Eltern gesetzlich versicherter Kinder/);
  assert.match(t, /Ansprüche übertragen/);
  assert.match(t, /Das ganze Gespräch gibt es hier: gespraeche\.example\.net/);
  assert.match(t, /genauen Fristen informieren\.$/);
  assertRemovedBy(out, 'article-pointer', /^Mehr dazu lesen Sie hier: Kinderbetreuung zu Hause/);
  assertRemovedBy(out, 'article-pointer', /^Früherer Kommandeur der Flotte im Interview: Die Lage ist ernst/);
});

test('a one-sentence line in plain type that leads into a link to another page is a pointer (fogsmagazin, mobilsicher); a sentence before it, a download or a source list stays', () => {
  const out = extract('plain-article-pointers.html');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /Wanderschuhe findest Du|erklären wir in unserem Beitrag|Alle Testergebnisse|findet ihr hier/);
  assert.match(t, /Rücksendung abläuft, findest du hier\./);
  assert.match(t, /Outdoor-Magazin \(@outdoormag\) May 5, 2022/);
  assert.match(t, /sowie im Monatsbericht\./);
  assert.match(t, /hier zum Download\./);
  assert.match(t, /das man bereits besitzt\.$/);
  assertRemovedBy(out, 'article-pointer', /^Wie man eine Jacke richtig imprägniert, erklären wir/);
  assertRemovedBy(out, 'article-pointer', /^Alles über nachhaltige Wanderschuhe findest Du hier/);
  // the lead inside the link (piratenpartei-mv's "Alle weiteren Informationen zur Demonstration <a>findet ihr hier</a>.")
  assertRemovedBy(out, 'article-pointer', /^Alle weiteren Informationen zur Messe findet ihr hier/);
});

test("a pointer to another article in a text module taken from beside the container goes as the container's would (weisser-ring's Drupal modules)", () => {
  const out = extract('pointer-in-text-module.html');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /finden Sie hier/);
  assert.match(t, /Einbruchschutzkampagne K-EINBRUCH/);
  assert.match(t, /So schützen Sie sich vor Einbrechern:/);
  assert.match(t, /sofort die Polizei\.$/);
  assertRemovedBy(out, 'article-pointer', /^Weitere Informationen zum Thema "Schutz vor Einbrechern" finden Sie hier/);
});

test("a broadcaster player's availability line goes as a date line (ZDF, ARD); a sentence that starts so stays", () => {
  const out = extract('player-availability.html');
  const t = out.paragraphs.join('\n');
  assert.doesNotMatch(t, /Video verfügbar bis|14\.10\.2020/);
  assert.match(t, /Epizentrum der Corona-Pandemie/);
  assert.match(t, /völlig unkontrolliert auf den Markt gelangen\./);
  assert.match(t, /Verfügbar bis Ende Mai bleiben die Tickets/);
  assertRemovedBy(out, 'meta-line', /^Video verfügbar bis 28\.02\.2021/);
});

test("a section's heading over an empty <aside> slot heads the text after it; a related heading over one goes (pcgamer)", () => {
  const out = extract('empty-aside-slot.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /not even with a punch\.\nStraight outta Helgen\nI create a High Elf/);
  assert.doesNotMatch(t, /Related articles/);
  assertRemovedBy(out, 'orphan-heading', /^Related articles$/);
});
