import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { documentFeatures } from './features.ts';
import { clusterStories } from './index.ts';
import { docAgreement, leadSubject, lowerAmong, nameKey, storyAgreement, type Leads } from './lead.ts';
import { scratchDir } from '../../test/scratch.ts';

// real Reuters-21578 items of three templates (eurobond issues, quarterly results, dividends), several companies each
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster', 'reuters-issuers.jsonl');
const docs = (await readDocuments([FIXTURE])).documents;
const byId = (id: string) => docs.find((d) => d.id === id) ?? assert.fail(`no document ${id}`);
const lead = (id: string) => {
  const d = byId(id);
  return leadSubject(d, documentFeatures(d).names);
};

test("an item's lead subject is the organisation opening its title or first sentence", () => {
  // "GECC ISSUES 75 MLN AUSTRALIAN DLR EUROBOND" / "General Electric Credit Corp is issuing ..."
  assert.deepEqual(lead('2272'), ['gecc', 'generalelectric']);
  // "DAHLBERG INC <DAHL> 4TH QTR NET" (the text holds only figures)
  assert.deepEqual(lead('138'), ['dahl', 'dahlberg']);
  // "THE CHUBB CORP <CB> SETS QTRLY PAYOUT" and "CHUBB CORP <CB> SETS QUARTERLY" share it
  assert.deepEqual(lead('2809'), ['cb', 'chubb']);
  assert.deepEqual(lead('2773'), ['cb', 'chubb']);
  // a name in angle brackets: "<IVACO INC> YEAR NET"
  assert.deepEqual(lead('93'), ['ivaco']);
  // "TWA <TWA> MAKES MERGER OFFER FOR USAIR <U>" / "Trans World Airlines said ..."
  assert.deepEqual(lead('1735'), ['trans', 'twa']);
});

test("different companies' same-template items stay apart; one company's items still join", () => {
  const groups = clusterStories(docs);
  const storyOf = new Map(groups.flatMap((g, i) => g.documents.map((d) => [d, i] as const)));
  const together = (a: string, b: string) => storyOf.get(a) === storyOf.get(b);
  // eurobonds: GECC, Merrill Lynch, McDonalds, Unilever Australia
  for (const [a, b] of [
    ['2272', '301'],
    ['2272', '1922'],
    ['1922', '3000'],
  ])
    assert.ok(!together(a, b), `${byId(a).title} / ${byId(b).title}`);
  // 4th quarter results of Dahlberg, Strober, Technology Development, Jones Medical
  for (const [a, b] of [
    ['138', '456'],
    ['621', '1344'],
  ])
    assert.ok(!together(a, b), `${byId(a).title} / ${byId(b).title}`);
  // one company's items: Scotia Mortgage's eurobond twice, Pirelli's twice, Chubb's dividend twice
  for (const [a, b] of [
    ['1086', '1089'],
    ['2143', '2158'],
    ['2773', '2809'],
  ])
    assert.ok(together(a, b), `${byId(a).title} / ${byId(b).title}`);
  // two companies' items of one affair, each naming the other: TWA's bid for USAir and USAir's answers
  for (const [a, b] of [
    ['1735', '1996'],
    ['1735', '1771'],
  ])
    assert.ok(together(a, b), `${byId(a).title} / ${byId(b).title}`);
  // the reason is the item's: GECC's opened its own story, Merrill Lynch's the closest
  const gecc = groups.flatMap((g) => g.members).find((m) => m.document === '2272');
  assert.match(gecc?.reason ?? '', /opened the story; closest story .* \(other lead subjects \(gecc \/ \w+, 0% agree\): score x0\.\d+\)/);
});

