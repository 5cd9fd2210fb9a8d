// Which sentences a briefing line cites, on real ECB+ sentences: per article the ones that state the line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import type { Article } from '../model.ts';
import { buildUnits, type Unit } from './units.ts';
import { citations, standsAlone } from './briefing.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

/** The units of articles given as lists of paragraphs, and each article's units. */
function story(articles: string[][]): { units: Unit[]; byDoc: Map<string, Unit[]> } {
  const documents = articles.map((paragraphs, i) => {
    const a: Article = {
      id: `d${i}`,
      source: `d${i}.txt`,
      url: null,
      title: 't',
      outlet: null,
      byline: [],
      published: null,
      paragraphs,
      removed: [],
      order: i,
    };
    return analyzeText(a);
  });
  const units = buildUnits({ documents, enrichments: new Map(), entities: [], fallbackYear: 2013 });
  const byDoc = new Map<string, Unit[]>();
  for (const u of units) byDoc.set(u.doc, [...(byDoc.get(u.doc) ?? []), u]);
  return { units, byDoc };
}
const at = (units: Unit[], doc: string, sentence: number) => units.find((u) => u.doc === doc && u.sentence === sentence)!;
const refs = (us: Unit[]) => us.map((u) => `${u.doc}#${u.sentence}`);

test('an article cites its sentence that states the line, besides the claim sentence stating only its end (the Paris jewellery heist)', () => {
  const { units, byDoc } = story([
    [
      'A police source reported that the men drove a large four-by-four car into the store in the early hours of the morning, grabbing jewelry and luxury watches before setting fire to the vehicle and escaping in another car.',
    ],
    [
      "Four men rammed their car into the Casty store near Paris's chic Place Vendôme in the latest in a spate of high-profile robberies in France – most on the Riviera.",
      'A police source said the men drove a large four-by-four car into the store at around 4.30am and grabbed jewellery and luxury watches worth an estimated two million euros (£1.7 million).',
      'They then set fire to the vehicle and escaped in another car.',
    ],
  ]);
  const line = at(units, 'd0', 0);
  assert.deepEqual(refs(citations(line, [line, at(units, 'd1', 2)], byDoc)), ['d0#0', 'd1#1', 'd1#2']);
});

test("a further sentence of an article is cited only when it states more of the line (Lindsay Lohan's lawyer)", () => {
  const { units, byDoc } = story([
    [
      'It seems Lindsay Lohan has had enough of New York attorney Mark Jay Heller.',
      'The actress re-hired longtime attorney Shawn Holley to handle her case.',
      'Heller told a judge during a hearing Thursday morning that Lohan had checked in to the Morningside Recovery rehab facility, but the starlet left it after a few minutes.',
    ],
    ['Mark Jay Heller told a judge that Lohan was settling in at Morningside Recovery, a treatment facility in Newport Beach.'],
  ]);
  const line = at(units, 'd0', 2);
  assert.deepEqual(refs(citations(line, [at(units, 'd0', 0), line, at(units, 'd1', 0)], byDoc)), ['d0#2', 'd1#0']);
});

test('a sentence whose speaker is a pronoun named nowhere before it does not stand alone as a briefing line (BASIL, ECB+, Reuters)', () => {
  const { units } = story([
    [
      'Progressivism, he told the Conservative Political Action Conference, is a cancer that must be cut out of the system.',
      '"I can\'t speak for the first death but in this case it looks like to be a lack of experience," he told the Timaru Herald.',
      'Rick Santorum said Sunday he wasn\'t questioning whether President Obama is a Christian when he referred to his "phony theology" over the weekend.',
      'The official said the increase reflected improved market conditions, although he noted the new prices would still be lower than those of three years ago.',
    ],
  ]);
  assert.deepEqual(
    units.map((u) => standsAlone(u)),
    [false, false, true, true],
  );
});
