// Stories in several languages (walk9): two Chilean reports of President Boric's trip to Magallanes (Cooperativa.cl,
// 24Horas.cl: EFE's text, 4 May 2022) with an English translation credited as one, and stern.de's report of the
// Letwin vote (19 October 2019) with an English translation. (The two English texts were translated from the real
// Spanish and German for this test; the credit lines are theirs.) The analyst saw:
// - a translation flagged with 'transliteration "Monday" where 3 other article(s) write "Moneda"' (the Spanish
//   palace's name): each language's documents were compared with every other language's names;
// - the Chilean story's timeline dating "participar en la ceremonia de la Armada por el "Mes del Mar"" at 2022-03:
//   the sea ("mar") read as an English month's abbreviation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { findDates } from '../src/enrich/dates.ts';
import { parseHTML } from 'linkedom';
import { renderHtml, renderMarkdown } from '../src/report/index.ts';
import { storyPage } from '../src/server/pages/story.ts';
import { ROOT } from './helpers.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'walk', 'es-de-translations.jsonl');

test('Spanish, German and English articles: translations flagged by their credits, no name of one language a re-spelling of another', async () => {
  const report = await analyze([FIXTURE]);
  const languages = Object.fromEntries(report.documents.map((d) => [d.id, d.language]));
  assert.deepEqual(languages, {
    'stern-brexit': 'de',
    'cooperativa-boric': 'es',
    '24horas-boric': 'es',
    'eurodesk-english-brexit': 'en',
    'andes-english-boric': 'en',
  });
  for (const d of report.documents) {
    const { translated } = d.flags;
    assert.deepEqual(
      translated.evidence.filter((e) => e.startsWith('transliteration')),
      [],
      `${d.id}: no transliteration across languages (${translated.evidence.join('; ')})`,
    );
    assert.equal(translated.detected, d.language === 'en', `${d.id}: ${translated.evidence.join('; ')}`);
  }
  const stories = report.stories.map((s) => [...s.documents].sort());
  assert.deepEqual(stories.sort(), [
    ['24horas-boric', 'andes-english-boric', 'cooperativa-boric'],
    ['eurodesk-english-brexit', 'stern-brexit'],
  ]);
});

test('a Spanish "Mar" (the sea) is no month: the timeline does not date the Navy\'s "Mes del Mar" at March', async () => {
  const sentence =
    'En este contexto, Boric retorna a "su casa" para tratar de difundir desde el terreno todas las medidas sociales que en medio de la vorágine ha impulsado el Ejecutivo en busca de la recuperación económica, participar en la ceremonia de la Armada por el "Mes del Mar", retomar el pulso y los bríos en esta compleja fase inicial de gestión.';
  const published = new Date(Date.UTC(2022, 4, 4));
  assert.deepEqual(findDates(sentence, published, false), []);
  // read as English it is the month (as before): the rule is the language's
  assert.deepEqual(
    findDates(sentence, published).map((h) => h.date),
    ['2022-03'],
  );
  // an English month's full name in another language's text is still read ("en abril" is not, "April" in German is)
  assert.deepEqual(
    findDates('Die Briten hatten im April abgestimmt.', published, false).map((h) => h.date),
    ['2022-04'],
  );

  const report = await analyze([FIXTURE]);
  const boric = report.stories.find((s) => s.documents.includes('cooperativa-boric'))!;
  const dated = boric.timeline.filter((t) => t.support.some((r) => r.document !== 'andes-english-boric'));
  assert.ok(!dated.some((t) => /Mes del Mar/.test(t.text)), JSON.stringify(dated));
});

test('a German day written as an ordinal ("am 31. Oktober") does not end its sentence', async () => {
  const report = await analyze([FIXTURE]);
  const stern = report.documents.find((d) => d.id === 'stern-brexit')!;
  assert.ok(
    stern.sentences.includes('Kann er sein Versprechen einhalten, das Land am 31. Oktober aus der EU zu führen?'),
    stern.sentences.slice(0, 4).join(' | '),
  );
  assert.ok(
    stern.sentences.includes(
      'Johnson ist damit per Gesetz verpflichtet, bei der Europäischen Union eine Verlängerung der Brexit-Frist über den 31. Oktober hinaus zu beantragen.',
    ),
  );
  assert.ok(!stern.sentences.some((s) => /\b31\.$/.test(s)), 'no sentence ends on the day');
  const story = report.stories.find((s) => s.documents.includes('stern-brexit'))!;
  assert.ok(!story.briefing.some((b) => /am 31\.$/.test(b.text)), 'the briefing cites no sentence cut at the day');
  // English keeps its breaks: a number ending a sentence before a capitalised month is two sentences there
  const english = report.documents.find((d) => d.id === 'eurodesk-english-brexit')!;
  assert.ok(english.sentences.some((s) => s.endsWith('beyond 31 October.')));
});

test('a story in two languages says so where its sources are counted, and shows its translation flags (web app and reports)', async () => {
  const report = await analyze([FIXTURE]);
  const boric = report.stories.find((s) => s.documents.includes('cooperativa-boric'))!;
  const page = parseHTML(storyPage(report, boric)).document;
  const copies = page.querySelector('#copies')!.parentElement!.textContent!.replace(/\s+/g, ' ');
  assert.match(
    copies,
    /Articles in 2 languages: es \(Cooperativa\.cl, 24Horas\.cl\), en \(Andes English\)\. Copies are found by shared wording, within one language/,
  );
  assert.match(
    copies,
    /Andes English \(en\) translated score 0\.70\s*translation credit: "translated from <language>" in "Translated from Spanish by the Andes English desk\."/,
  );
  const md = renderMarkdown(report);
  assert.ok(md.includes('Articles in 2 languages: es (Cooperativa.cl, 24Horas.cl), en (Andes English).'));
  assert.ok(
    md.includes('Articles in 2 languages: de (stern.de), en (Eurodesk English).') ||
      md.includes('Articles in 2 languages: en (Eurodesk English), de (stern.de).'),
  );
  const reportHtml = renderHtml(report);
  assert.match(
    reportHtml,
    /<p class="languages">Articles in 2 languages: es \(<a [^>]+>Cooperativa\.cl<\/a>, <a [^>]+>24Horas\.cl<\/a>\), en \(<a [^>]+>Andes English<\/a>\)\./,
  );
});
