// Wire headlines of Reuters-21578 (r3k and docs 3001-9000) and ECB+ 20 titles: two issuers' notices of one kind, one issuer's two notices, and others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherIssuers, otherNotices } from './issuers.ts';

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
