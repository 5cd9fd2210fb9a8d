// The day of writing at a dateline's place (Reuters-21578 stamps and datelines, held-out lines 3001-9000).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineDay, datelineOffset } from './dateline-zones.ts';
import { declaredZone, zoneOffsetAt } from './stamp-zone.ts';

test("a UTC stamp moves to the dateline place's day only east of Greenwich, and only with a time and no other zone", () => {
  // 5734: "16-MAR-1987 17:35:22.01", "WELLINGTON, March 17 -"
  assert.equal(datelineDay('1987-03-16T17:35:22', 'WELLINGTON, March 17 -'), '1987-03-17');
  // 8214: stamped in the Wellington morning's own day: nothing to move
  assert.equal(datelineDay('1987-03-23T08:47:20', 'WELLINGTON, March 23 -'), null);
  // Tokyo, and a place with its country after the comma
  assert.equal(datelineDay('1987-03-02T21:10:00', 'TOKYO, March 3 -'), '1987-03-03');
  assert.equal(datelineOffset('HONG KONG, March 4 -'), 480);
  // west of Greenwich a zone-less stamp read as UTC keeps its day (New York, La Paz), as does a bare day
  assert.equal(datelineDay('1987-03-11T23:25:25', 'NEW YORK, March 11 -'), null);
  assert.equal(datelineDay('1987-03-19T22:20:52', 'LA PAZ, March 19 -'), null);
  // a stamp with its own zone is an instant: 15:35 UTC is March 17 in Wellington (time37)
  assert.equal(datelineDay('1987-03-16T17:35:22+02:00', 'WELLINGTON, March 17 -'), '1987-03-17');
  assert.equal(datelineDay('1987-03-16', 'WELLINGTON, March 17 -'), null);
  assert.equal(datelineDay('1987-03-16T17:35:22', null), null);
});

// a counterexample test/fuzz-feed-dates.test.ts found (fuzz33): a zone's local mean time, an offset with seconds
test("a place's offset with seconds (local mean time) still gives its day; a zone of such an offset is a zone", () => {
  // 1904-04-10T13:02:34Z is April 10 in La Paz (-04:32:36 then): read as no offset, the place gave no day
  assert.equal(datelineDay('1904-04-09T22:32:34-14:30', 'LA PAZ -'), '1904-04-10');
  assert.equal(zoneOffsetAt('America/La_Paz', Date.UTC(1904, 3, 10)), -273);
  // Monrovia kept -00:44:30 until 1972: a record declaring its zone was told it named none
  assert.equal(declaredZone('Africa/Monrovia', 'zone')?.zone, 'Africa/Monrovia');
});
