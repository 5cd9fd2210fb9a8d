// Chrome lines of real-looking pages beyond the seeds (several outlets and languages) and article sentences,
// short ones included, that must survive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, RawMeta } from '../../model.ts';
import { extractPlainText, REASON } from './index.ts';
import { dateLine, findDate } from './dates.ts';
import { firstSentence, titleFromText } from './title.ts';
import { findDateline } from './credits.ts';
import { isAltText } from './alt-text.ts';
import { shapeOf, wordsAndLowered, wordsOf } from './shape.ts';
import { articleLanguage, isCyrillicLanguage } from './language.ts';
import { FUNCTION_WORD_LANGUAGES, FUNCTION_WORDS } from '../../common/function-words.ts';
import { phraseKey } from './rules.ts';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cyrillicShare, detectLanguage, loadLanguageModel } from '../../common/language.ts';

await loadLanguageModel();

function extract(lines: string[], meta: RawMeta = {}, kind: 'text' | 'record' = 'text'): Article {
  return extractPlainText({ id: 't', source: 't.txt', kind, body: lines.join('\n'), order: 0, meta });
}
const reasonOf = (a: Article, line: string) => a.removed.find((r) => r.text === line)?.reason;
function assertKept(a: Article, lines: string[]) {
  const body = a.paragraphs.join('\n');
  for (const l of lines) assert.ok(body.includes(l), `kept: ${l}`);
}
function assertRemoved(a: Article, expected: Array<[string, string]>) {
  for (const [line, reason] of expected) assert.equal(reasonOf(a, line), reason, `${line} -> ${reason}`);
  const body = a.paragraphs.join('\n');
  for (const [line] of expected) assert.ok(!body.includes(line), `not in text: ${line}`);
}

const EN_BODY = [
  'Russia launched a wave of explosive drones at Kyiv early on Monday, damaging critical infrastructure and forcing emergency power cuts across the capital, Ukrainian officials said.',
  'The attack came hours before Russian President Vladimir Putin was due to fly to Minsk for talks with his Belarusian counterpart Alexander Lukashenko, ' +
    'a close ally who let Russian troops use his territory for the February invasion.',
  'Kyiv mayor Vitali Klitschko said on Telegram that explosions had been heard in two districts and that emergency services were at the scene.',
  'Asked whether the city would order an evacuation, he said no.',
  '"We will not give up," Zelensky said.',
  "Ukraine's air force said it had shot down 30 of the 35 drones launched from the east of the Sea of Azov, a figure Reuters could not independently verify.",
  'Energy company Ukrenergo said repairs would take several days and asked residents to limit their use of electricity during the evening peak.',
];

