// Opposite events of one thing, on real sentences of ECB+ and Reuters-21578: a briefing line does not cite a
// sentence telling the other side of its event, and idioms, negations, adjectives and other things' moves are none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphDocuments } from '../../test/paragraph-documents.ts';
import { buildUnits, type Unit } from './units.ts';
import { citations } from './briefing.ts';
import { eventsIn, opposed, opposedBy } from './opposites.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

const s = (text: string) => ({ text });
const forms = (text: string) => eventsIn(text).map((e) => `${e.strict ? '' : '~'}${e.form}`);

const CHECKED_IN =
  'After she abruptly left a rehab facility in Newport Beach on Thursday, Lindsay Lohan has checked into the Betty Ford Center in Rancho Mirage.';
const LEFT = 'Lindsay Lohan has left the Betty Ford Center and is moving to a rehab facility in Malibu, Calif., Access Hollywood has confirmed.';
const CHECKED_OUT =
  "Lindsay hasn't messed around in getting to the new facility either and she is reportedly already a patient of the Cliffside rehab centre, having checked out of the Betty Ford Centre on Thursday (June 13) this week and committing herself to Cliffside almost immediately afterward.";

test('checking into and leaving the Betty Ford Center are opposite events of one place (ECB+ Lohan)', () => {
  assert.deepEqual(opposedBy(s(CHECKED_IN), s(LEFT)), ['checked into', 'left']);
  assert.deepEqual(opposedBy(s(LEFT), s(CHECKED_IN)), ['left', 'checked into']);
  assert.ok(opposed(s(CHECKED_IN), s(CHECKED_OUT)));
  // the same side, or another place: no opposition ("left a rehab facility in Newport Beach" is not the Betty Ford Center)
  assert.ok(
    !opposed(
      s(CHECKED_IN),
      s(
        'Lindsay Lohan checked into the Betty Ford Clinic in Rancho Mirage, Calif., on Thursday night, for what is to be a three-month stay, her rep confirms to PEOPLE.',
      ),
    ),
  );
  assert.ok(!opposed(s(LEFT), s("The actress has left the Betty Ford Centre and gone to Malibu's Cliffside resort.")));
  assert.ok(!opposed(s(CHECKED_IN), s('Lindsay Lohan fled a Newport Beach rehab facility on Thursday, minutes after she arrived.')));
});

test('a sentence telling both sides of the place opposes neither (Heller at Morningside Recovery)', () => {
  const both =
    'Heller told a judge during a hearing Thursday morning that Lohan had checked in to the Morningside Recovery rehab facility, but the starlet left it after a few minutes.';
  assert.deepEqual(forms(both), ['checked in to', 'left']);
  assert.ok(!opposed(s(both), s('Lindsay Lohan checked out of Morningside Recovery after a few minutes.')));
  assert.ok(!opposed(s('Lohan had checked into Morningside Recovery on Thursday.'), s(both)));
});

test('a negated or hedged form tells no event', () => {
  assert.deepEqual(forms('"Lindsay never checked into Morningside but is back at Betty Ford.'), []);
  // "nor" (Reuters, U.S. chipmakers on Japan's market)
  assert.deepEqual(forms('Since the pact, it has not ended third country dumping; nor has it opened its market to U.S. semiconductors.'), []);
  // "skipping out on entering": no form of a side
  assert.ok(
    !opposed(
      s(
        'After skipping out on entering a Newport Beach rehabilitation facility and facing the prospect of arrest for violating her probation, Lindsay Lohan has checked into the Betty Ford Center to begin a 90-day court-mandated stay in her reckless driving conviction.',
      ),
      s(CHECKED_IN),
    ),
  );
});

