// Which sentences a briefing line cites, on real ECB+ sentences: per article the ones that state the line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphDocuments } from '../../test/paragraph-documents.ts';
import { buildUnits, type Unit } from './units.ts';
import { backs, citations, fullNamesFirst, ledesFirst, notesLast, sameEvent, standsAlone, trimLine } from './briefing.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

/** The units of articles given as lists of paragraphs, and each article's units (`enrich`: with their names and
 * quotes; `link`: and the story's entities linked across them). */
function story(articles: string[][], enrich = false, link = false): { units: Unit[]; byDoc: Map<string, Unit[]> } {
  const documents = paragraphDocuments(articles);
  const enrichments = new Map(enrich ? documents.map((d) => [d.id, enrichDocument(d)] as const) : []);
  const entities = link ? linkStory(documents, [...enrichments.values()]).entities : [];
  const units = buildUnits({ documents, enrichments, entities, fallbackYear: 2013 });
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

test('a sentence is read for standing alone past its dateline: "It" opening it after "WASHINGTON —" stands for nothing named (BASIL)', () => {
  const { units } = story([
    [
      'WASHINGTON — It is a lesson politicians never seem to learn from others’ mistakes: The microphone is always on.',
      'WASHINGTON — Real estate tycoon Donald Trump said Thursday he hopes questions surrounding Barack Obama’s U.S. citizenship won’t be the defining issue.',
    ],
  ]);
  assert.deepEqual(
    units.map((u) => standsAlone(u)),
    [false, true],
  );
});

test('he or she after an opening clause stands for no one a reader knows, unless a person is named or meant before it (BASIL, ECB+, Reuters)', () => {
  const { units } = story(
    [
      [
        'In 2010, after a wave of Tea Party Republicans swept Democrats out of power, she lost just 43 votes.',
        "As associate director of the FBI, he fought the president's efforts to obstruct the FBI's investigation of the Watergate break-in.",
        "The purchase will take government-owned Qantas's 747 fleet to 28, he said.",
        'Smart and ambitious as a teenager, she was the salutatorian of her high school graduation class and was voted "Most Likely to Succeed."',
        // a person named, or meant, before the pronoun; a pronoun after no opening clause
        'Before former President George W. Bush left office, he passed legislation that would have allowed federal agencies to skip consultations.',
        'Minutes after a woman was suspended and escorted from her job at the Kraft Foods plant in Northeast Philadelphia, she returned with a gun and opened fire.',
        "Last year, Ortiz won the department's Medal of Honor after he fatally shot a carjacker who drew a gun on him and his partner.",
      ],
    ],
    true,
  );
  assert.deepEqual(
    units.map((u) => standsAlone(u)),
    [false, false, false, false, true, true, true],
  );
});

test("a lone surname the article leaves untyped is a person when the story's entity is one (PolNeAR)", () => {
  const paragraphs = [
    'Donald Trump told supporters in Iowa that he had changed.',
    'According to Trump, he was once part of the so-called establishment, but is now “the worst thing that ever happened to the establishment.”',
  ];
  const documents = paragraphDocuments([paragraphs]);
  const enrichments = documents.map((d) => enrichDocument(d));
  const { entities } = linkStory(documents, enrichments);
  const build = (withEntities: boolean) =>
    buildUnits({ documents, enrichments: new Map([[documents[0].id, enrichments[0]]]), entities: withEntities ? entities : [], fallbackYear: 2016 });
  // alone, the article types "Trump" nothing; linked to Donald Trump, a person
  assert.equal(standsAlone(build(false)[1]), false);
  assert.equal(standsAlone(build(true)[1]), true);
});

test('a quote with no speaker in the sentence does not stand alone as a briefing line (Reuters, BASIL, ECB+)', () => {
  const { units } = story([
    [
      '"We do not view Berisford as providing the long-term stability we want."',
      '"We\'re the ones who are not raiding Medicare to pay for ObamaCare.',
      '“Because neighboring states have expressed concern about Colorado-grown marijuana coming into their states, we are not entirely surprised by this action," Suthers said.',
      '‘Catching Fire’ has a release date of 22 November 2013 with production starting later in the year.',
      '“Put big game trophy decision on hold until such time as I review all conservation facts,” he posted to Twitter.',
      // a quote begun in the sentence before, and one the line's trim would have stripped of its opening mark
      'Today, his fellow Missourians urged him to step aside, and I think he should accept their counsel and exit the Senate race."',
      '“Now when you need it, Obama has cut $716 billion from Medicare.',
      'Pelosi defeated her lone challenger, Rep. Tim Ryan (Ohio), by a vote of 134 to 63.',
    ],
  ]);
  assert.deepEqual(
    units.map((u) => standsAlone(u)),
    [false, false, true, true, false, false, false, true],
  );
});

test('a sentence sharing only names or a dateline with a briefing line does not back it; a day it shares is no name (BASIL)', () => {
  const { units } = story(
    [
      [
        '“The savings his ad attacks do not cut a single guaranteed Medicare benefit, and Mitt Romney embraced the very same savings when he promised he’d sign Paul Ryan’s budget,” Smith said.',
        'WASHINGTON — House Democrats on Wednesday rejected appeals that they need new leaders to win back disaffected voters, re-electing Representative Nancy Pelosi of California to an eighth term as House leader over a Rust Belt lawmaker.',
        'Huckabee, who left his job as a Fox News host earlier this year in preparation for a potential 2016 run, was Arkansas governor from 1996 to 2007, serving after Bill Clinton, who also is from Hope.',
        'The House approved the plan 234-193.',
        'Iowa Democratic Rep. Bruce Braley is under fire after a video surfaced Tuesday of him mocking Sen. Chuck Grassley, R-Iowa, as a “farmer from Iowa who never went to law school” — in the middle of Braley’s campaign for Senate in the state known for its agriculture industry.',
      ],
      [
        "WASHINGTON -- In the wake of Mitt Romney's choice of Paul Ryan as his vice presidential nominee, the politics of Medicare have become almost as complicated as the policy itself.",
        'WASHINGTON ― House Minority Leader Nancy Pelosi (D-Calif.)',
        'Huckabee made the announcement in his hometown of Hope, Arkansas.',
        'The For The People Act, which passed 234-193, was Democrats’ top priority upon winning control of the House in the 2018 elections.',
        // names and the day it happened: the same event
        'Rep. Bruce Braley (D-Iowa), who is running to succeed retiring Sen. Tom Harkin (D-Iowa), faced tough local coverage Tuesday after critical comments he made about Sen. Chuck Grassley (R-Iowa) were made public.',
      ],
    ],
    true,
  );
  const pairs = [0, 1, 2, 3, 4].map((i) => backs(at(units, 'd0', i), at(units, 'd1', i)));
  assert.deepEqual(pairs, [false, false, false, true, true]);
  // the dateline alone tells its place is a name, where no name was found there
  const plain = story([[at(units, 'd0', 1).text], [at(units, 'd1', 1).text]]).units;
  assert.equal(backs(plain[0], plain[1]), false);
});

test('a fragment does not stand alone: a subordinate clause alone, a cut or announcing end, a table row (ECB+, BASIL, Reuters)', () => {
  const { units } = story([
    [
      'As they attempted to break through a riot police cordon guarding Parliament and chased ceremonial guards away from the Tomb of the Unknown Soldier in front of the building.',
      "Trump responded to Cruz's allegations in a statement on Friday afternoon:",
      'Nichols was on trial for rape when on March 11, 2005 he overpowered a guard and seized her weapon, killing in the court room Judge Rowland Barnes and the court reporter Julie Ann Brandau;',
      '..............680 vs.......425 Including seasonal loans.',
      '............N.A. vs......N.A. Inc cash equal to req res.',
      'The following proposed securities offerings were filed recently with the Securities and Exchange Commission:',
      // a connective before a verb: no subject (Reuters)
      'And is available in denominations of 5,000 dlrs and will be listed in Luxembourg.',
      'Also includes writedowns of oil and gas assets and tubular goods inventory of 82.2 mln dlrs.',
      // whole sentences: a subordinate clause before its main clause, an ellipsis, an abbreviation's stop
      "As Bettie's biographer -- and the only one with whom she ever cooperated -- I can tell you that she shaped a series of novels.",
      'When the fire broke out on Friday night, a handful of people were inside the Wasilla Bible Church.',
      'AMAX Inc said it has identified additional gold and silver ore reserves at its Sleeper Mine near Winnemucca, Nev..',
      'Alex Rodriguez is guaranteed to make $27.5 million a year through 2017 with the Yankees....',
    ],
  ]);
  assert.deepEqual(
    units.map((u) => standsAlone(u)),
    [false, false, false, false, false, false, false, false, true, true, true, true],
  );
});

test("two sentences dating, placing and measuring one event alike are one line, their other words aside; the story's own event on another count is not, nor an organisation's figure and month (ECB+ 20, the Qeshm quake; Reuters, OPEC)", () => {
  const { units } = story(
    [
      ['In February, a quake measuring 6.4 on the Richter scale hit the southern town of Zarand, killing 612 people and wounding around 1,400.'],
      [
        'The last major quake to hit southern Iran was in February, when a magnitude-6.4 temblor rocked Zarand, a town of about 15,000 people in Kerman province 602 miles southeast of Tehran.',
      ],
      ["A 6.4-magnitude quake hit the town of Zarand in Iran's Kerman province in February, killing hundreds of people."],
      ["A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people and damaging buildings, Iranian media said."],
      [
        'Power was restored to the afflicted villages on the Gulf island of Qeshm after a blackout caused by the quake, which struck on Sunday with a force of about 6.0 on the Richter scale.',
      ],
      [
        'Saudi Arabia was a main architect of the December accord, under which OPEC agreed to lower its total output ceiling by 7.25 pct to 15.8 mln barrels per day (bpd) and return to fixed prices of around 18 dlrs a barrel.',
      ],
      [
        'OPEC output in February was "well below" the 15.8 mln bpd ceiling it set in December and all countries are strictly adhering to their quotas, the OPEC news agency Opecna quoted an OPEC secretariat official as saying.',
      ],
    ],
    true,
    true,
  );
  const [toll, temblor, hundreds, sunday, power, accord, below] = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6'].map((d) => at(units, d, 0));
  // "magnitude-6.4" is the quake's measure, not a code like "Su-35"
  assert.deepEqual(
    temblor.figures.map((f) => f.value),
    [6.4, 15000, 602],
  );
  assert.ok(sameEvent(temblor, toll) && sameEvent(toll, temblor));
  assert.ok(sameEvent(hundreds, toll) && sameEvent(hundreds, temblor));
  assert.ok(!sameEvent(sunday, power) && !sameEvent(sunday, toll));
  assert.ok(!sameEvent(below, accord) && !sameEvent(accord, below));
});

test('a sentence read once for standing alone keeps the answer in its unit, asked again the same (ECB+)', () => {
  const { units } = story([
    [
      'Progressivism, he told the Conservative Political Action Conference, is a cancer that must be cut out of the system.',
      'Rick Santorum said Sunday he wasn\'t questioning whether President Obama is a Christian when he referred to his "phony theology" over the weekend.',
    ],
  ]);
  assert.deepEqual(
    units.map((u) => u.alone),
    [0, 0],
  );
  const first = units.map((u) => standsAlone(u));
  assert.deepEqual(
    units.map((u) => u.alone),
    [2, 1],
  );
  assert.deepEqual(
    units.map((u) => standsAlone(u)),
    first,
  );
});

test('a line going on a quote begun the sentence before gets its opening mark back; one all inside a quote does not stand alone (BASIL, Reuters, ECB+)', () => {
  assert.equal(
    trimLine(
      'TRW only pretends to be an honest citizen when that scheme best fits their financial interests," Larry Eagleye said in testimony at a House Oversight subcommittee hearing.',
    ),
    '"TRW only pretends to be an honest citizen when that scheme best fits their financial interests," Larry Eagleye said in testimony at a House Oversight subcommittee hearing.',
  );
  // its words as written: no connective dropped inside the quote
  assert.equal(
    trimLine(
      'However, we believe that further study is needed before the department can propose a definitive response to this recommendation," the DOT report said.',
    ),
    '"However, we believe that further study is needed before the department can propose a definitive response to this recommendation," the DOT report said.',
  );
  assert.equal(trimLine('Flynn lied and they destroyed his life,” Trump said.'), '“Flynn lied and they destroyed his life,” Trump said.');
  // (a paragraph each: the sentences of an article's paragraph, read through for the quotation open at each)
  const { units } = story([
    ['“Hillary Clinton lied many times to the FBI, nothing happened to her. Flynn lied and they destroyed his life,” Trump said.'],
    // (“Nothing happened to her.” is too short for a statement: no unit)
    ['“Nothing happened to her. Flynn lied and it’s like they ruined his life.'],
    [
      // the quote masked, "he" is the speaker, named nowhere before it
      '"One should not forget that it is impossible only to buy from the United States. We must be able to sell our products to the United States as well," he said in an interview.',
    ],
    // the quote's own first word a pronoun: as dangling as when the line had no mark (Reuters, the Tower report)
    [
      '"They protected the record as to their own positions on this issue. They were not energetic in attempting to protect the president from the consequences," it said.',
    ],
    // a quote left open at a paragraph's end closes with it: the next paragraph's sentence is the article's
    // ("The situation now ..." no unit: too short)
    ['"The situation now is worse than it was.', 'Brazil has suspended interest payments on its commercial bank debt to foreign banks.'],
  ]);
  assert.deepEqual(
    units.map((u) => [u.inQuote, standsAlone(u)]),
    [
      [false, false],
      [true, true],
      [true, false],
      [false, false],
      [true, false],
      [false, false],
      [true, false],
      [false, true],
    ],
  );
});

test("the briefing's single-source tail puts an article's lede before a later line of its article or naming its people; a lede of another subject keeps its place (BASIL, Reuters)", () => {
  const { units, byDoc } = story(
    [
      [
        'Former Mexican President Vicente Fox says Mexico will not pay for a wall along the U.S. border, despite what GOP presidential hopeful Donald Trump may claim.',
        'Fox said, as a taxpayer, he’s not willing to fund Trump’s big idea.',
        '“I’m not going to pay for that fucking wall,” Fox told Fusion’s Jorge Ramos in an interview airing Thursday.',
      ],
      ['Japan bought 5,000 tonnes of Canadian rapeseed overnight at an undisclosed price for April shipment, trade sources said.'],
      [
        'The head of the National Merchant Marine Authority, Murilo Rubens Habbema, was quoted today as saying that if the strike continued foreign ships could be authorized to transport Brazilian exports.',
        "Pay talks aimed at ending a week-old national seamen's strike collapsed today and the strike will continue, a union official said.",
      ],
    ],
    true,
    true,
  );
  const picked = [at(units, 'd2', 1), at(units, 'd0', 2), at(units, 'd1', 0), at(units, 'd0', 0)];
  // a company named in both is no reason: Alcan's stock split keeps its place after its smelter's closing
  const alcan = story(
    [
      [
        '(Alcan Aluminium Ltd) is closing its aluminum smelter in Ludwigshafen, West Germany this June due to high operating costs, an Alcan spokesman said.',
        'The smelter, near Frankfurt, had annual capacity of about 44,000 metric tons but was operating at about half that in January, spokesman Fernand Leclerc said.',
        'Leclerc said Alcan decided it would cost too much to modernize the plant.',
      ],
      ['Alcan Aluminium Ltd said its board declared a three-for-two stock split, subject to shareholder approval at the April 23 annual meeting.'],
    ],
    true,
    true,
  );
  const split = [at(alcan.units, 'd0', 2), at(alcan.units, 'd1', 0)];
  const splitLines = split.map((u) => ({ text: u.text, support: [{ document: u.doc, sentence: u.sentence }], singleSource: true as const }));
  assert.deepEqual(
    ledesFirst(splitLines, split, 0, alcan.byDoc).map((l) => l.text),
    split.map((u) => u.text),
  );
  const lines = picked.map((u) => ({ text: u.text, support: [{ document: u.doc, sentence: u.sentence }], singleSource: true as const }));
  // the corroborated lines before the tail keep their places
  const order = ledesFirst(lines, picked, 1, byDoc).map((l) => `${l.support[0].document}#${l.support[0].sentence}`);
  assert.deepEqual(order, ['d2#1', 'd0#0', 'd0#2', 'd1#0']);
});

test('"it said" right after a quote is a speaker the line does not name; a company\'s "..., it added" without a quote still stands alone (Reuters)', () => {
  const { units } = story([
    [
      '"Measures taken so far are satisfactory and there is no need to take other ones -- the devaluation of the shilling included," it said.',
      'Firestone is willing to sell the plant to its employees if a buyer cannot be found, it added.',
    ],
  ]);
  assert.deepEqual(
    units.map((u) => standsAlone(u)),
    [false, true],
  );
});

/** Briefing lines of the units, single-source or not, and the map from each line to its unit. */
function linesOf(us: Unit[], single: boolean[]) {
  const lines = us.map((u, i) => ({
    text: u.text,
    support: [{ document: u.doc, sentence: u.sentence }],
    ...(single[i] ? { singleSource: true as const } : {}),
  }));
  return { lines, unitOf: new Map(lines.map((l, i) => [l, us[i]] as const)) };
}
const where = (lines: Array<{ support: Array<{ document: string; sentence: number }> }>) =>
  lines.map((l) => `${l.support[0].document}#${l.support[0].sentence}`);

test('a person named by surname alone ("Mr. Braley", "Felt") is met first in the line naming them in full; a title of office says who, a courtesy title or a sentence opener does not (BASIL, ECB+)', () => {
  const { units, byDoc } = story(
    [
      [
        'Mr. Braley apologized to Senator Charles E. Grassley, Republican of Iowa, and “anyone I may have offended” after video emerged of him mocking the senator.',
        'If Braley wins the seat, Democrats could keep the Senate majority this year.',
      ],
      [
        'Rep. Bruce Braley (D-Iowa), who is running to succeed retiring Sen. Tom Harkin (D-Iowa), faced tough local coverage Tuesday after critical comments he made about Grassley.',
        'The comments were first posted by America Rising, a conservative political action committee.',
      ],
    ],
    true,
    true,
  );
  const braley = at(units, 'd0', 0);
  assert.equal(braley.surnames.length, 1);
  assert.equal(braley.fullNames.length, 1, 'Senator Charles E. Grassley');
  assert.equal(at(units, 'd0', 1).surnames.length, 1, '"If" is no title');
  assert.ok(at(units, 'd1', 0).fullNames.includes(braley.surnames[0]));
  const { lines, unitOf } = linesOf([braley, at(units, 'd0', 1), at(units, 'd1', 0)], [false, false, true]);
  assert.deepEqual(where(fullNamesFirst(lines, unitOf, byDoc)), ['d1#0', 'd0#0', 'd0#1']);
  // a single-source line that is not its article's lede stays after the corroborated lines
  const late = story(
    [
      ['Mr. Braley apologized to Senator Charles E. Grassley, Republican of Iowa, after video emerged of him mocking the senator.'],
      [
        'Democrats hold a narrow majority in the Senate this year.',
        'Rep. Bruce Braley (D-Iowa) faced tough local coverage Tuesday after critical comments he made about Grassley.',
      ],
    ],
    true,
    true,
  );
  const kept = linesOf([at(late.units, 'd0', 0), at(late.units, 'd1', 1)], [false, true]);
  assert.deepEqual(where(fullNamesFirst(kept.lines, kept.unitOf, late.byDoc)), ['d0#0', 'd1#1']);
});

test('a name run into a word by a hyphen names no one ("an Obama-era ban"); a title of office before a surname names the person (BASIL, ECB+)', () => {
  const { units } = story(
    [
      [
        'President Barack Obama signed the ban on elephant trophies in 2014.',
        'The administration reversed an Obama-era ban on the importation of elephant trophies from Zimbabwe.',
        "Deputy Ortiz had served with the Los Angeles County Sheriff's Department for 15 years.",
        'Deputy Jerry Ortiz was shot and killed after knocking on a door during an investigation.',
      ],
    ],
    true,
    true,
  );
  assert.deepEqual(at(units, 'd0', 1).surnames, []);
  assert.deepEqual(at(units, 'd0', 2).surnames, []);
  assert.equal(at(units, 'd0', 2).fullNames.length, 1);
});

test("a table's notes go after the briefing's other lines, each part in its order (Reuters)", () => {
  const line = (text: string) => ({ text, support: [{ document: 'd0', sentence: 0 }] });
  const lines = [
    line('NOTE: in qtr ended 1986 the company recognized expenses of 5,948,000 for restructing the combined operations of BBDO.'),
    line('NOTE: Qtly div payable April six to holders of record March 16.'),
    line('For the year 1986, the provisions for mergers and restructuring expenses brought non-recurring expenses to 40,292,000 before tax gains.'),
    line('Note continued: 1986 year excludes extraordinary gain of 14,360,000 dlrs or 94 cts share.'),
  ];
  assert.deepEqual(
    notesLast(lines).map((l) => l.text.slice(0, 12)),
    ['For the year', 'NOTE: in qtr', 'NOTE: Qtly d', 'Note continu'],
  );
});

test("a straight mark spaced as an opener opens a quote whatever a stray mark before left open (the sentence after reads as the article's own)", () => {
  const { units } = story([
    [
      'The monitor is 14" wide and sells for 300 dlrs. Police said "the suspect fled on foot." Officers searched the neighborhood for several hours afterwards.',
    ],
  ]);
  assert.equal(at(units, 'd0', 2).inQuote, false);
  assert.equal(standsAlone(at(units, 'd0', 2)), true);
});
