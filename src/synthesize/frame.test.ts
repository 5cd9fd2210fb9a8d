// An attributed sentence's told part and its frame (frame.ts), on real sentences (ECB+ 19_*, 33_*, 18_*, 28_*).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { framedParts } from './frame.ts';

test("a speaker's relative clause is frame; what follows the verb of saying is told", () => {
  const p = framedParts(
    'A Brooklyn woman who claims she had a “bird’s-eye view” of the fatal police shooting of 16-year-old Kimani (Kiki) Gray says the youth did not have a gun in his hand.',
  );
  assert.ok(p);
  assert.match(p.frame, /^who claims she had a .* of the fatal police shooting of 16-year-old Kimani \(Kiki\) Gray $/);
  assert.match(p.told, /the youth did not have a gun in his hand/);
  // a quotation's words are told wherever they stand
  assert.match(p.told, /bird’s-eye view/);
  assert.doesNotMatch(p.frame, /bird/);
});

test("a quote's tag is frame, with what follows it; the quote is told", () => {
  const p = framedParts(
    '"Zurana Horton became a victim of the senseless gang violence that plagues Brooklyn," prosecutor Seth Goldman said at the start of the murder trial of half-brothers Andrew Lopez, 20, and Jonathan Carrasquillo, 24.',
  );
  assert.ok(p);
  assert.match(p.told, /senseless gang violence/);
  assert.equal(p.frame, ' at the start of the murder trial of half-brothers Andrew Lopez, 20, and Jonathan Carrasquillo, 24.');
  assert.doesNotMatch(p.told, /murder/);
});

test('a comma tags the words before it when nothing or an adverbial follows the verb', () => {
  const tag = framedParts('Jackson was on probation for a previous DUI arrest, Highway Patrol Officer Brad Baehr said.');
  assert.deepEqual(tag && [tag.told, tag.frame.trim()], ['Jackson was on probation for a previous DUI arrest', '.']);
  const friday = framedParts(
    'Internet services in Egypt have been disrupted due to damage of undersea cables in the Mediterranean Sea, the Egyptian National Telecommunication Regulatory Authority said Friday.',
  );
  assert.match(friday!.told, /^Internet services in Egypt/);
  // a clause after the verb is what the speaker says; an opening phrase or a speaker without a relative clause frames nothing
  const opening = framedParts(
    'Yesterday, the police explained that officers shot and killed a 16-year-old Kimani Gray in Brooklyn because he allegedly pointed a gun at the cops.',
  );
  assert.deepEqual(opening && [opening.told.trim().slice(0, 22), opening.frame], ['that officers shot and', '']);
  const but = framedParts(
    'The three who voted against the death penalty would not comment, but Howard said other jurors told him the three holdouts refused to deliberate.',
  );
  assert.deepEqual(but && [but.told.trim().slice(0, 12), but.frame], ['other jurors', '']);
  assert.equal(framedParts('Dozens gathered to remember 16-year-old Kimani Gray.'), null);
});