test('idioms are no event: declined to comment, the spotlight fell on, closing prices, opened fire (Reuters)', () => {
  assert.deepEqual(
    forms(
      'But he declined to comment on rumours the company would take a 10 pct stake in <Shearson Lehman Brothers>, an investment banking unit of American Express Co <AXP>.',
    ),
    [],
  );
  // (the hog futures' "close ... higher" is no closing, "to open ... higher" no opening: only loose words, no event)
  assert.ok(
    forms('Live Hog futures ran up for sharp gains after midsession before slipping late to close 0.82 cent higher to 0.02 lower.').every((f) =>
      f.startsWith('~'),
    ),
  );
  assert.ok(forms("Live Hog futures were expected to open steady to mostly higher after yesterday's mostly higher close.").every((f) => f.startsWith('~')));
  assert.deepEqual(forms('Police said the gunmen opened fire on the crowd.'), []);
  assert.deepEqual(forms('The Bundesbank left rates unchanged at its council meeting.'), []);
  // "the closed Japanese market": an adjective; "increased its stake": no rise of the subject
  assert.deepEqual(forms('U.S. officials have long complained about the closed Japanese market.'), []);
  assert.deepEqual(forms('Dominion Textile increased its stake in Burlington to 5.1 pct.'), []);
});

test('a rise of one thing does not oppose a fall of another sharing only units, time words or the company (Reuters)', () => {
  // Burlington: the spotlight fell on Burlington, which rose -- the rise the line tells, not its opposite
  const spotlight =
    'The takeover spotlight fell today on Burlington, which rose 4-7/8 to 52-7/8 on speculation that investor Asher Edelman and Dominion Textiles Inc of Canada bought an almost five pct stake.';
  const rose =
    "Burlington's stock rose sharply this morning on the report, which said Dominion Textile had joined with U.S. investor Asher Edelman to buy a stake in the company and to consider making a takeover offer.";
  assert.ok(!opposed(s(rose), s(spotlight)));
  assert.ok(!opposed(s(spotlight), s(rose)));
  // Bank of China: the sugar imports' fall and the rice exports' rise share "tonnes" only
  const imports =
    'Customs figures show imports fell to 1.182 mln tonnes in 1986 from 1.909 mln in 1985 and fell to 25,165 tonnes in January 1987 from 54,000 in January 1986.';
  const rice = 'It said imports of sugar were 25,165 tonnes, down from 54,000, but exports of rice rose to 71,144 tonnes from 20,000.';
  assert.ok(!opposed(s(imports), s(rice)));
  // leading indicators and construction spending: two statistics of one release
  assert.ok(
    !opposed(
      s("The Commerce Department's index of leading indicators fell 1.0 pct in January."),
      s(
        'The Commerce Department said construction spending rose 3.6 billion dlrs, or 1.0 pct, in January to a seasonally adjusted rate of 378.5 billion dlrs.',
      ),
    ),
  );
});

test('a rise told in passing (a participle, "were up") is read as that side: it is no opposite (Reuters)', () => {
  const italy =
    "Italy's consumer price index rose 0.4 pct in February compared with January after rising 0.6 pct in January over December, the national statistics institute (Istat) said.";
  assert.deepEqual(forms(italy), ['rose', '~rising']);
  // another period's opposite move is opposed; a sentence telling its rise in passing ("were up", "after rising") is not
  assert.deepEqual(opposedBy(s("Italy's consumer price index fell 0.2 pct in March, the national statistics institute said."), s(italy)), ['fell', 'rose']);
  assert.deepEqual(forms('Unit labor costs were up 2.3 pct in 1986 after rising 3.5 pct in 1985.'), ['~up #', '~rising']);
  assert.ok(
    !opposed(s('Unit labor costs fell 0.5 pct in the fourth quarter of 1986.'), s('Unit labor costs were up 2.3 pct in 1986 after rising 3.5 pct in 1985.')),
  );
});

test('refined copper stocks fall in one month and rise in another: opposite moves of one stock (Reuters)', () => {
  const fell =
    'Refined copper stocks held by U.S. refineries fell to 109,200 short tons at the end of January from 145,400 short tons at the end of December, the American Bureau of Metal Statistics reported.';
  const increased =
    'Refined copper stocks held by refineries outside the U.S. increased to a preliminary 277,500 short tons at the end of December from a preliminary 270,000 short tons (revised higher) at the end of November, the American Bureau of Metal Statistics said.';
  assert.deepEqual(opposedBy(s(fell), s(increased)), ['fell', 'increased']);
});