test('English wire page: navigation, stamps, share and ad lines, promos, notices and related list out; prose kept', () => {
  const page = [
    'Skip to main content',
    'Menu',
    'Search',
    'World',
    'Europe',
    'Russian drones hit Kyiv energy sites as Putin heads to Minsk',
    'By Tom Balmforth and Pavel Polityuk',
    'December 19, 2022 10:05 AM GMT',
    'Updated 3 hours ago',
    'Share',
    'Getty Images',
    `KYIV, Dec 19 (Reuters) - ${EN_BODY[0]}`,
    EN_BODY[1],
    'Advertisement · Scroll to continue',
    'Advertisement',
    EN_BODY[2],
    EN_BODY[3],
    EN_BODY[4],
    'Read more: Zelensky visits front-line city of Bakhmut',
    'A firefighter works at the site of a drone strike in Kyiv, December 19, 2022. AP Photo/Efrem Lukatsky',
    'AP Photo/Efrem Lukatsky',
    EN_BODY[5],
    EN_BODY[6],
    '(Reporting by Pavel Polityuk; Additional reporting by Olena Harmash; Editing by Alex Richardson)',
    'Share this article',
    'Comments (12)',
    '© 2023 Reuters. All rights reserved.',
    'We use cookies to improve your experience on our site. By continuing to use our site, you accept our use of cookies.',
    'Sign up for our daily newsletter',
    'Follow us on Twitter',
    'Related Stories',
    'EU agrees ninth sanctions package against Russia',
    'Lithuania says Belarus drills are a provocation',
    'Why the Kremlin needs Lukashenko more than ever',
    'Most Popular',
    '1',
    'Messi crowns career with World Cup title',
    '2',
    'Oil prices edge up on China demand hopes',
  ];
  const a = extract(page);
  assertKept(a, EN_BODY);
  assert.equal(a.paragraphs[0], EN_BODY[0]);
  assert.equal(a.paragraphs.length, EN_BODY.length);
  assert.equal(a.title, 'Russian drones hit Kyiv energy sites as Putin heads to Minsk');
  assert.equal(a.published, '2022-12-19T10:05');
  assert.deepEqual(a.byline, ['Tom Balmforth', 'Pavel Polityuk', 'Olena Harmash', 'Reuters']);
  assert.equal(a.originalOutlet, 'Reuters');
  assert.equal(a.languageHint, 'en');
  assertRemoved(a, [
    ['Skip to main content', REASON.navigation],
    ['Menu', REASON.navigation],
    ['World', REASON.sectionLabel],
    ['By Tom Balmforth and Pavel Polityuk', REASON.byline],
    ['December 19, 2022 10:05 AM GMT', REASON.timestamp],
    ['Updated 3 hours ago', REASON.timestamp],
    ['Share', REASON.share],
    ['Getty Images', REASON.photoCredit],
    ['Advertisement', REASON.advertisement],
    ['Read more: Zelensky visits front-line city of Bakhmut', REASON.readMore],
    ['AP Photo/Efrem Lukatsky', REASON.photoCredit],
    ['A firefighter works at the site of a drone strike in Kyiv, December 19, 2022. AP Photo/Efrem Lukatsky', REASON.caption],
    ['(Reporting by Pavel Polityuk; Additional reporting by Olena Harmash; Editing by Alex Richardson)', REASON.contributors],
    ['Share this article', REASON.share],
    ['Comments (12)', REASON.comments],
    ['© 2023 Reuters. All rights reserved.', REASON.copyright],
    ['We use cookies to improve your experience on our site. By continuing to use our site, you accept our use of cookies.', REASON.cookie],
    ['Sign up for our daily newsletter', REASON.promo],
    ['Follow us on Twitter', REASON.promo],
    ['Related Stories', REASON.related],
    ['EU agrees ninth sanctions package against Russia', REASON.related],
    ['Messi crowns career with World Cup title', REASON.related],
    ['1', REASON.rank],
  ]);
  assert.ok(a.removed.some((r) => r.text === 'KYIV, Dec 19 (Reuters) -' && r.reason === REASON.dateline));
});

test('German page: Anzeige, Weiterlesen, Lesen Sie auch, Foto credit, cookie banner, Mehr zum Thema', () => {
  const body = [
    'Der russische Präsident Wladimir Putin ist am Montag zu Gesprächen mit Machthaber Alexander Lukaschenko in die belarussische Hauptstadt Minsk gereist.',
    'In Kiew wächst die Sorge, dass Moskau das Nachbarland zu einer Beteiligung an einer neuen Bodenoffensive drängen könnte, wie ukrainische Militärs sagten.',
    'Lukaschenko hatte zuvor erklärt, er werde keine eigenen Soldaten in die Ukraine schicken.',
    'Beobachter gehen davon aus, dass bei dem Treffen auch über Gaslieferungen und die engere Integration beider Staaten gesprochen wird.',
  ];
  const page = [
    'Startseite',
    'Politik',
    'Ausland',
    'Putin in Minsk: Sorge vor neuer Offensive aus dem Norden',
    'Von Anna Müller',
    '19.12.2022, 11:20',
    'Foto: dpa',
    body[0],
    body[1],
    'Anzeige',
    body[2],
    'Lesen Sie auch: Was Lukaschenko von Moskau will',
    body[3],
    'Weiterlesen',
    'Artikel teilen',
    'Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Webseite zu ermöglichen.',
    'Mehr zum Thema',
    'Ukraine meldet schwere Kämpfe um Bachmut',
    'Scholz telefoniert mit Selenskyj',
    'Alle Rechte vorbehalten',
  ];
  const a = extract(page);
  assertKept(a, body);
  assert.equal(a.paragraphs.length, body.length);
  assert.equal(a.title, 'Putin in Minsk: Sorge vor neuer Offensive aus dem Norden');
  assert.deepEqual(a.byline, ['Anna Müller']);
  assert.equal(a.published, '2022-12-19T11:20');
  assert.equal(a.languageHint, 'de');
  assertRemoved(a, [
    ['Startseite', REASON.sectionLabel],
    ['Anzeige', REASON.advertisement],
    ['Foto: dpa', REASON.photoCredit],
    ['Lesen Sie auch: Was Lukaschenko von Moskau will', REASON.readMore],
    ['Weiterlesen', REASON.readMore],
    ['Artikel teilen', REASON.share],
    ['Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Webseite zu ermöglichen.', REASON.cookie],
    ['Mehr zum Thema', REASON.related],
    ['Scholz telefoniert mit Selenskyj', REASON.related],
    ['Alle Rechte vorbehalten', REASON.copyright],
  ]);
});