test("an item naming the other side's lead subject is of one affair with it, not another company's same-template item", () => {
  // TWA's bid (1735) and USAir's answer (1996): the answer names Trans World Airlines
  const twa: Leads = { keys: new Map(lead('1735').map((k) => [k, 1])), members: 1 };
  const usair: Leads = { keys: new Map(lead('1996').map((k) => [k, 1])), members: 1 };
  const names = (id: string) => {
    const f = documentFeatures(byId(id)).names;
    return (k: string) => f.has(k);
  };
  assert.equal(docAgreement(lead('1996'), twa, names('1996'), names('1735')), 1);
  assert.equal(storyAgreement(twa, usair, names('1735'), names('1996')), 1);
  // GECC's and Merrill Lynch's eurobonds: neither names the other
  const merrill: Leads = { keys: new Map(lead('301').map((k) => [k, 1])), members: 1 };
  assert.equal(docAgreement(lead('2272'), merrill, names('2272'), names('301')), 0);
});

// real Reuters-21578 flashes (a title in capitals and nothing else) beside their companies' full items: February
// sales and car output, late-February car sales, load factors, quarterly figures, rating changes, bank borrowings
const FLASHES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster', 'reuters-flashes.jsonl');
const flashes = (await readDocuments([FLASHES])).documents;
const flash = (id: string) => flashes.find((d) => d.id === id) ?? assert.fail(`no document ${id}`);
const flashLead = (id: string) => leadSubject(flash(id), documentFeatures(flash(id)).names);

test("a flash's subject is the few words before its period; a bank issuing is a subject, a bank in a topic is not", () => {
  // "GM FEBRUARY U.S. CAR OUTPUT 358,661, ..." / "GENERAL MOTORS LATE FEBRUARY CAR SALES ..." / "CANADA 4TH QTR ..."
  assert.deepEqual(flashLead('831'), ['gm']);
  assert.deepEqual(flashLead('1612'), ['generalmotors']);
  assert.deepEqual(flashLead('1050'), ['canada']);
  // "K MART CORP FEBRUARY SALES ...": a single letter goes with the word after it
  assert.deepEqual(flashLead('2014'), ['kmart']);
  // "U.S. BANK DISCOUNT BORROWINGS ...", as a flash and with "U.S. bank discount window borrowings" in its text
  assert.deepEqual(flashLead('94'), []);
  assert.deepEqual(flashLead('109'), []);
  // "The Bank of England said ...": the bank's name, not its head
  assert.ok(flashLead('336').includes('england'));
  // "COMMONWEALTH BANK OF AUSTRALIA ISSUES NOVEL BOND" (the text writes "Commonwealth Bank")
  assert.deepEqual(lead('1928'), ['commonwealth']);
  // "Standard and Poor's Corp said it upgraded ...": the rating agency is not the item's subject
  assert.deepEqual(flashLead('618'), ['nav', 'navistar']);
});

test("a flash reads no names (its template's words would be every flash's), a company's or not; a full item keeps them", () => {
  assert.equal(documentFeatures(flash('2141')).names.size, 0);
  // "U.S. BANK DISCOUNT BORROWINGS AVERAGE 310 MLN DLRS IN FEB 25 WEEK, FED SAYS": no company, no names either
  assert.equal(documentFeatures(flash('94')).names.size, 0);
  assert.ok(documentFeatures(flash('109')).names.size > 0);
});

test("different companies' flashes stay apart; a company's flash joins its full item", () => {
  const groups = clusterStories(flashes);
  const storyOf = new Map(groups.flatMap((g, i) => g.documents.map((d) => [d, i] as const)));
  const together = (a: string, b: string) => storyOf.get(a) === storyOf.get(b);
  // K Mart / Walgreen, Zayre / Walgreen (February sales), GM / AMC / Ford (late-February car sales), Delta / TWA
  // (load factors), Canada's GDP / Royal Bank of Canada's results (4th and 1st quarters), Navistar / Beverly (S/P)
  for (const [a, b] of [
    ['2014', '1165'],
    ['2141', '1165'],
    ['1612', '1613'],
    ['1530', '1612'],
    ['2313', '2311'],
    ['1049', '1109'],
    ['618', '2296'],
  ])
    assert.ok(!together(a, b), `${flash(a).title} / ${flash(b).title}`);
  // GM's output, Zayre's and K Mart's sales, Royal Bank's results, Delta's load factor, Ford's and Wal-Mart's sales
  for (const [a, b] of [
    ['831', '832'],
    ['2141', '2192'],
    ['2014', '2040'],
    ['1109', '1124'],
    ['2313', '2319'],
    ['1530', '1544'],
    ['2103', '2106'],
  ])
    assert.ok(together(a, b), `${flash(a).title} / ${flash(b).title}`);
});

