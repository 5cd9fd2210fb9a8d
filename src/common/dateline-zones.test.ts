// The day of writing at a dateline's place (Reuters-21578 stamps and datelines, held-out lines 3001-9000).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineDay, datelineOffset } from './dateline-zones.ts';

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
