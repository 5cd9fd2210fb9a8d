// A date reader per language (src/enrich/foreign-dates.ts, data in src/enrich/data/date-forms.ts): the dates of a
// German, French, Spanish, Italian, Portuguese or Dutch article written with that language's month and weekday names
// are read for a document surely in that language. Before, only English month names were read: stern.de's "über den
// 31. Oktober hinaus" was dated by its English translation's "beyond 31 October" (trans2), or not at all without one;
// German "Mai", "Oktober", Spanish "octubre de 2024", French "le 1er avril 2020" were no dates, and a German "August"
// alone (August der Starke) was August. Sentences from trafilatura-eval's pages (as the pipeline extracts them) and
// walk9's / trans2's fixtures (stern.de, NZZ, Cooperativa.cl).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDates } from '../src/enrich/dates.ts';
import { findFigures } from '../src/enrich/figures.ts';
import { keyNumber } from '../src/synthesize/units.ts';
import { analyze } from '../src/pipeline.ts';
import { ROOT } from './helpers.ts';
import { scratchDir } from './scratch.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const read = (text: string, published: string | null, language: string) =>
  findDates(text, published ? day(published) : null, false, language).map((h) => [h.text, h.date]);

test('each language writes its dates its own way: day, month and year orders, a month and its year, a month after a cue', () => {
  // stern.de, 19 October 2019
  assert.deepEqual(
    read(
      'Johnson ist damit per Gesetz verpflichtet, bei der Europäischen Union eine Verlängerung der Brexit-Frist über den 31. Oktober hinaus zu beantragen.',
      '2019-10-19',
      'de',
    ),
    [['31. Oktober', '2019-10-31']],
  );
  // a German court page; a Swiss avalanche bulletin (20 January 2022)
  assert.deepEqual(
    read('Der Beklagte beschäftigte die Klägerin vom 1. November 1996 bis zum 31. Juli 2017 als Steuerfachangestellte und Bilanzbuchhalterin.', null, 'de'),
    [
      ['1. November 1996', '1996-11-01'],
      ['31. Juli 2017', '2017-07-31'],
    ],
  );
  assert.deepEqual(read('Das letzte Mal herrschte eine vergleichbare Lawinensituation Mitte Januar 2020.', '2022-01-20', 'de'), [['Januar 2020', '2020-01']]);
  assert.deepEqual(
    read(
      'Am 19. Januar zeigten die Stationen Bosco Gurin (1515 m, TI, seit 1951) mit 1 cm und Robièi (1890 m, TI, seit 1966) mit 5 cm neue Minima für Mitte Januar.',
      '2022-01-20',
      'de',
    ),
    [['19. Januar', '2022-01-19']],
  );
  // a month's year before 1900 (a fire brigade's history)
  assert.deepEqual(read('Dazu wurde die bereits seit November 1899 bestehende „Allgemeine Automobilgesellschaft Berlin GmbH“ (AAG) übernommen.', null, 'de'), [
    ['November 1899', '1899-11'],
  ]);
  // French: "1er", a yearless day of the year of writing
  assert.deepEqual(read('L’élu a fait appel et la cour d’appel de Rennes a renvoyé le procès au 1er avril 2020.', null, 'fr'), [
    ['1er avril 2020', '2020-04-01'],
  ]);
  assert.deepEqual(read('Le 11 janvier dernier, l’agence Health Canada a fait de même.', '2019-05-15', 'fr'), [['11 janvier', '2019-01-11']]);
  assert.deepEqual(read('Début février 2019, le tribunal de grande instance de Nanterre a ouvert une information judiciaire.', null, 'fr'), [
    ['février 2019', '2019-02'],
  ]);
  // Spanish "de" between day, month and year; "del 2019"
  assert.deepEqual(read('A Iris la secuestraron junto con su hijo adolescente, Floreal “Negrito” Avellaneda, en abril de 1976.', '2022-05-04', 'es'), [
    ['abril de 1976', '1976-04'],
  ]);
  assert.deepEqual(read('El Presidente firmó el Acuerdo por la Paz Social y la Nueva Constitución del 15 de noviembre del 2019.', '2022-05-04', 'es'), [
    ['15 de noviembre del 2019', '2019-11-15'],
  ]);
  // Italian, Portuguese
  assert.deepEqual(
    read(
      'Meteo.it comunica che nel corso del pomeriggio di oggi, mercoledì 19 febbraio, il tempo peggiorerà su Marche, Abruzzo, Molise, Umbria e Lazio.',
      '2020-02-19',
      'it',
    ),
    [['19 febbraio', '2020-02-19']],
  );
  assert.deepEqual(
    read('Ele respondia a vários inquéritos e teve um mandado de prisão cumprido no dia 11 de novembro de 2021, em Simões Filho.', '2022-05-04', 'pt'),
    [['11 de novembro de 2021', '2021-11-11']],
  );
  // Dutch
  assert.deepEqual(read('Op 31 oktober 2024 en sinds maart 2020.', null, 'nl'), [
    ['31 oktober 2024', '2024-10-31'],
    ['maart 2020', '2020-03'],
  ]);
});