test("a bank's bond issue stays apart from another issuer's", () => {
  const groups = clusterStories(docs);
  const storyOf = new Map(groups.flatMap((g, i) => g.documents.map((d) => [d, i] as const)));
  // Commonwealth Bank of Australia / GECC, Deutsche Bank's unit; GECC / Montedison's unit (Australian dollar bonds)
  for (const [a, b] of [
    ['1928', '2272'],
    ['1928', '1141'],
    ['2272', '923'],
  ])
    assert.ok(storyOf.get(a) !== storyOf.get(b), `${byId(a).title} / ${byId(b).title}`);
});

test("a press headline's capitalised words and figures are no flash's period: no subject there", async () => {
  const at = (file: string) => join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster', file);
  const titles = ['Colts Beat Chiefs 20-13, Clinch', 'COLTS BEAT CHIEFS 20-13', 'Glenn Beck CPAC 2010'];
  // the records holding these headlines, in their order (an article's reading depends on no other article)
  const records = ['ecbplus-dev.jsonl', 'basil-dev.jsonl'].flatMap((f) =>
    readFileSync(at(f), 'utf8')
      .split('\n')
      .filter((l) => titles.some((t) => l.includes(t))),
  );
  const file = join(scratchDir('cc-lead-'), 'press.jsonl');
  writeFileSync(file, `${records.join('\n')}\n`);
  const press = (await readDocuments([file])).documents;
  const subject = (title: string) => {
    const d = press.find((x) => x.title.startsWith(title)) ?? assert.fail(`no document ${title}`);
    return leadSubject(d, documentFeatures(d).names);
  };
  // "Colts Beat Chiefs 20-13, Clinch 5th Seed ...", "COLTS BEAT CHIEFS 20-13 ...": a score, not a year
  assert.deepEqual(subject('Colts Beat Chiefs 20-13, Clinch'), []);
  assert.deepEqual(subject('COLTS BEAT CHIEFS 20-13'), []);
  // "Glenn Beck CPAC 2010 Speech ...": a headline in title case, not a flash in capitals
  assert.deepEqual(subject('Glenn Beck CPAC 2010'), []);
});

// real Reuters-21578 stake filings by unnamed investor groups (different companies) and N.V. Philips' items
const GROUPS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster', 'reuters-groups.jsonl');
const groupDocs = (await readDocuments([GROUPS])).documents;
const groupLead = (id: string) => {
  const d = groupDocs.find((x) => x.id === id) ?? assert.fail(`no document ${id}`);
  return documentFeatures(d).lead;
};

test("a legal form or an organisation's head alone is no subject; the name after it or the title's ticker is", () => {
  // "GROUP HAS 5.1 PCT OF UNICORP AMERICAN <UAC>": every unnamed group's filing shared "group"
  assert.deepEqual(groupLead('7817'), ['uac']);
  assert.deepEqual(groupLead('7490'), ['atrc']);
  assert.deepEqual(groupLead('18182'), ['dlogo']);
  // "GROUP BOOSTS SCANDINAVIA FUND <SCF> STAKE": its verb is no name either
  assert.deepEqual(groupLead('2551'), ['scf']);
  // "INVESTMENT GROUP RAISES ROBESON <RBSN> STAKE" opens with no name at all
  assert.deepEqual(groupLead('135'), ['rbsn']);
  // "NV PHILIPS SHARES ...", "NV Philips Gloeilampenfabrieken <PGLO.AS.> said ..."
  assert.deepEqual(groupLead('8851'), ['philips']);
  assert.deepEqual(groupLead('7578'), ['philips']);
});

