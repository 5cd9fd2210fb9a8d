// A lawmaker's state written beside his name leaves what two of his statements share (align-person-place.test), but
// not when the two sentences share what was said besides (ALIGN.placeContent): one statement told twice keeps the
// state among what it shares. Real text: BASIL dev's stories (test/fixtures/cluster/basil-dev.jsonl) of Trump's
// choice of Lieberman for the FBI (Cornyn's "100 votes" in The Hill and Fox), Cruz's Enquirer blame and Huckabee's
// 2016 bid (competition from Ted Cruz of Texas).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignedStory as aligned } from '../../test/aligned-story.ts';

const BASIL = '../cluster/basil-dev.jsonl';

test("Cornyn's 100 votes for Lieberman told twice still aligns (R-Texas on both sides)", async () => {
  const story = await aligned(BASIL, ['3955ca2a-5289-4089-bafc-326a1a2e6bc6', 'b152cae7-1552-48e0-8d23-b5cceb51915f', 'a82174d9-e45b-4958-b4c6-545ae992de7c']);
  const a = 'Sen. Marco Rubio (R-Fla.) expressed';
  const b = '"Lieberman is probably the only person who can get 100 votes';
  assert.ok(story.unit(a).personPlaces.includes('e:ent-texas'));
  assert.ok(story.linked(a, b));
});

test('Huckabee facing competition from Sen. Ted Cruz of Texas, told twice, still aligns', async () => {
  const story = await aligned(BASIL, ['9d39afe0-4041-4e06-86e5-ff2a92a08a32', '6222fc9f-4cdf-435f-bbf0-41eff396a3e0']);
  const a = 'The 59-year-old Huckabee has a strong following';
  const b = 'He joins an already crowded 2016 Republican field';
  assert.deepEqual(story.unit(b).personPlaces, ['e:ent-texas']);
  assert.ok(story.linked(a, b));
});

test("Cruz's blame of Trump for the Enquirer story aligns with the Texas lawmaker's", async () => {
  const story = await aligned(BASIL, ['8eeda8bb-f396-49ed-b993-f0c6ed36715d', '72ccb51d-e0ed-45a4-a683-cef1a33c4689', '180f27cd-7dce-467b-bf2a-459029e6f3ea']);
  assert.ok(story.linked('Sen. Ted Cruz (R-Texas) on Friday lashed out at Donald Trump', 'The Texas lawmaker blamed his rival'));
});