test('French and Spanish pages: Lire aussi, Publicité, Partager, newsletter; Más noticias, Publicidad, Síguenos', () => {
  const fr = [
    'Vladimir Poutine est arrivé lundi à Minsk pour sa première visite en Biélorussie depuis 2019, alors que Kiev redoute une nouvelle offensive depuis le nord.',
    'Le président biélorusse Alexandre Loukachenko a répété que son pays ne participerait pas directement à la guerre en Ukraine.',
    'Selon les analystes, cette visite vise surtout à maintenir la pression sur les forces ukrainiennes.',
  ];
  const a = extract([
    'Accueil',
    'International',
    'Poutine à Minsk, Kiev craint une offensive',
    'Par Jean Dupont',
    'Publié le 19 décembre 2022 à 11h20',
    fr[0],
    'Publicité',
    fr[1],
    'Lire aussi : Guerre en Ukraine, ce que l’on sait au 298e jour',
    fr[2],
    'Partager',
    'Abonnez-vous à notre newsletter',
    'Lire aussi',
    'Tous droits réservés',
  ]);
  assertKept(a, fr);
  assert.equal(a.paragraphs.length, 3);
  assert.equal(a.languageHint, 'fr');
  assert.deepEqual(a.byline, ['Jean Dupont']);
  assert.equal(a.published, '2022-12-19T11:20');
  assertRemoved(a, [
    ['Accueil', REASON.sectionLabel],
    ['Publicité', REASON.advertisement],
    ['Lire aussi : Guerre en Ukraine, ce que l’on sait au 298e jour', REASON.readMore],
    ['Partager', REASON.share],
    ['Abonnez-vous à notre newsletter', REASON.promo],
    ['Tous droits réservés', REASON.copyright],
  ]);

  const es = [
    'El presidente ruso, Vladímir Putin, llegó este lunes a Minsk para reunirse con su homólogo bielorruso, Alexandr Lukashenko, en plena guerra en Ucrania.',
    'Kiev teme que Moscú presione a Bielorrusia para abrir un nuevo frente en el norte del país, según fuentes militares ucranianas.',
    'Lukashenko ha negado en varias ocasiones que sus tropas vayan a entrar en combate.',
  ];
  const b = extract([
    'Portada',
    'Internacional',
    'Putin visita Minsk en plena guerra',
    es[0],
    'Publicidad',
    es[1],
    es[2],
    'Compartir',
    'Más noticias',
    'Te puede interesar',
    'Zelenski pide más defensa antiaérea a Occidente',
    'Síguenos en Twitter',
  ]);
  assertKept(b, es);
  assert.equal(b.paragraphs.length, 3);
  assert.equal(b.languageHint, 'es');
  assertRemoved(b, [
    ['Publicidad', REASON.advertisement],
    ['Compartir', REASON.share],
    ['Más noticias', REASON.readMore],
    ['Te puede interesar', REASON.related],
    ['Síguenos en Twitter', REASON.promo],
  ]);
});

test('Russian page: Читайте также, Реклама, Поделиться, Комментарии, copyright; English menu lines around it', () => {
  const ru = [
    'Президент России Владимир Путин прибыл в Минск на переговоры с президентом Белоруссии Александром Лукашенко, сообщили в Кремле.',
    'Это первый визит российского лидера в белорусскую столицу с 2019 года.',
    'По словам пресс-секретаря Кремля Дмитрия Пескова, стороны обсудят интеграцию и вопросы безопасности.',
  ];
  const a = extract([
    'Главная',
    'Login',
    'Subscribe to our English edition',
    'Путин прилетел в Минск на переговоры с Лукашенко',
    '19 декабря 2022, 11:20',
    ru[0],
    'Реклама',
    ru[1],
    'Читайте также: Лукашенко заявил о готовности армии',
    ru[2],
    'Поделиться',
    'Комментарии (5)',
    'Все права защищены',
    'Read the latest news in English on our partner site',
  ]);
  assertKept(a, ru);
  assert.equal(a.paragraphs.length, 3);
  assert.equal(a.languageHint, 'ru');
  assert.equal(a.published, '2022-12-19T11:20');
  assertRemoved(a, [
    ['Главная', REASON.sectionLabel],
    ['Реклама', REASON.advertisement],
    ['Читайте также: Лукашенко заявил о готовности армии', REASON.readMore],
    ['Поделиться', REASON.share],
    ['Комментарии (5)', REASON.comments],
    ['Все права защищены', REASON.copyright],
    ['Read the latest news in English on our partner site', REASON.otherLanguage],
  ]);
});

