// Wire headlines of Reuters-21578 (r3k and docs 3001-9000) and ECB+ 20 titles: two issuers' notices of one kind, one issuer's two notices, and others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apartIssuers, headlineIssuer, otherIssuers, otherNotices } from './issuers.ts';

test('two all-caps headlines opening with different issuers before the same word are two issuers (r3k 2004/2174, 291/1977)', () => {
  assert.equal(
    otherIssuers(
      'DIAMOND SHAMROCK RAISES CRUDE POSTED PRICES ONE DLR, EFFECTIVE MARCH 4, WTI NOW 17.00 DLRS/BBL',
      'MARATHON RAISES CRUDE POSTED PRICES 50 CTS A BBL, EFFECTIVE TODAY, WTI AT 17 DLRS/BBL.',
    ),
    true,
  );
  assert.equal(otherIssuers('CAECL ISSUES 12 BILLION YEN EUROBOND', 'MATSUSHITA ELECTRIC TRADING ISSUES WARRANT BOND'), true);
});

test('one issuer, headlines of other shapes, and mixed-case titles are not told apart (r3k 547/657, 1591/2790)', () => {
  assert.equal(otherIssuers('BANNER <BNR> COMPLETES TENDER FOR REXNORD <REX>', 'BANNER <BNR> TO ACCEPT REXNORD <REX> SHARES'), false);
  assert.equal(otherIssuers('BRAZILIAN FINANCE MINISTER MEETS SWISS OFFICIALS', 'FUNARO SAYS CREDITORS WILLING TO HELP BRAZIL'), false);
  assert.equal(otherIssuers('Strong earthquake jolts southern Iran, felt in Oman', "Aftershocks jolt Iran's Qeshm island, death toll rises to 10"), false);
  assert.equal(otherIssuers(null, 'MARATHON RAISES CRUDE POSTED PRICES'), false);
});

test('headlines joined by a word other than a verb of a notice are not two issuers (r6k 5208/8139, 6603/7032)', () => {
  assert.equal(otherIssuers('OPPOSITION TO PROPOSED SALES TAX SPREADS IN JAPAN', 'NAKASONE DEFENDS SALES TAX AS CAMPAIGNING BEGINS'), false);
  assert.equal(otherIssuers('FRANCE ANNOUNCES PLAN TO BOOST EMPLOYMENT', 'NO FRENCH REFLATION, SOURCES CLOSE TO BALLADUR SAY'), false);
});

test('two issuers whose openings share a word but neither holds the other are two (r6k 6379/6408)', () => {
  assert.equal(otherIssuers('BRITISH LAND ISSUES 30 MLN STG CONVERTIBLE BOND', 'LAND SECURITIES ISSUES 100 MLN STG EUROBOND'), true);
  // one issuer named more fully once is one issuer (r6k)
  assert.equal(otherIssuers('K MART CORP RAISES DIVIDEND 17.6 PCT, VOTES THREE-FOR-TWO STOCK SPLIT', 'K MART <KM> RAISES PAYOUT, VOTES SPLIT'), false);
  assert.equal(otherIssuers("FRANCE'S BFCE ISSUES 150 MLN DLR EUROBOND", 'BFCE ISSUES THREE BILLION FRANC DOMESTIC BOND'), false);
});

test('two headlines of one recurring notice are two notices; one headline sent twice is one (r6k)', () => {
  assert.equal(otherNotices("HUGHES' U.S. RIG COUNT FALLS BY 35 TO 766", "HUGHES' TOOL <HT> U.S. RIG COUNT DECLINES"), true);
  assert.equal(otherNotices('U.K. MONEY MARKET GIVEN EARLY ASSISTANCE', 'U.K. MONEY MARKET GIVEN FURTHER 442 MLN STG HELP'), true);
  assert.equal(otherNotices('NYFE SEAT SOLD FOR 200 DLRS', 'NYFE SEAT SELLS FOR 200 DLRS'), true);
  assert.equal(otherNotices('CCC ACCEPTS BID FOR DAIRY CATTLE TO KUWAIT', 'CCC ACCEPTS EXPORT BONUS FOR CATTLE TO EGYPT'), true);
  assert.equal(otherNotices('INDIA TOOK THREE CARGOES OF RBD OLEIN AT TENDER', 'INDIA BOUGHT 24,000 TONNES OF RBD OLEIN AT TENDER'), true);
  assert.equal(otherNotices('<MESA AIRLINES INC> INITIAL OFFERING UNDERWAY', 'ACTON AUTO RENTAL INITIAL OFFERING STARTS'), true);
  assert.equal(otherNotices('NYFE SEAT SOLD FOR 200 DLRS', 'NYFE SEAT SOLD FOR 200 DLRS'), false);
  // not a recurring kind, or only one of them (r6k 3594/4028 Ecuador, 3013/4090)
  assert.equal(otherNotices('ECUADOR DEPUTY MINISTER SEEKS OIL AID IN VENEZUELA', 'VENEZUELA TO LEND OIL TO ECUADOR FOR EXPORT'), false);
  assert.equal(otherNotices('PIEDMONT <PIE> AGREES TO USAIR <U> BUYOUT', 'U.K. MONEY MARKET GIVEN EARLY ASSISTANCE'), false);
  assert.equal(otherNotices(null, 'U.K. MONEY MARKET GIVEN EARLY ASSISTANCE'), false);
});