/** The units of articles given as lists of paragraphs, and each article's units. */
function story(articles: string[][]): { units: Unit[]; byDoc: Map<string, Unit[]> } {
  const documents = paragraphDocuments(articles);
  const units = buildUnits({ documents, enrichments: new Map(), entities: [], fallbackYear: 2013 });
  const byDoc = new Map<string, Unit[]>();
  for (const u of units) byDoc.set(u.doc, [...(byDoc.get(u.doc) ?? []), u]);
  return { units, byDoc };
}
const at = (units: Unit[], doc: string, sentence: number) => units.find((u) => u.doc === doc && u.sentence === sentence)!;
const refs = (us: Unit[]) => us.map((u) => `${u.doc}#${u.sentence}`);

test("the check-in line does not cite the articles' leaving sentences, and keeps the check-ins (ECB+ Lohan)", () => {
  const { units, byDoc } = story([
    [CHECKED_IN],
    [LEFT, 'The actress checked into the Betty Ford Center in May as part of a plea deal stemming from her June 2012 car accident case.'],
    [
      'Lindsay Lohan checked into the Betty Ford Clinic in Rancho Mirage, Calif., on Thursday night, for what is to be a three-month stay, her rep confirms to PEOPLE.',
    ],
  ]);
  const line = at(units, 'd0', 0);
  const members = [line, at(units, 'd1', 0), at(units, 'd1', 1), at(units, 'd2', 0)];
  assert.deepEqual(refs(citations(line, members, byDoc)), ['d0#0', 'd1#1', 'd2#0']);
  // the leaving line cites its own sentence, not the check-ins
  const left = at(units, 'd1', 0);
  assert.deepEqual(refs(citations(left, [line, left, at(units, 'd2', 0)], byDoc)), ['d1#0']);
});

test('a line telling the cited rise in a clause of its own, its figures alike, is not opposed by its other fall (Reuters)', () => {
  // N.Z. debt: the government's share rose to 21.32 billion from 20.75 billion, in both
  const debt =
    "Statistics Department figures show total debt fell to 32.94 billion N.Z. Dlrs in the December quarter from 33.42 billion in September, although the government's share rose to 21.32 billion from 20.75 billion.";
  assert.ok(!opposed(s(debt), s('Government departments and Reserve Bank foreign debt rose to 21.32 billion against 20.75 billion and 13.92 billion.')));
  // the Istanbul airport: "reopened today after a two-day closure" tells its closing too
  assert.ok(
    !opposed(
      s('The second blizzard to hit Istanbul in a week stopped yesterday afternoon and the international airport reopened today after a two-day closure.'),
      s("Istanbul's Ataturk international airport has been closed since yesterday."),
    ),
  );
});

test("the next month's opposite move stating the line's figure is no opposite: it states that figure (Reuters)", () => {
  assert.ok(
    !opposed(
      s(
        "Denmark's seasonally adjusted unemployment rate rose to 7.9 pct of the workforce in January from 7.8 pct in December, unchanged from January 1986, the National Statistics Office said.",
      ),
      s(
        "Denmark's seasonally adjusted unemployment rate fell to 7.8 pct of the workforce in February from 7.9 pct in January, against 7.9 pct in February 1986, the National Statistics Office said.",
      ),
    ),
  );
  // no figure in common: another week's opposite move of the same count
  assert.deepEqual(
    opposedBy(
      s(
        'U.S. drilling activity continued to slow last week as the number of active rotary rigs fell by 38 to a total of 801, against 1,248 working rigs one year ago, Hughes Tool Co said.',
      ),
      s('The U.S. drilling rig count rose by four last week to a total of 752, against 987 working rigs one year ago, Hughes Tool Co said.'),
    ),
    ['fell', 'rose'],
  );
});
