import assert from 'node:assert/strict';
import test from 'node:test';
import { RELATE, recentMembers } from './relate.ts';

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

test('a long-running story brings only its members of the last days to relating, not its whole history', () => {
  // a daily money-market report that ran from early March to late April (one member a day)
  const members = Array.from({ length: 50 }, (_, i) => ({ id: `mm-${i}`, time: day('1987-03-02') + i * 86_400_000 }));
  const recent = recentMembers(members);
  // the latest is 20 April: members from 13 April on
  assert.deepEqual(recent, ['mm-42', 'mm-43', 'mm-44', 'mm-45', 'mm-46', 'mm-47', 'mm-48', 'mm-49']);
});

test('undated members are kept, up to the latest hundred', () => {
  const members = Array.from({ length: RELATE.storyMembers + 20 }, (_, i) => ({ id: `d${i}`, time: i === 5 ? day('1987-01-01') : null }));
  const recent = recentMembers(members);
  assert.equal(recent.length, RELATE.storyMembers);
  assert.equal(recent[0], 'd20');
  // a story with one old dated member among undated ones: the dated one is the newest date, so it stays
  assert.deepEqual(recentMembers(members.slice(0, 8)), ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7']);
});

test('a burst of copies within a week is related whole', () => {
  const members = ['1987-04-07', '1987-04-08', '1987-04-08', '1987-04-13'].map((d, i) => ({ id: `w${i}`, time: day(d) }));
  assert.deepEqual(recentMembers(members), ['w0', 'w1', 'w2', 'w3']);
});
