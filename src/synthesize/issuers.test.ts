// Wire headlines of Reuters-21578 (r3k and docs 3001-9000) and ECB+ 20 titles: two issuers' notices of one kind, one issuer's two notices, and others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherIssuers } from './issuers.ts';

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