test('short article sentences, one-line quotes, lead-ins and figures between paragraphs are kept', () => {
  const body = [
    'The central bank raised its key interest rate by half a percentage point on Thursday, its seventh increase this year, citing persistent inflation.',
    'Was the move expected?',
    'Most economists polled beforehand had forecast exactly that.',
    'The governor was blunt:',
    '"We will do what it takes."',
    'Annual subscriptions are 126 dlrs, the company said.',
    'The newsletter, Vision, will be published every three weeks.',
    'Net profit 3,376,000 vs 5,086,000',
    'Revenues 569.3 mln vs 298.5 mln',
    'He said no.',
    'Shares of AstraZeneca rose 5% on Tuesday after the company said its new drug worked in a late-stage trial.',
    'Germany&#039;s finance ministry said it would publish its own forecast in January, alongside the budget plan for the coming year.',
  ];
  const a = extract(body);
  const decoded = body.map((b) => b.replace('&#039;', "'"));
  assertKept(
    a,
    decoded.filter((b) => b !== 'Was the move expected?'),
  );
  // a lone question between paragraphs reads as a subheading; everything else is text
  assert.ok(a.paragraphs.length >= body.length - 1, a.removed.map((r) => `${r.reason}: ${r.text}`).join('\n'));
  assert.ok(a.paragraphs.includes('He said no.'));
  assert.ok(a.paragraphs.some((p) => p.startsWith('Shares of AstraZeneca rose 5%')));
});

test('glued lines: a credit glued to the lead is split; brand names are not', () => {
  const a = extract([
    "Kiev is seriously concerned about Putin's visit to Minsk",
    'D. Marjanovich (D. Marjanovich)Russian President Vladimir Putin arrived today on a visit to Minsk, the capital of Belarus, and with him came Defense Minister Sergei Shoigu.',
    "In other words, three of Russia's most influential people are now in Minsk, and the visit comes at a time when Ukraine is predicting another attack.",
    'Shares of AstraZeneca and BioNTech fell after the announcement, while investors on YouTube and WhatsApp groups speculated about the outcome of the talks.',
  ]);
  assert.deepEqual(a.byline, ['D. Marjanovich']);
  assert.ok(a.paragraphs[0].startsWith('Russian President Vladimir Putin arrived today'));
  assert.ok(a.paragraphs.some((p) => p.startsWith('Shares of AstraZeneca and BioNTech fell')));
});

test('headline run after the body is a list even without a heading; other stories with stamps too', () => {
  const a = extract([
    ...EN_BODY.slice(0, 3),
    'Putin admits difficulties in occupied regions',
    'Belarus checks combat readiness of its troops',
    'Kremlin denies plans for new mobilisation wave',
    'Putin in Belarus for talks amid fears of new assault on Ukraine',
    '6 months ago',
    'Duration 2:04',
  ]);
  assert.equal(a.paragraphs.length, 3);
  assert.equal(reasonOf(a, 'Belarus checks combat readiness of its troops'), REASON.related);
  assert.equal(reasonOf(a, 'Duration 2:04'), REASON.video);
});

test('video teaser and image description inside the body are removed', () => {
  const a = extract([
    EN_BODY[0],
    'A woman in a red coat walks past a damaged apartment building while two firefighters in helmets stand in front of a burned car.',
    'Residents of a damaged building look on in Kyiv. (Gleb Garanich/Reuters)',
    EN_BODY[1],
    'WATCH | Drone strikes leave Kyiv without power:',
    'Kyiv hit by drones hours before Putin visit',
    '2 days ago',
    'Duration 3:11',
    'Ukraine says it shot down most of the drones, but energy infrastructure was hit in several regions of the country.',
    EN_BODY[2],
  ]);
  assertKept(a, [EN_BODY[0], EN_BODY[1], EN_BODY[2]]);
  assert.equal(a.paragraphs.length, 3);
  assert.equal(
    reasonOf(a, 'A woman in a red coat walks past a damaged apartment building while two firefighters in helmets stand in front of a burned car.'),
    REASON.altText,
  );
  assert.equal(reasonOf(a, 'Residents of a damaged building look on in Kyiv. (Gleb Garanich/Reuters)'), REASON.caption);
  assert.equal(reasonOf(a, 'WATCH | Drone strikes leave Kyiv without power:'), REASON.video);
});