test('a weekday is read with a word telling which one, and a weekday before a yearless day chooses its year', () => {
  // Cooperativa.cl, Wednesday 4 May 2022: "este miércoles" is that day (the English translation's "on Wednesday")
  assert.deepEqual(
    read(
      'El Presidente Gabriel Boric viaja este miércoles a su región natal de Magallanes en su segundo viaje oficial al interior del país tras la visita que en abril realizó al norte.',
      '2022-05-04',
      'es',
    ),
    [['este miércoles', '2022-05-04']],
  );
  assert.deepEqual(read('Am vergangenen Dienstag trafen sie sich mit der NRW-Landwirtschaftsministerin Ursula Heinen-Esser.', '2022-01-21', 'de'), [
    ['vergangenen Dienstag', '2022-01-18'],
  ]);
  assert.deepEqual(
    read(
      'Une nouvelle étude publiée ce lundi dans la revue Nature Microbiology analyse le lien entre la bonne santé de notre tube digestif et la dépression.',
      '2017-04-12',
      'fr',
    ),
    [['ce lundi', '2017-04-10']],
  );
  // "el próximo domingo 4 de septiembre" (said on 4 May 2022): the Sunday 4 September of 2022, not of 2021, nor
  // the next Sunday, 8 May
  assert.deepEqual(
    read(
      'El próximo domingo 4 de septiembre será la fecha definitiva en que el proyecto de texto borrador de la nueva Constitución será sometido a la deliberación ciudadana.',
      '2022-05-04',
      'es',
    ),
    [['4 de septiembre', '2022-09-04']],
  );
  // a bare weekday is none (last or next?), nor a weekday of every month
  assert.deepEqual(read('Immer am letzten Dienstag von 16 – 17 Uhr !', '2016-07-09', 'de'), []);
});

test("false months: a given name, the planet, a tennis set, a month alone without its cue, another language's words", () => {
  // German "August" as a given name, alone or after a cue
  assert.deepEqual(read('August der Starke wollte in seinem Zeithainer Lustlager das Ende des Großen Nordischen Krieges feiern.', '2023-10-25', 'de'), []);
  assert.deepEqual(read('Populär wurde aber das Gebäck zu Zeiten vom sächsischen Kurfürsten August dem Starken .', '2023-10-25', 'de'), []);
  // an own month word alone is no month (not "November" read as English): "nächsten April" is next year's
  assert.deepEqual(
    read('Schon nächsten April bei der Frühjahrstagung von Weltbank und IWF könnten die IWF-Mitgliedsländer Mottleys Idee verabschieden.', '2022-11-22', 'de'),
    [],
  );
  // French "mars": only with a day or a year beside it
  assert.deepEqual(read('La sonde doit partir en mars vers Mars.', '2020-01-10', 'fr'), []);
  assert.deepEqual(read('La sonde est partie le 12 mars.', '2020-04-10', 'fr'), [['12 mars', '2020-03-12']]);
  // an abbreviation only between a day and a year: Portuguese "set" (setembro) is a tennis set too
  assert.deepEqual(read('Nadal venceu em 3 set a final.', '2022-05-04', 'pt'), []);
  assert.deepEqual(read('Publicado em 3 set. 2021.', null, 'pt'), [['3 set. 2021', '2021-09-03']]);
  // Spanish "Mar" (Cooperativa.cl's "Mes del Mar") is no month for the Spanish reader either
  assert.deepEqual(read('Boric participará en la ceremonia de la Armada por el "Mes del Mar".', '2022-05-04', 'es'), []);
  // a two-digit year is none: the day stands alone (undated page: no date)
  assert.deepEqual(read('( Pescasseroli, 14 Gennaio 20 )', null, 'it'), [['14 Gennaio', null]]);
});

