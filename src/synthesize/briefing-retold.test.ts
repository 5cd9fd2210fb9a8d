// A briefing line telling a picked line's event, quote or figures again in other words, on the stories' own
// sentences (ECB+ Felt, the IE patch, Gupta, Tara Reid, Bush; BASIL Trump, Braley): retold says why, and leaves a
// general remark, another subject's words on the event, another quote and a fact of its own alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphDocuments } from '../../test/paragraph-documents.ts';
import { buildUnits, type Unit } from './units.ts';
import { retold, sameFigures, sameHappening, sameQuote } from './briefing.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

/** The units of articles given as lists of paragraphs (undated, as ECB+'s are), enriched and linked. */
function story(articles: string[][]): Unit[] {
  const documents = paragraphDocuments(articles);
  const enrichments = new Map(documents.map((d) => [d.id, enrichDocument(d)] as const));
  const { entities } = linkStory(documents, [...enrichments.values()]);
  return buildUnits({ documents, enrichments, entities, fallbackYear: 2008 });
}
const find = (units: Unit[], start: string) => units.find((u) => u.text.startsWith(start))!;

test("a line opening with a picked line's subject, telling its event by a verb of one lemma on one day, retells it (ECB+ Felt)", () => {
  const units = story([
    [
      'W. Mark Felt Sr., the associate director of the FBI during the Watergate scandal who, better known as "Deep Throat," became the most famous anonymous source in American history, died yesterday.',
      "Rob Jones, Felt's grandson, said his grandfather died at his home in Santa Rosa, California.",
    ],
    [
      "W. Mark Felt, Sr., the number 2 man at the FBI during the Watergate scandal, died yesterday from Alzheimer's disease at a hospice near his home in Santa Rosa, California, the Washington Post reports.",
    ],
  ]);
  const first = find(units, 'W. Mark Felt Sr.');
  const again = find(units, 'W. Mark Felt, Sr.');
  const grandson = find(units, 'Rob Jones');
  assert.ok(sameHappening(again, first));
  assert.equal(retold(again, first), 'event');
  // the grandson's words on the death: another subject
  assert.equal(retold(again, grandson), null);
});

test('the release told again naming the same browser, not the monthly habit nor another day (ECB+ IE patch)', () => {
  const units = story([
    ['Microsoft has released an emergency patch to fix a software flaw that allows hackers to get into Internet Explorer browsers and take over computers.'],
    [
      'Microsoft today issued an emergency update to plug a critical security hole present in all versions of its Internet Explorer Web browser, a flaw that hackers have been leveraging to steal data from millions of Windows users.',
    ],
    [
      'Microsoft released a critical security patch on Wednesday to plug vulnerabilities in Internet Explorer, a move that comes amid malicious attackers taking advantage of the security flaws.',
    ],
    [
      'Microsoft typically releases patches for its software on the second Tuesday of each month and rushing this fix to computer users out-of-cycle is testimony to the severe danger of the threat, according to Trend Micro.',
    ],
  ]);
  const released = find(units, 'Microsoft has released');
  const wednesday = find(units, 'Microsoft released');
  const monthly = find(units, 'Microsoft typically');
  assert.equal(retold(wednesday, released), 'event');
  // Microsoft and a verb of release alone: a general remark, no object in common
  assert.equal(retold(monthly, released), null);
  // an undated article's "today" and another's "Wednesday": days apart as written, no retelling told by the day
  assert.equal(retold(wednesday, find(units, 'Microsoft today')), null);
});

test('the approach confirmed again (ECB+ Gupta)', () => {
  const units = story([
    ["CNN has confirmed Gupta has been approached by the president-elect's transition team."],
    [
      'CNN medical reporter and Grady hospital neurosurgeon Dr. Sanjay Gupta has been approached by the Obama administration to fill the post of U.S. Surgeon General, CNN officials confirmed Tuesday.',
    ],
  ]);
  assert.equal(retold(find(units, 'CNN medical'), find(units, 'CNN has')), 'event');
});

test("a line quoting a picked line's quote again retells it; another quote of the same man does not (BASIL Trump, Braley)", () => {
  const units = story([
    [
      'President Donald Trump used Twitter to tear into social media companies Saturday morning, claiming they were “totally discriminating against Republican/Conservative voices.”',
      'In his tweets on Saturday, Mr. Trump urged social media companies to “let everybody participate, good & bad,” saying that while networks like CNN and MSNBC might be “fake news,” he does not “ask that their sick behavior be removed.”',
    ],
    [
      '“Social Media is totally discriminating against Republican/Conservative voices,” Mr. Trump wrote on Twitter, saying that “censorship is a very dangerous thing.”',
    ],
    [
      'Mr. Braley apologized to Senator Charles E. Grassley, Republican of Iowa, and “anyone I may have offended” after video emerged of him warning that “a farmer from Iowa who never went to law school, never practiced law” could become chairman of the Judiciary Committee.',
    ],
    ['“I apologize to Sen. Grassley and anyone I may have offended,” Braley wrote.'],
  ]);
  const claiming = find(units, 'President Donald Trump');
  const wrote = find(units, '“Social Media');
  const urged = find(units, 'In his tweets');
  assert.ok(sameQuote(wrote, claiming));
  assert.equal(retold(wrote, claiming), 'quote');
  assert.ok(!sameQuote(urged, claiming));
  assert.equal(retold(find(units, '“I apologize'), find(units, 'Mr. Braley')), 'quote');
});