test('readers comments after the article, longer than it, stay out', () => {
  const comments = [
    'I have been saying this for months and nobody listens, the whole region is going to be dragged into this war sooner or later and we will all pay for it.',
    'Totally agree with the previous commenter, the sanctions are not working and the politicians in Brussels should finally admit that they have no plan at all for what comes next.',
    'Does anyone remember what happened in 2014? Exactly the same talk, exactly the same promises, and then nothing changed for the people who actually live near the border.',
    'This is the best analysis I have read so far, thank you for writing it, I will share it with my friends and family who keep asking me about the situation there.',
  ];
  const a = extract([...EN_BODY.slice(0, 3), 'Comments', ...comments]);
  assertKept(a, EN_BODY.slice(0, 3));
  assert.equal(a.paragraphs.length, 3);
  assert.equal(reasonOf(a, 'Comments'), REASON.comments);
});

test('records: clean text kept whole, only strong chrome out; the title from the record', () => {
  const a = extract(
    ['Skip this part of the report, he said, because the figures are preliminary.', 'Share', EN_BODY[0], 'Sign up for our daily newsletter'],
    { title: 'Drones hit Kyiv' },
    'record',
  );
  assert.equal(a.title, 'Drones hit Kyiv');
  assert.deepEqual(a.paragraphs, ['Skip this part of the report, he said, because the figures are preliminary.', EN_BODY[0]]);
  assert.deepEqual(
    a.removed.map((r) => r.reason),
    [REASON.share, REASON.promo],
  );
});

test('records: a repeat of the title that quotes someone after a colon stays, as the sentence its quote cites (PolNeAR)', () => {
  // HuffPost 2016-03-15 and Washington Post 2016-09-14 records: the text opens with the title again, a full stop added
  const cruz = extract(
    [
      'Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’',
      'DECATUR, Ill. — Sen. Ted Cruz (R-Texas) weighed in on allegations against Donald Trump’s campaign manager, who allegedly assaulted a reporter last week, calling the behavior a “fireable offense.”',
    ],
    { title: 'Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense’' },
    'record',
  );
  assert.equal(cruz.paragraphs[0], 'Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’');
  assert.deepEqual(cruz.removed, []);
  const lynch = extract(
    [
      "A lesson from Loretta Lynch: 'Be the voice that people hear.'",
      'As a summer associate at a North Carolina law firm, Loretta E. Lynch said she was asked to give a presentation to a client about some research she had done on his case. A partner at the firm had another young associate, a man, sit in to watch.',
    ],
    { title: "A lesson from Loretta Lynch: 'Be the voice that people hear'" },
    'record',
  );
  assert.equal(lynch.paragraphs[0], "A lesson from Loretta Lynch: 'Be the voice that people hear.'");
  // a repeat that quotes nothing after a colon still goes
  const plain = extract(['A lesson from Loretta Lynch.', lynch.paragraphs[1]], { title: 'A lesson from Loretta Lynch' }, 'record');
  assert.equal(reasonOf(plain, 'A lesson from Loretta Lynch.'), REASON.titleRepeated);
});

test('records: a date stamp at the head (or as the title) is the published date, read month first in English', () => {
  // real ECB+ record shapes: "Posted 2/3/2009 11:11 PM" above the lead; a title that is only a date
  const a = extract(['Posted 2/3/2009 11:11 PM', EN_BODY[0], EN_BODY[1]], { title: "Chargers' Jamal Williams arrested on DUI suspicion" }, 'record');
  assert.equal(a.published, '2009-02-03T23:11');
  assert.equal(a.publishedInText, true);
  assert.equal(reasonOf(a, 'Posted 2/3/2009 11:11 PM'), REASON.timestamp);
  assert.deepEqual(a.paragraphs, [EN_BODY[0], EN_BODY[1]]);
  assert.equal(a.title, "Chargers' Jamal Williams arrested on DUI suspicion");
  const b = extract([EN_BODY[0], EN_BODY[1]], { title: 'Tuesday, May 24, 2005' }, 'record');
  assert.equal(b.published, '2005-05-24');
  assert.notEqual(b.title, 'Tuesday, May 24, 2005', 'a date is no title');
  // a date the record's metadata gives wins, and is not a date printed in the text
  const c = extract(['November 30, 2009', EN_BODY[0]], { title: 'T', published: '2009-12-01' }, 'record');
  assert.equal(c.published, '2009-12-01');
  assert.ok(!c.publishedInText);
  // day first elsewhere; a number above 12 settles it either way
  assert.equal(findDate('2/3/2009')?.date, '2009-03-02');
  assert.equal(findDate('2/3/2009', true)?.date, '2009-02-03');
  assert.equal(findDate('11/28/05', false)?.date, '2005-11-28');
  assert.equal(findDate('28/11/05', true)?.date, '2005-11-28');
});