const LETWIN = join(ROOT, 'test', 'fixtures', 'provenance', 'letwin-translation.jsonl');

test('a month alone is read only when the words after it pin its year, never by the tense of its sentence', () => {
  assert.deepEqual(read('Im Dezember 2017 wurde das Gesetz geändert.', '2019-06-20', 'de'), [['Dezember 2017', '2017-12']]);
  assert.deepEqual(read('Die Preise stiegen im April des letzten Jahres.', '2019-06-20', 'de'), [['im April', '2018-04']]);
  assert.deepEqual(read('Le projet a été lancé en juin dernier.', '2019-05-15', 'fr'), [['en juin', '2018-06']]);
  assert.deepEqual(read('Las ventas cayeron en febrero del año pasado.', '2022-05-04', 'es'), [['en febrero', '2021-02']]);
  // trafilatura-eval's pages, each once dated by the tense: German "soll" and "werden" are reportative, passive or
  // modal as often as future ("soll ... angefangen haben" is April 2019, written in June 2019). The German reader dates
  // none; a month word English writes alike ("April", "August", "September") is read as the English reader read it before
  const cases: [string, string, string[][]][] = [
    [
      'Laut der "The Sun" soll die 31-Jährige nach ihrer Trennung im April angefangen haben mit Ayda Fields, der Ehefrau von Popstar Robbie Williams, an ihrem Traumkörper zu arbeiten.',
      '2019-06-20',
      [['April', '2019-04']],
    ],
    [
      'Hieß es: "Im August hatte es beim ersten Christopher Street Day in Weißenfels Störungen durch mutmaßlich Rechtsextreme gegeben, dabei soll auch der Hitlergruß gezeigt worden sein."',
      '2023-10-18',
      [['August', '2023-08']],
    ],
    [
      'Ob diese Zahl angesichts schwacher Konsumwerte im September nochmal angepasst werden muss, ließ von Preen offen.',
      '2023-11-01',
      [['September', '2023-09']],
    ],
    [
      'Noch Mitte Januar haben wir sofort losgelegt, übrigens zum Nulltarif, also wir sind da in einem Forschungsprojekt drin, das wird von der Europäischen Union bezahlt.',
      '2020-03-18',
      [],
    ],
    [
      'Auch wenn das Essen nicht mehr reicht, seit das Welternährungsprogramm im Dezember die Rationen halbieren musste: Saharo ist froh, dass jedenfalls Kakuma nicht geschlossen werden soll.',
      '2017-02-13',
      [],
    ],
    ['Im Juni soll das Enkelkind kommen, die Anna leidet momentan sehr darunter.', '2018-12-31', []],
    [
      'Wenn die EZB die Summe der monatlichen Anleihekäufe ab Januar senkt, ist in der kurzen Frist zu erwarten ist, dass sich die EZB-Bilanz zunächst etwas langsamer ausweiten wird.',
      '2023-10-26',
      [],
    ],
  ];
  for (const [text, published, expected] of cases) assert.deepEqual(read(text, published, 'de'), expected, text);
});

test('a yearless day in a sentence that may look forward is read only within two months after the publication', () => {
  // Cooperativa.cl, 4 May 2022: "el próximo 4 de septiembre" is not September 2021 (the day's numbers stay figures)
  assert.deepEqual(
    read(
      'Es importante considerar que la discusión constituyente no acaba el próximo 4 de septiembre con el plebiscito de salida, sino que, por el contrario, abre la gran interrogante sobre la implementación de una eventual nueva institucionalidad.',
      '2022-05-04',
      'es',
    ),
    [],
  );
  // within two months ahead, a past and a future reading agree on the year
  assert.deepEqual(read('La votación será el próximo 20 de mayo.', '2022-05-04', 'es'), [['20 de mayo', '2022-05-20']]);
});