test('a term of art quoted beside a figure of its own, and a passive election naming others, retell nothing (Reuters rubber pact, PHLCorp)', () => {
  const units = story([
    [
      'Consumers are seeking an adjustment of the reference price, set in the current accord at 201.66 Malaysian/Singapore cents a kilo, and of the "lower indicative price" if the buffer stock, currently 360,000 tonnes, rises to 450,000 tonnes.',
    ],
    [
      'The sources said this means that any possible adjustment would centre on the reference price, and the "may buy" (or "may sell") and "must buy" (or "must sell") levels without changing the "lower indicative price" (or floor price) of 150 Malaysian/Singapore cents a kilo in the present pact.',
    ],
    [
      'PHLCorp said its shareholders elected Ian M. Cumming as chairman, succeeding Victor H. Palmieri, and Joseph S. Steinberg as president, succeeding Peter A. Martosella.',
    ],
    [
      'PHLCorp, formerly Baldwin-United Corp, said Cumming and Steinberg were also elected to the board of directors, as were James N. Kimball and Michael T. Lynch.',
    ],
  ]);
  assert.equal(retold(find(units, 'The sources'), find(units, 'Consumers')), null);
  // "were also elected": the passive, another event than the shareholders' electing
  assert.ok(!sameHappening(find(units, 'PHLCorp, formerly'), find(units, 'PHLCorp said')));
});

test('the doer named after a title, inside a that-clause or inside a quote tells the event again (ECB+ Tara Reid)', () => {
  const units = story([
    ['Actress Tara Reid entered well-known Malibu rehab center Promises Treatment Center, reportedly of her own desire.'],
    ['In a statement from her people, it was confirmed, "Tara Reid has checked herself into Promises Treatment Center."'],
    [
      'Word comes from People magazine and other celebrity news outlets that Tara Reid, 33, who starred in "American Pie" and appeared on U.S. TV show "Scrubs," has entered the Promises Treatment Center in Malibu, California - the same facility that in the past has been the rehab facility of choice for many a Hollywood star.',
    ],
    ["The original trainwreck Tara Reid's publicist confirmed that the actress Reid was admitted into Promises Treatment Center in Los Angeles, California."],
    ['Jack Ketsoyan said Friday that the "American Pie" star went to the Promises Treatment Center.'],
    ['The actress, 33, reportedly headed to a Malibu treatment facility on Tuesday.'],
  ]);
  const entered = find(units, 'Actress Tara Reid');
  // her name after the title "Actress"; inside the quote with its verb; after "that" (her age in apposition no figure)
  assert.equal(retold(find(units, 'In a statement'), entered), 'event');
  assert.equal(retold(find(units, 'Word comes'), entered), 'event');
  assert.equal(retold(find(units, 'The original'), entered), 'event');
  // no one named doing it, or another verb: left alone
  assert.equal(retold(find(units, 'Jack Ketsoyan'), entered), null);
  assert.equal(retold(find(units, 'The actress, 33'), entered), null);
});

test('figures with what they count given again by a line naming no one retell them; an event or a contrast of its own does not (ECB+ Bush, Staunton)', () => {
  const units = story([
    ['Bush rushed for 404 yards and two touchdowns, caught 52 passes for 440 yards and four TDs, and scored three touchdowns on punt runbacks this season.'],
    ['The former Southern California star finished his third season in New Orleans with just 404 yards and two touchdowns on 106 carries.'],
    [
      "Staunton Police this morning arrested Sharron Diane Crawford Smith, of Staunton, on first-degree murder charges in the 1967 slayings of two women at High's Ice Cream Shop.",
    ],
    [
      'A co-worker has been charged in the 1967 slayings of two women at an ice cream shop in Staunton, but authorities say the suspect is near death with a terminal illness.',
    ],
  ]);
  const rushed = find(units, 'Bush rushed');
  const star = find(units, 'The former');
  assert.ok(sameFigures(star, rushed));
  assert.equal(retold(star, rushed), 'figures');
  // the fuller line gives four figures of its own: not the other's again
  assert.equal(retold(rushed, star), null);
  assert.equal(retold(find(units, 'A co-worker'), find(units, 'Staunton Police')), null);
});

test('a participle after another subject is no retelling of the release: the line gives advice (ECB+ IE patch)', () => {
  const units = story([
    ['Microsoft has released an emergency patch to fix a software flaw that allows hackers to get into Internet Explorer browsers and take over computers.'],
    ["Security experts say that Web surfers should immediately install a new bug-fix for Microsoft's Internet Explorer browser, released Wednesday morning."],
  ]);
  assert.equal(retold(find(units, 'Security experts'), find(units, 'Microsoft has')), null);
});

test('figures alike in a line naming its own subject undescribed retell nothing (Reuters crude postings, Singapore pump prices)', () => {
  const units = story([
    ['UNOCAL RAISED CRUDE OIL POSTINGS 50 CTS/BBL, WTI NOW 19 DLRS/BBL'],
    ['DIAMOND SHAMROCK RAISES CRUDE OIL POSTED PRICES 50 CTS A BBL, EFFECTIVE YESTERDAY, WTI TO 19 DLRS.'],
    ['Caltex and Shell will set prices of 0.15 gm lead at 96.8 cents/litre for 97 octane and 90.2 cents for 92 octane.'],
    ['Grade 92 octane will be 90.2 cents against 87.6 previously.'],
  ]);
  assert.equal(retold(find(units, 'DIAMOND'), find(units, 'UNOCAL')), null);
  assert.equal(retold(find(units, 'Grade 92'), find(units, 'Caltex')), null);
});