test('records: a headline-only record is an article whose one paragraph is its title', () => {
  const a = extractPlainText({
    id: 'h',
    source: 'h.jsonl#1',
    kind: 'record',
    body: '',
    order: 0,
    meta: { title: "PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named Maurice Cheeks coach.", headlineOnly: true },
  });
  assert.deepEqual(a.paragraphs, ["PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named Maurice Cheeks coach."]);
  // a record whose text is only a date stamp (ECB+ 4_6ecbplus, a video page)
  const v = extract(['June 06, 2013'], { title: 'Esther Williams, swimming star, dies at 91' }, 'record');
  assert.deepEqual(v.paragraphs, ['Esther Williams, swimming star, dies at 91']);
  assert.equal(v.published, '2013-06-06');
  // an HTML page whose text is empty is not a headline: the page gets no text from its title
  const b = extractPlainText({ id: 'p', source: 'p.html', kind: 'record', body: '', order: 0, meta: { title: 'Home' } });
  assert.deepEqual(b.paragraphs, []);
});

test('prose that merely mentions cookies, members, newsletters or related companies is not chrome', () => {
  const prose = [
    "The business, which will operate under the name S.K. Wellman, will become a member of the group's specialty friction materials division.",
    'Regulators in Brussels want to limit the use of cookies by advertisers who track readers across many different websites.',
    "Related company's credit 6.1 mln vs nil",
    'The results may not be reproduced in other trials, and the company will publish its full data set next month.',
    'The report, originally published by a small local newspaper, was quickly picked up by national broadcasters.',
  ];
  const record = extract(prose, { title: 'A company story' }, 'record');
  assert.deepEqual(record.paragraphs, prose, JSON.stringify(record.removed));
  // scraped, the unpunctuated line of figures between paragraphs reads as a subheading, nothing else goes
  const text = extract(prose, { title: 'A company story' }, 'text');
  assert.deepEqual(
    text.paragraphs,
    prose.filter((p) => !p.startsWith('Related')),
    JSON.stringify(text.removed),
  );
  assert.deepEqual(
    text.removed.map((r) => r.reason),
    [REASON.subheading],
  );
});

test('a page of chrome only yields no paragraphs, and never throws on odd input', () => {
  assert.equal(extract(['Home', 'World', 'Share', 'Advertisement', '© 2023 Example Media']).paragraphs.length, 0);
  for (const body of ['', '\n\n', '&amp;', '1\n2\n3', 'x'.repeat(20000), 'a\u0000b', '•\n•\n•']) {
    const a = extractPlainText({ id: 'odd', source: 'odd', kind: 'text', body, order: 0, meta: {} });
    assert.equal(typeof a.title, 'string');
  }
});

test('dates: formats in several languages, date-time when a time is given', () => {
  assert.deepEqual(findDate('19 December, 2022, 11:20 am')?.date, '2022-12-19');
  assert.equal(findDate('19 December, 2022, 11:20 am')?.time, '11:20');
  assert.equal(findDate('Dec 19, 2022 3:05 PM ET')?.time, '15:05');
  assert.equal(findDate('2022-12-19T08:30:00Z')?.time, '08:30');
  assert.equal(findDate('19.12.2022')?.date, '2022-12-19');
  assert.equal(findDate('19 декабря 2022 г.')?.date, '2022-12-19');
  assert.equal(findDate('le 19 décembre 2022')?.date, '2022-12-19');
  assert.equal(findDate('19 de diciembre de 2022')?.date, '2022-12-19');
  assert.equal(findDate('12/19/2022')?.date, '2022-12-19');
  assert.equal(findDate('no date here'), null);
  assert.ok(dateLine('Published: Monday, December 19, 2022'));
  assert.equal(dateLine('The talks on December 19, 2022 were the first since the pandemic began'), null);
  const meta = extract(['Title of the story here', 'Dec 19, 2022 11:20 AM', EN_BODY[0], EN_BODY[1]], { published: '2022-12-19' });
  assert.equal(meta.published, '2022-12-19T11:20');
  const other = extract(['Title of the story here', 'Dec 18, 2022 11:20 AM', EN_BODY[0], EN_BODY[1]], { published: '2022-12-19' });
  assert.equal(other.published, '2022-12-19');
});