test("unnamed groups' stake filings in different companies stay apart; one company's items still join", () => {
  const groups = clusterStories(groupDocs);
  const storyOf = new Map(groups.flatMap((g, i) => g.documents.map((d) => [d, i] as const)));
  const together = (a: string, b: string) => storyOf.get(a) === storyOf.get(b);
  for (const [a, b] of [
    ['7490', '7817'],
    ['6103', '7490'],
    ['135', '1118'],
  ])
    assert.ok(!together(a, b), `${a} / ${b}`);
  assert.ok(together('8851', '15015'));
  assert.ok(together('7578', '8851'));
});

test('of the keys a caseless opening asks about, those the text writes in lower case are the keys of its words that open with a lower-case letter', () => {
  // lowerAmong reads a word of a-z and 0-9 as its own key without folding it, passes a word on its length, and a
  // first letter by its code: the same keys as the key of every word whose first character is a lower-case letter
  // (\p{Ll}), asked of every such key, of keys of capitalised words only, of keys no word gives, and of none, on
  // the fixture's texts and on words that try the edges (z and a, other scripts, capitals inside, an empty word,
  // a key longer than 31 letters)
  const LOWER = /\p{Ll}/u;
  const long = 'internationalisationalisationsarelong';
  const odd = ['zebra', 'a1', 'élan', 'Élan', 'über', 'ßtraße', 'iPhone', 'x-ray', "bank's", 'ǅemal', 'ʰa', '𝑎bc', '', 'Zoo', '9am', '{z}', long];
  const extra = { ...docs[0], sentences: [{ index: 0, text: odd.join(' '), paragraph: 0, words: odd, terms: [] }] };
  let found = 0;
  for (const d of [...docs, extra]) {
    const old = new Set<string>();
    const all = new Set<string>();
    for (const s of d.sentences)
      for (const w of s.words) {
        all.add(nameKey(w));
        if (LOWER.test(w[0] ?? '')) old.add(nameKey(w));
      }
    const capitalOnly = new Set([...all].filter((k) => !old.has(k)));
    for (const asked of [all, old, capitalOnly, new Set(['zzqx', 'notawordhere', `${long}x`]), new Set<string>()]) {
      const got = lowerAmong(d, asked);
      assert.deepEqual([...got].sort(), [...old].filter((k) => asked.has(k)).sort());
      found += got.size;
    }
  }
  assert.ok(found > 1000, `${found} keys found`);
});

// real Reuters-21578 items of countries' statistics (prices, trade, money supply, leading indicators) from
// February-March 1987: one country's figures of the month are not another's
const STATISTICS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster', 'reuters-statistics.jsonl');
const statistics = (await readDocuments([STATISTICS])).documents;
const statistic = (id: string) => statistics.find((d) => d.id === id) ?? assert.fail(`no document ${id}`);
const statisticLead = (id: string) => leadSubject(statistic(id), documentFeatures(statistic(id)).names);

test("a caseless title's few words before a country's statistic are its subject; a period opens none", () => {
  // "ITALY CONSUMER PRICES RISE ...", "SOUTH KOREAN TRADE SURPLUS ...", "N.Z. MONEY SUPPLY ...", "SINGAPORE M-1 ..."
  assert.deepEqual(statisticLead('929'), ['italy']);
  assert.deepEqual(statisticLead('890'), ['southkorea', 'southkorean']);
  assert.deepEqual(statisticLead('198'), ['newzealand', 'nz']);
  assert.deepEqual(statisticLead('2994'), ['singapore']);
  // "SOUTH KOREA TO HOLD CURRENT ACCOUNT SURPLUS DOWN": a verb before the statistic, no flash's subject
  assert.deepEqual(statisticLead('312'), []);
  // "FEBRUARY U.S. RETAIL SALES NOT SIGN OF UPTURN": a month is no subject
  assert.deepEqual(statisticLead('2269'), []);
});