test("a headline's issuer is what opens it before a verb of a notice; two apart share no word, nor name the other in their sentences (r3k)", () => {
  const only = (title: string) => headlineIssuer(title, [title]);
  const diamond = only('DIAMOND SHAMROCK RAISES CRUDE POSTED PRICES ONE DLR, EFFECTIVE MARCH 4, WTI NOW 17.00 DLRS/BBL');
  assert.deepEqual(diamond?.opening, ['DIAMOND', 'SHAMROCK']);
  assert.equal(apartIssuers(diamond, only('MARATHON RAISES CRUDE POSTED PRICES 50 CTS A BBL, EFFECTIVE TODAY, WTI AT 17 DLRS/BBL.')), true);
  // another verb of a notice, another issuer (2004/459)
  assert.equal(apartIssuers(diamond, only('SHELL CANADA CUTS CRUDE OIL PRICES BY UP TO 1.27 CANADIAN DLRS/BBL EFFECTIVE MARCH ONE')), true);
  // a joiner is no shared word (1992/2610)
  const quebec = headlineIssuer('CITY OF QUEBEC ISSUES 40 MLN CANADIAN DLR EUROBOND', [
    'The City of Quebec is issuing a 40 mln Canadian dlr, nine pct bond due April 1, 1997 at 100-1/2 pct, sole lead manager Societe Generale said.',
  ]);
  const southAustralia = headlineIssuer('STATE BANK OF SOUTH AUSTRALIA ISSUES NOVEL BOND', [
    'The State Bank of South Australia is issuing a novel 50 mln Australian dlr eurobond due April 8, 1992 paying an initial coupon of 16-1/4 pct and priced at 101 pct, lead manager Swiss Bank Corp International said.',
  ]);
  assert.equal(apartIssuers(quebec, southAustralia), true);
  // the kind of body is no shared word (reuters-issuers fixture 453/1141)
  const commerzbank = headlineIssuer('COMMERZBANK UNIT ISSUES STERLING EUROBOND', [
    'Commerzbank Overseas Finance NV is issuing a 50 mln stg eurobond due March 31, 1992 paying 9-5/8 pct and priced at 101-1/4 pct, joint-lead manager Samuel Montagu and Co Ltd said.',
  ]);
  const deutsche = headlineIssuer('DEUTSCHE BANK UNIT ISSUES 75 MLN STG EUROBOND', [
    'Deutsche Bank Finance NV Curacao is issuing a 75 mln stg eurobond due April 2, 1997 paying 9-7/8 pct and priced at 101-3/4 pct, joint-lead manager Kleinwort, Benson Ltd said.',
  ]);
  assert.equal(apartIssuers(commerzbank, deutsche), true);
  // a parent and its unit: the lead names both (2258/2904)
  const lead = 'Continental Airlines Inc, a unit of Texas Air Corp, said it filed a registration statement with the Securities and Exchange Commission';
  assert.equal(
    apartIssuers(
      headlineIssuer('TEXAS AIR CORP <TEX> UNIT FILES FOR DEBT OFFER', [lead]),
      headlineIssuer('CONTINENTAL AIRLINES FILES FOR NOTE OFFERING', [lead]),
    ),
    false,
  );
  // a notice that tells of the other issuer's deal is not apart from it (r6k 3923/7175)
  const rockwell = headlineIssuer('ROCKWELL INTERNATIONAL <ROK> SELLS 10-YEAR NOTES', [
    'Rockwell International Corp is raising 200 mln dlrs through an offering of notes due 1997 yielding 7.682 pct, said lead underwriter Daiwa Securities America Inc.',
  ]);
  const gte = headlineIssuer('GTE <GTE> SELLS DEBENTURES YIELDING 8.737 PCT', [
    'GTE Corp is raising 250 mln dlrs through an offering of debentures due 2017 yielding 8.737 pct, said sole underwriter UBS Securities Inc.',
    'Daiwa, the U.S. unit of Daiwa Securities Co Ltd of Japan, ran the books for a March 11 offering of 200 mln dlrs of 10-year notes of Rockwell International Corp <ROK>, underwriters noted.',
  ]);
  assert.equal(apartIssuers(rockwell, gte), false);
  // ... nor one that names it in the possessive (r6k 3342/4474)
  const usx = headlineIssuer('USX <X> UNIT RAISES SOME CRUDE POSTINGS', [
    'Marathon Petroleum Company, a subsidiary of USX Corp <X>, said it raised the contract price it pays for three grades of crude oil, effective March 6.',
  ]);
  const phillips = headlineIssuer('PHILLIPS <P> RAISES CRUDE POSTINGS 50 CTS', [
    'Phillips Petroleum said it raised the contract price it will for all grades of crude oil 50 cts a barrel, effective today.',
    "The price increase follows similar moves by USX's <X> subsidiary, Marathon oil, and Sun Co <SUN> earlier today.",
  ]);
  assert.equal(apartIssuers(usx, phillips), false);
  // one issuer's two notices, a headline of another shape, a mixed-case title
  assert.equal(apartIssuers(only('BANNER <BNR> COMPLETES TENDER FOR REXNORD <REX>'), only('BANNER <BNR> TO ACCEPT REXNORD <REX> SHARES')), false);
  assert.equal(only("USX <X> DEBT DOWGRADED BY MOODY'S"), null);
  assert.equal(only('Fire destroys historic Mat Maid dairy building in Palmer'), null);
});