test('titles from text, datelines, alt text', () => {
  assert.equal(
    firstSentence('The U.S. Agriculture Department said on Monday prices fell. Traders were surprised.'),
    'The U.S. Agriculture Department said on Monday prices fell.',
  );
  const t = titleFromText(
    'Putin’s talks with Belarusian President Alexander Lukashenko centered on financial cooperation, in keeping with readouts from their offices. More text.',
  );
  assert.equal(t, 'Putin’s talks with Belarusian President Alexander Lukashenko centered on financial cooperation…');
  assert.equal(titleFromText('He said no.'), 'He said no.');
  assert.deepEqual(findDateline('KYIV, Dec 19 (Reuters) - Russia launched drones.'), { text: 'KYIV, Dec 19 (Reuters) -', agency: 'Reuters' });
  assert.deepEqual(findDateline('MOSCOW (AP) — The Kremlin said.'), { text: 'MOSCOW (AP) —', agency: 'AP' });
  assert.equal(findDateline('NATO — the alliance said on Monday it would meet.'), null);
  const alt = 'Two men in black suits sit on yellow and white sofas, facing each other across a large, square, shiny wooden table.';
  assert.ok(isAltText(alt, wordsOf(alt)));
  const news = 'Putin and Lukashenko, seen in front of a row of flags, dismissed the idea that Russia wants to absorb Belarus, officials said.';
  assert.ok(!isAltText(news, wordsOf(news)));
});

test('outlet and origin from page lines', () => {
  const a = extract([
    'Putin heads for Minsk amid fears of new offensive',
    'Advance: Putin has decided to take a central role in the events surrounding the conflict',
    "Putin's decision to visit Minsk proves that he has decided to take a central role in the conflict, the author of Advance believes.",
    EN_BODY[1],
    EN_BODY[2],
    'Published comments are readers’ own views and The Daily Star does not endorse any of the readers’ comments.',
  ]);
  assert.equal(a.outlet, 'The Daily Star');
  assert.equal(a.originalOutlet, 'Advance');
  const b = extract([EN_BODY[0], EN_BODY[1], 'Copyright © 2022 Example Times. All rights reserved.']);
  assert.equal(b.outlet, 'Example Times');
});

test("a wire's sign-off closing a record is the agency's mark, not a sentence (Reuters-21578)", () => {
  const a = extract(
    [
      'The non-callable bond is available in denominations of 1,000 Australian dlrs and will be listed in Luxembourg. The selling concession is one pct while management and underwriting combined pays 1/2 pct.',
      '',
      'The payment date is April 16. REUTER',
    ],
    {},
    'record',
  );
  assert.equal(a.paragraphs.at(-1), 'The payment date is April 16.');
  assert.equal(reasonOf(a, 'REUTER'), REASON.signOff);
  // on a line of its own too; a sentence naming the agency stays
  const b = extract(['Reuter said the agreement was signed on Friday in Paris.', 'Reuter'], {}, 'record');
  assert.deepEqual(b.paragraphs, ['Reuter said the agreement was signed on Friday in Paris.']);
});

