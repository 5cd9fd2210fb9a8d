// Who a briefing line names and what it points back to, and the quote marks it shows, on real sentences (Reuters,
// ECB+, BASIL): a line pointing back is not moved up, a firm named after people is no person, a surname several people
// bear is the one its article means, a quote the sentence opens is closed and a mark typed for an apostrophe is one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BriefingLine } from '../model.ts';
import { paragraphDocuments } from '../../test/paragraph-documents.ts';
import { buildUnits, type Unit } from './units.ts';
import { fullNamesFirst, pointsBack, standsAlone, trimLine } from './briefing.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

/** The units of articles given as lists of paragraphs, enriched and linked, and each article's units. */
function story(articles: string[][], joined?: { alone: string; into: string }): { units: Unit[]; byDoc: Map<string, Unit[]> } {
  const documents = paragraphDocuments(articles);
  const enrichments = new Map(documents.map((d) => [d.id, enrichDocument(d)] as const));
  let { entities } = linkStory(documents, [...enrichments.values()]);
  // a surname alone linked to one of the people bearing it, as the whole story's linking did (ECB+ 28: "Felt" to W.
  // Mark Felt); a few sentences leave it apart
  if (joined)
    entities = entities
      .filter((e) => e.id !== joined.alone)
      .map((e) => (e.id === joined.into ? { ...e, aliases: [...e.aliases, entities.find((o) => o.id === joined.alone)!.name] } : e));
  const units = buildUnits({ documents, enrichments, entities, fallbackYear: 1987 });
  const byDoc = new Map<string, Unit[]>();
  for (const u of units) byDoc.set(u.doc, [...(byDoc.get(u.doc) ?? []), u]);
  return { units, byDoc };
}
const at = (units: Unit[], doc: string, sentence: number) => units.find((u) => u.doc === doc && u.sentence === sentence)!;
const where = (lines: BriefingLine[]) => lines.map((l) => `${l.support[0].document}#${l.support[0].sentence}`);
function linesOf(us: Unit[]) {
  const lines: BriefingLine[] = us.map((u) => ({ text: u.text, support: [{ document: u.doc, sentence: u.sentence }] }));
  return { lines, unitOf: new Map(lines.map((l, i) => [l, us[i]] as const)) };
}

test('a line pointing back ("Reagan made the comments ...") is not moved up to introduce the person it names in full (Reuters)', () => {
  const { units, byDoc } = story([
    [
      'Webster has been mentioned as a possible top choice to head the spy agency following the withdrawal of the nomination of acting director Robert Gates.',
      'President Reagan angrily denounced press reports that his wife, Nancy, is running the government as "despicable fiction."',
      'Reagan made the comments at a photo session with William Webster, his nominee as head of the Central Intelligence Agency.',
    ],
  ]);
  const webster = at(units, 'd0', 0);
  assert.equal(webster.surnames.length, 1);
  assert.ok(at(units, 'd0', 2).fullNames.includes(webster.surnames[0]));
  const { lines, unitOf } = linesOf([webster, at(units, 'd0', 1), at(units, 'd0', 2)]);
  assert.deepEqual(where(fullNamesFirst(lines, unitOf, byDoc)), ['d0#0', 'd0#1', 'd0#2']);
  assert.equal(pointsBack('Channon made his remarks at a news conference after two days of talks.'), true);
  assert.equal(pointsBack('The move complicated a USAir takeover offer for Piedmont.'), true);
  assert.equal(pointsBack('The move by Senate Democrats to end the government shutdown enraged liberals.'), false);
  assert.equal(pointsBack('Reagan made a statement on the budget on Friday.'), false);
});

test('a firm named after people ("Robertson, Colman and Stephens") names no person the briefing must name in full first (Reuters)', () => {
  const { units } = story([
    [
      'New York investor Julian Robertson and several investment partnerships he controls said they raised their stake in Capital Wire and Cable Corp to 481,800 shares.',
      'Lead underwriters Morgan Stanley Group Inc and Robertson, Colman and Stephens said an offering of 4,400,000 shares of Cypress Semiconductor Corp is underway.',
      'Robertson said he and his partnerships bought 51,600 Capital Wire common shares between February 3 and 17.',
    ],
  ]);
  assert.equal(at(units, 'd0', 0).fullNames.length, 1);
  assert.deepEqual(at(units, 'd0', 1).surnames, []);
  assert.deepEqual(at(units, 'd0', 2).surnames, at(units, 'd0', 0).fullNames);
});