test("a yearless day's year is not guessed by its sentence's tense: more than two months ahead it is last year's only by a word beside it", () => {
  // bmfsfj.de, 21 January 2022: the splitter cut "Der G7-Gipfel findet vom 26. | bis 28. Juni auf Schloss Elmau in
  // Bayern statt." -- a fragment with no verb; June 2021 was a guess (the summit was in June 2022)
  assert.deepEqual(read('bis 28. Juni auf Schloss Elmau in Bayern statt.', '2022-01-21', 'de'), []);
  // a museum's closing days (23 May 2019), a school year's terms (larepublica.pe, 8 May 2022), a present timetable
  assert.deepEqual(read('und 31. Oktober, 24., 25., 26.', '2019-05-23', 'de'), []);
  assert.deepEqual(read('8 de agosto a 7 de octubre', '2022-05-08', 'es'), []);
  assert.deepEqual(
    read('Schon jetzt vormerken: Das Reparaturcafé öffnet auch am 27. März, 15. Mai, 30. Oktober jeweils von 15.00 bis 18.00 Uhr.', '2020-01-27', 'de'),
    [['27. März', '2020-03-27']],
  );
  // a past sentence naming a well-known older day (Chile's agreement of November 2019, written in May 2022)
  assert.deepEqual(read('Se tramitó el acuerdo del 19 de noviembre y se aprobó una ley al respecto.', '2022-05-04', 'es'), []);
  // a word beside the day telling it is the last one: last year's
  assert.deepEqual(read('Le 11 décembre dernier, le tribunal a rendu son jugement.', '2019-05-15', 'fr'), [['11 décembre', '2018-12-11']]);
  assert.deepEqual(read('El juzgado había ordenado el pasado 21 de agosto la devolución de dicha aeronave.', '2022-04-29', 'es'), [
    ['21 de agosto', '2021-08-21'],
  ]);
  // last year's day within two months before the publication needs no such word
  assert.deepEqual(read('Am 28. Dezember wurde der Antrag gestellt.', '2022-01-10', 'de'), [['28. Dezember', '2021-12-28']]);
  // ten months back or within two months ahead next year: no date either ("tritt am 1. Januar in Kraft" in December)
  assert.deepEqual(read('Um das zu ändern, tritt am 1. Januar das Lieferkettensorgfaltspflichtengesetz in Kraft.', '2022-12-12', 'de'), []);
});

test('a yearless day takes the year written with the later day of its range, and none beside another year', () => {
  // nnz-online.de, 6 November 2023: April 2021, not April 2023
  assert.deepEqual(read('Vom 8. April bis 15. Mai 2021 erfolgte eine Online-Befragung.', '2023-11-06', 'de'), [
    ['8. April', '2021-04-08'],
    ['15. Mai 2021', '2021-05-15'],
  ]);
  assert.deepEqual(read('Les entreprises ont enregistré 365 000 déplacements entre le 21 juin et le 15 novembre 2019.', '2020-02-19', 'fr'), [
    ['21 juin', '2019-06-21'],
    ['15 novembre 2019', '2019-11-15'],
  ]);
  assert.deepEqual(read('Die Ausstellung war vom 20. Dezember bis 6. Januar 2020 geöffnet.', '2020-05-01', 'de'), [
    ['20. Dezember', '2019-12-20'],
    ['6. Januar 2020', '2020-01-06'],
  ]);
  // Global Voices, 30 April 2019: the demonstration of 30 May 2018, not 2019
  assert.deepEqual(
    read(
      'Sie schreibt auch über die Demonstration am 30. Mai, an dem anlässlich des Muttertags in Nicaragua traditionell Demonstrationen stattfinden, und bei der 2018 15 Menschen getötet wurden:',
      '2019-04-30',
      'de',
    ),
    [],
  );
  // a span's start ("seit 1951") and the publication's own year leave the day its reading
  assert.deepEqual(read('2022 war der weltweite Earth Overshoot Day am 28. Juli.', '2022-12-08', 'de'), [['28. Juli', '2022-07-28']]);
});