test("one country's statistics stay apart from another's of the same month; one country's still join", () => {
  const groups = clusterStories(statistics);
  const storyOf = new Map(groups.flatMap((g, i) => g.documents.map((d) => [d, i] as const)));
  const together = (a: string, b: string) => storyOf.get(a) === storyOf.get(b);
  // Italy's February prices / South Korea's February trade and money; N.Z.'s and Singapore's December money supply
  for (const [a, b] of [
    ['929', '890'],
    ['929', '1912'],
    ['198', '2994'],
  ])
    assert.ok(!together(a, b), `${statistic(a).title} / ${statistic(b).title}`);
  // South Korea's February trade surplus and money supply, and its current account plan
  for (const [a, b] of [
    ['890', '1912'],
    ['890', '312'],
  ])
    assert.ok(together(a, b), `${statistic(a).title} / ${statistic(b).title}`);
});

// real Reuters-21578 items of two carmakers' February output and sales (General Motors, American Motors) and the
// U.S. roundup of late February's car sales that names both
const CARMAKERS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster', 'reuters-carmakers.jsonl');
const carmakers = (await readDocuments([CARMAKERS])).documents;

test("a roundup naming two companies holds neither's items to the other's: a story names a lead subject by its members' mean weight of the name", () => {
  const groups = clusterStories(carmakers);
  const storyOf = new Map(groups.flatMap((g, i) => g.documents.map((d) => [d, i] as const)));
  const gm = ['831', '832', '1612', '1618', '1637', '1698', '1704', '1712'];
  const amc = ['814', '1139', '1145', '1517', '1613', '1629', '1641'];
  // each company's items together
  for (const ids of [gm, amc]) for (const id of ids) assert.equal(storyOf.get(id), storyOf.get(ids[0]), id);
  // "U.S. CAR SALES UP 6.7 PCT IN LATE FEBRUARY" names General Motors and American Motors: it joined GM's flashes
  // and made that story "name" amc, and American Motors' items followed
  assert.notEqual(storyOf.get(gm[0]), storyOf.get(amc[0]));
});

// real Reuters-21578 headline-only bulletins of U.S. statistics and an approval, beside their full items
const BULLETINS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster', 'reuters-bulletins.jsonl');
const bulletins = (await readDocuments([BULLETINS])).documents;
const bulletin = (id: string) => bulletins.find((d) => d.id === id) ?? assert.fail(`no document ${id}`);

test('a headline-only bulletin joins its full item', () => {
  const groups = clusterStories(bulletins);
  const storyOf = new Map(groups.flatMap((g, i) => g.documents.map((d) => [d, i] as const)));
  const together = (a: string, b: string) => storyOf.get(a) === storyOf.get(b);
  // "U.S. JAN CONSTRUCTION SPENDING ROSE 1.0 PCT AFTER REVISED 0.9 PCT DEC DROP" / "U.S. CONSTRUCTION SPENDING ROSE
  // 1.0 PCT IN JAN", non-farm productivity, home sales, factory orders, leading indicators; USAir's Pacific Southwest
  // purchase approved ("TRANSPORTATION AGENCY GIVES FINAL OKAY FOR US AIR PACIFIC SOUTHWEST ACQUISITION")
  for (const [a, b] of [
    ['430', '434'],
    ['431', '432'],
    ['1035', '1036'],
    ['1454', '1459'],
    ['972', '974'],
    ['2067', '2128'],
  ])
    assert.ok(together(a, b), `${bulletin(a).title} / ${bulletin(b).title}`);
});