test("the article's language and the lines' shapes read one split of each line's words, lower-cased once", () => {
  const fixtures = join(import.meta.dirname, '../../../test/fixtures/extract');
  const bodies = ['reuters-sample.jsonl', 'ecbplus-sample.jsonl'].flatMap((f) =>
    readFileSync(join(fixtures, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  for (const body of bodies) {
    const lines = body.split('\n').filter((l) => l.trim());
    // the words and their lower case made in one scan: the split alone, and each word lower-cased
    const lowered: string[][] = lines.map(() => []);
    const words = lines.map((line, i) => wordsAndLowered(line, lowered[i]));
    lines.forEach((line, i) => {
      assert.deepEqual(words[i], wordsOf(line));
      assert.deepEqual(
        lowered[i],
        words[i].map((w) => w.toLowerCase()),
      );
    });
    const language = articleLanguage(lines);
    assert.equal(articleLanguage(lines, lowered), language);
    // the shape made from the shared words is the shape made alone; the lower-case words become its own
    lines.forEach((line, i) => {
      const shape = shapeOf(line, language, words[i], lowered[i]);
      assert.deepEqual(shape, shapeOf(line, language));
      assert.equal(shape.lower, lowered[i]);
    });
  }
  // the language is read from the words given, not split again: English lines given German words read German
  const english = ['Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January.'];
  const german = [['die', 'der', 'und', 'nicht', 'mit', 'sich', 'auf', 'ist', 'das', 'den']];
  assert.equal(articleLanguage(english), 'en');
  assert.equal(articleLanguage(english, german), 'de');
});

test('the language vote takes the two languages with the most votes, ties by code: as the sorted scores did', () => {
  // the vote as it was: every language's share, those of the article's script, sorted by share then code
  const sorted = (all: string[]) => {
    // the lines of 60+ characters when there are any, up to 160 words
    const lines = all.some((l) => l.length >= 60) ? all.filter((l) => l.length >= 60) : all;
    const hits = new Map<string, number>();
    let words = 0;
    let sample = '';
    for (const l of lines) {
      if (sample.length < 600) sample += (sample ? ' ' : '') + l.slice(0, 600 - sample.length);
      for (const w of wordsOf(l)) {
        words++;
        for (const lang of FUNCTION_WORD_LANGUAGES) if (FUNCTION_WORDS[lang].has(w.toLowerCase())) hits.set(lang, (hits.get(lang) ?? 0) + 1);
      }
      if (words >= 160) break;
    }
    const cyr = cyrillicShare(sample) > 0.5;
    const scores = FUNCTION_WORD_LANGUAGES.map((lang) => ({ lang, share: (hits.get(lang) ?? 0) / words }))
      .filter((x) => isCyrillicLanguage(x.lang) === cyr)
      .sort((a, b) => b.share - a.share || a.lang.localeCompare(b.lang));
    const [best, next] = scores;
    return best.share >= 0.12 && best.share - (next?.share ?? 0) >= 0.05 ? best.lang : detectLanguage(sample, 600);
  };
  // short lines of function words of several languages (ties between languages that share words: "de", "la", "a", "in")
  const pool = 'de la a in die het en the und y e il le o i w и в на і cocoa Bahia zone drought cocoa week'.split(' ');
  fc.assert(
    fc.property(fc.array(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 6 }), (picks) => {
      const lines = picks.map((p) => p.join(' '));
      // (a vote that settles nothing goes to eld, in both)
      assert.equal(articleLanguage(lines), sorted(lines), lines.join(' | '));
    }),
    { numRuns: 2000, seed: 45 },
  );
});

test('a phrase key is squeezed only where its spaces need it: the key of lower case, folding, trimming and squeezing', () => {
  const old = (text: string) =>
    text
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .replace(/^[^\p{L}\p{N}(]+/u, '')
      .replace(/[\s:|›»→>…+\-–—.!]+$/u, '')
      .replace(/\s+/g, ' ');
  const chars = ['a', 'B', ' ', ' ', '  ', '\t', '\u00a0', '\u2009', ':', '’', '.', '»', '(', '1', 'é', '\n'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 24 }), (parts) => {
      const text = parts.join('');
      assert.equal(phraseKey(text), old(text), JSON.stringify(text));
    }),
    { numRuns: 3000, seed: 45 },
  );
  for (const text of ['Read more:  Putin in Minsk', 'Related\u00a0Stories', 'Share this article', '» More videos from TBS'])
    assert.equal(phraseKey(text), old(text));
});

test('records: a title written short that ends a line joins the name opening the next (ECB+ 13_3ecb, 18_14ecb)', () => {
  const a = extract(
    [
      'Alaska Gov. Sarah Palin reportedly apologized for the possibility the fire was related to her nomination.',
      '"We have no idea what caused it," the Rev.',
      'Larry Kroon of the Wasilla Bible Church said Saturday, adding that investigators were considering arson and other possible causes.',
      '"A man who apparently had just been let go from his job there came in, shot and killed another man," Vancouver police Const.',
      'Tim Fanning told a news conference.',
      '"There was at least a dozen other people on the scene.',
      'They managed to get out.',
    ],
    {},
    'record',
  );
  assert.deepEqual(a.paragraphs, [
    'Alaska Gov. Sarah Palin reportedly apologized for the possibility the fire was related to her nomination.',
    '"We have no idea what caused it," the Rev. Larry Kroon of the Wasilla Bible Church said Saturday, adding that investigators were considering arson and other possible causes.',
    '"A man who apparently had just been let go from his job there came in, shot and killed another man," Vancouver police Const. Tim Fanning told a news conference.',
    '"There was at least a dozen other people on the scene.',
    'They managed to get out.',
  ]);
});