test('a day named by its distance from the day of writing: yesterday, a part of today, tomorrow -- not a bare "heute" (nowadays) nor an idiom', () => {
  // vorangedacht.de (13 October 2022), cnet.de (14 May 2014: the EuGH's Google Spain ruling of 13 May), ámbito (4 May
  // 2022), Correio Braziliense (4 May 2022), CORRECTIV (Tuesday 14 May 2019: Frontal 21's evening)
  assert.deepEqual(
    read(
      'Habeck kündigte gestern einerseits an, dass es für die Kohleindustrie abgebaggert werden soll, und bedankte sich andererseits für das große Engagement der Klimaschützer.',
      '2022-10-13',
      'de',
    ),
    [['gestern', '2022-10-12']],
  );
  assert.deepEqual(
    read(
      'Gestern wurde der Streit zwischen Google Spanien und der spanischen Datenschutzbehörde Agencia Española de Protección de Datos (AEPD) vom Europäischen Gerichtshof (EuGH) in Luxemburg entschieden (Aktenzeichen C131/12).',
      '2014-05-14',
      'de',
    ),
    [['Gestern', '2014-05-13']],
  );
  assert.deepEqual(
    read(
      'Ayer hubo acuerdo en la paritaria de Gastronómicos con una suba de 60% en cuatro etapas que incluyó una revisión del entendimiento del año pasado para estirarlo a 55 por ciento.',
      '2022-05-04',
      'es',
    ),
    [['Ayer', '2022-05-03']],
  );
  assert.deepEqual(
    read('O presidente do STF, Luiz Fux, também se encontrou, ontem, com o ministro da Defesa, general Paulo Sérgio Nogueira.', '2022-05-04', 'pt'),
    [['ontem', '2022-05-03']],
  );
  assert.deepEqual(
    read('Die gemeinsame Recherche über das „Extrablatt“ ist heute Abend um 21 Uhr auch im ZDF-Magazin Frontal 21 zu sehen.', '2019-05-14', 'de'),
    [['heute Abend', '2019-05-14']],
  );
  // jugend-forscht.de (2 November 2021): "ab morgen" the fair's first day (the timeline's "2021" before)
  assert.deepEqual(
    read(
      'Fünf aktuelle Preisträgerinnen und Preisträger von Jugend forscht präsentieren ab morgen drei innovative Projekte auf der iENA 2021, der internationalen Fachmesse „Ideen – Erfindungen – Neuheiten“ in Nürnberg.',
      '2021-11-02',
      'de',
    ),
    [['morgen', '2021-11-03']],
  );
  // a bare "heute" is as often "nowadays" (familie.de, 2 January 2023: Montessori material); "bis heute" a span; "lieber
  // morgen als übermorgen" an idiom (the HDE's president in a quote); "erinnerte sie mich an gestern" the past
  assert.deepEqual(
    read('Heute dient es Kindern auf der ganzen Welt als Lernmaterial, das sie in ihrem eigenständigen Handeln und Spiel unterstützt.', '2023-01-02', 'de'),
    [],
  );
  assert.deepEqual(
    read(
      'Denn obwohl viele meiner Freundinnen sich heute nicht mehr an das erinnern können, was sie mir nur wenige Stunden nach ihren Spontangeburten berichteten, kann ich bis heute kein einziges Wort davon vergessen.',
      '2022-09-14',
      'de',
    ),
    [],
  );
  assert.deepEqual(
    read(
      '“Ein Drittel der Mittelständler will sein Geschäft lieber morgen als übermorgen aufgeben, weil die Rahmenendigungen zu schlecht sind und aus ihrer Sicht auch absehbar schlecht bleiben werden”, sagte HDE-Präsident Alexander von Preen der “Welt” (Mittwochausgaben).',
      '2023-11-01',
      'de',
    ),
    [],
  );
  assert.deepEqual(
    read(
      'Auch die Vodkaria mit ihrem Leitspruch „Hier wird ausgetrunken“ kam mir ein bisschen gestrig vor, jedenfalls erinnerte sie mich an gestern.',
      '2021-11-25',
      'de',
    ),
    [],
  );
  // a relative day's figure says so: the timeline dates a statement one page makes alone by a written-out date only
  // (katzen-forum.net's posts of several days, read against the thread's one date, were all "yesterday" of that day)
  const figures = findFigures('Gestern Abend habe ich Pepe mit dem Flohkamm gekämmt.', 'katzen-forum', 0, day('2018-09-27'), undefined, false, 'de');
  assert.deepEqual(
    figures.filter((f) => f.kind === 'date').map((f) => [f.text, f.date, f.relative]),
    [['Gestern', '2018-09-26', true]],
  );
});