test('a nameless bulletin joins no story on shared figures and dates alone', () => {
  const groups = clusterStories(bulletins);
  const storyOf = new Map(groups.flatMap((g, i) => g.documents.map((d) => [d, i] as const)));
  // "GM TO REPUCHASE UP TO 20 PCT OF 1.66 DLR PAR VALUE COMMON BY END OF 1990" / a conservation reserve ("1990"),
  // "SALLIE MAE SAYS IT WILL PRICE 300 MLN DLR FLOATING RATE NOTE OFFER MONDAY" / corn payments ("MLN", "Monday"):
  // topic words 0.08-0.09 against them
  for (const [a, b] of [
    ['1346', '51'],
    ['2703', '1369'],
    ['2703', '136'],
  ])
    assert.notEqual(storyOf.get(a), storyOf.get(b), `${bulletin(a).title} / ${bulletin(b).title}`);
});

// real Reuters-21578 items: Canada's economy story (GDP, current account, the central bank, Wilson), Ford Canada's
// dividend flash and its dividend table, Chubb's two dividend items and CB and T's year results
const NAMELESS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster', 'reuters-nameless.jsonl');
const nameless = (await readDocuments([NAMELESS])).documents;
const namelessDoc = (id: string) => nameless.find((d) => d.id === id) ?? assert.fail(`no document ${id}`);

test("a nameless group with a text (a flash and its table) counts its names left out as a document's, not a merge's", () => {
  const groups = clusterStories(nameless);
  const storyOf = new Map(groups.flatMap((g, i) => g.documents.map((d) => [d, i] as const)));
  // "FORD CANADA CUTS ANNUAL DIVIDEND BY SIX DLRS ..." with "FORD MOTOR CO OF CANADA LTD<FC> CUTS ANNUAL DIV"
  // ("Annual div six dlrs vs 12 dlrs prior ..."): one group, nameless, joined Canada's economy story (its names left
  // out counted 0.6) on "six", "annual" and "1986"; CB and T's year results table joined Chubb's dividends on "CB"
  assert.equal(storyOf.get('1167'), storyOf.get('1182'));
  for (const [a, b] of [
    ['1167', '1068'],
    ['1182', '1272'],
    ['2236', '2773'],
  ])
    assert.notEqual(storyOf.get(a), storyOf.get(b), `${namelessDoc(a).title} / ${namelessDoc(b).title}`);
  assert.equal(storyOf.get('2773'), storyOf.get('2809'));
  // Canada's economy story itself stays whole
  for (const id of ['1100', '1132', '1272', '1726', '1858', '2074', '2406', '2824']) assert.equal(storyOf.get(id), storyOf.get('1068'), id);
});

const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster', 'reuters-templates.jsonl');
const templates = (await readDocuments([TEMPLATES])).documents;

test("a nameless group's names left out count as a merge's against one subject's items: one title template, one company's tables of a day", () => {
  const groups = clusterStories(templates);
  const storyOf = new Map(groups.flatMap((g, i) => g.documents.map((d) => [d, i] as const)));
  const title = (id: string) => (templates.find((d) => d.id === id) ?? assert.fail(`no document ${id}`)).title;
  const together = (ids: string[]) => {
    for (const id of ids.slice(1)) assert.equal(storyOf.get(id), storyOf.get(ids[0]), `${title(ids[0])} / ${title(id)}`);
  };
  // one instrument's quotes through a day, "MIDWEST GRAIN FUTURES 10:50 EDT" ... "12:50 EDT": their times are no
  // title words (they split 9 / 6 by the hour's figures)
  const midwest = templates.filter((d) => d.title.startsWith('MIDWEST GRAIN FUTURES')).map((d) => d.id);
  assert.equal(midwest.length, 15);
  together(midwest);
  // Jannock's dividend flash and table with its results table of the same day; J.P. Morgan's results flash and
  // table with its results story (which reports their figures)
  together(['20331', '20361', '20368']);
  together(['21425', '21388', '20999']);
  // TRW's results pair stays apart from its contract news of the day (that item names things and shares no figures)
  together(['21139', '21117']);
  assert.notEqual(storyOf.get('21117'), storyOf.get('21141'));
});