test('a surname several people of the story bear is the one its article named in full first, unless it wrote the surname alone before (ECB+ Felt)', () => {
  const { units } = story(
    [
      [
        'W. Mark Felt, the number two man at the FBI during the Watergate scandal, died Thursday at his home in Santa Rosa, California.',
        'Felt insisted on remaining anonymous until 2005, when his family revealed his identity.',
      ],
      [
        'Felt worked as the associate director of the FBI in the 1970s.',
        'His daughter Joan Felt said her father ate a big breakfast before saying he was tired.',
        'Felt blew the whistle on a corrupt administration.',
      ],
      [
        'Joan Felt, a retired teacher, cared for her father at her home in Santa Rosa for years.',
        'Felt said the family had decided to reveal his identity in a magazine article.',
      ],
    ],
    { alone: 'ent-felt', into: 'ent-w-mark-felt' },
  );
  const mark = at(units, 'd0', 0).fullNames;
  const joan = at(units, 'd1', 1).fullNames;
  assert.equal(mark.length, 1);
  assert.equal(joan.length, 1);
  assert.notDeepEqual(mark, joan);
  assert.deepEqual(at(units, 'd0', 1).surnames, mark);
  assert.deepEqual(at(units, 'd1', 0).surnames, mark);
  assert.deepEqual(at(units, 'd1', 2).surnames, mark, 'the article wrote "Felt" alone before naming his daughter');
  assert.deepEqual(at(units, 'd2', 1).surnames, joan, 'the article named only Joan Felt in full');
});

test('a line gives back the closing mark of a quote it opens and the next sentence goes on; a closing mark spaced as an opener before a name saying closes; a mark between letters is an apostrophe (ECB+, BASIL, Reuters)', () => {
  assert.equal(
    trimLine('In an e-mail to media members Thursday night, Henry said, "We met with Mr. Teixeira and were very much impressed with him.'),
    'In an e-mail to media members Thursday night, Henry said, "We met with Mr. Teixeira and were very much impressed with him."',
  );
  assert.equal(
    trimLine(
      'The letter goes on: “With little time left in this Congressional session, legislative scheduling should be focused on these critical priorities.',
    ),
    'The letter goes on: “With little time left in this Congressional session, legislative scheduling should be focused on these critical priorities.”',
  );
  assert.equal(
    trimLine('You know what they say - - the third time\'s the charm, "DeGeneres said in a statement.'),
    '"You know what they say - - the third time\'s the charm, "DeGeneres said in a statement.',
  );
  assert.equal(
    trimLine('That would not have affected the rich, it would have affected workers and pensioners, "he told Parliament on Wednesday.'),
    '"That would not have affected the rich, it would have affected workers and pensioners, "he told Parliament on Wednesday.',
  );
  assert.equal(
    trimLine('Indonesia"s agriculture sector will grow by just 1.0 pct in calendar 1987, the U.S. Embassy said in a report.'),
    "Indonesia's agriculture sector will grow by just 1.0 pct in calendar 1987, the U.S. Embassy said in a report.",
  );
  // a quote closed in its sentence is left as it is
  assert.equal(trimLine('“So pathetic,” Frank Sharry said of the offer.'), '“So pathetic,” Frank Sharry said of the offer.');
  // the sentence after an apostrophe typed as a mark, or after a closing mark spaced as an opener, is no quote's
  const { units } = story([
    [
      'Britain"s ruling Conservatives have enlarged their lead over the opposition Labour Party, according to two opinion polls. The polls put the Conservatives ten points ahead of Labour.',
    ],
    ['We will keep you updated on progress, "SEACOM tweeted on Tuesday. The cable company said repairs would take two weeks.'],
  ]);
  assert.equal(at(units, 'd0', 1).inQuote, false);
  assert.equal(standsAlone(at(units, 'd0', 1)), true);
  assert.equal(at(units, 'd1', 1).inQuote, false);
});