test("a day's number in a date is its month's day, and so are the days listed before it: two sentences about days of two months share no figure", () => {
  const days = (text: string, published: string, language: string) =>
    findFigures(text, 'd', 0, day(published), undefined, false, language)
      .filter((f) => f.kind !== 'date')
      .map((f) => [f.value, f.month]);
  // trafilatura-eval's false pair (feuerwehrverband.de, natuerliche-jagd.de): one met the other on "11" and "12"
  assert.deepEqual(
    days('Die bundesweite Vorbereitungstagung der Interkulturellen Woche 2022 findet am 11. und 12. Februar im Online-Format statt.', '2022-02-04', 'de'),
    [
      [2022, undefined],
      [11, 2],
      [12, 2],
    ],
  );
  assert.deepEqual(days('Am 11. und 12. März 2022 bietet der DJV die Online-Schreibwerkstatt an.', '2022-02-03', 'de'), [
    [11, 3],
    [12, 3],
    [2022, undefined],
  ]);
  // a range or a list, dated or left undated (Elmau: more than two months ahead); a count beside it is a count
  assert.deepEqual(days('Der G7-Gipfel findet vom 26. bis 28. Juni auf Schloss Elmau in Bayern statt.', '2022-01-21', 'de'), [
    [26, 6],
    [28, 6],
  ]);
  assert.deepEqual(days('Geschlossen am 24., 25., 26. Oktober und an 12 Tagen im Mai.', '2019-05-23', 'de'), [
    [24, 10],
    [25, 10],
    [26, 10],
    [12, undefined],
  ]);
  assert.deepEqual(days('Se celebrará del 21 al 24 de abril en Madrid con 12 equipos.', '2022-04-01', 'es')[2], [12, undefined]);
  // the claim aligner's figure key holds the day's month; its number weighs as the day's (a small one as a term)
  assert.equal(keyNumber('n:12/2'), 12);
  assert.equal(keyNumber('n:4/10'), 4);
  assert.equal(keyNumber('n:12.5'), 12.5);
  assert.deepEqual(days('Les 11 et 12 mars, 30 personnes.', '2022-03-01', 'fr'), [
    [11, 3],
    [12, 3],
    [30, undefined],
  ]);
});

test("stern.de's and the NZZ's own dates date their claims, with no translation to lend one", async () => {
  // stern.de and the NZZ on the Letwin vote, without walk9's English translation of stern.de
  const lines = readFileSync(LETWIN, 'utf8').trim().split('\n');
  const file = join(scratchDir('foreign-dates-'), 'german-only.jsonl');
  writeFileSync(file, `${lines.filter((l) => !l.includes('"id": "eurodesk-english-brexit"')).join('\n')}\n`);
  const report = await analyze([file]);
  const story = report.stories.find((s) => s.documents.includes('stern-brexit'))!;
  assert.deepEqual([...story.documents].sort(), ['nzz-brexit', 'stern-brexit']);
  const deadline = story.timeline.find((e) => e.text.startsWith('Johnson ist damit per Gesetz verpflichtet'));
  assert.ok(deadline, JSON.stringify(story.timeline));
  assert.equal(deadline.date, '2019-10-31');
  // the NZZ's "des für 31. Oktober geplanten EU-Austritts" supports it on the same day
  assert.deepEqual(deadline.support.map((p) => p.document).sort(), ['nzz-brexit', 'stern-brexit']);
});
