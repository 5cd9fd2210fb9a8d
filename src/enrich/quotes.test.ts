import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeText } from '../text/index.ts';
import { enrichDocument, linkStory } from './index.ts';
import type { Quote } from '../model.ts';
import { growth, MAX_GROWTH } from '../../test/growth.ts';

// real news: ECB+ documents (test/fixtures/enrich/ecbplus-sample.json) and seed sentences
const ecb: Array<{ id: string; title: string; text: string }> = JSON.parse(readFileSync(new URL('../../test/fixtures/enrich/ecbplus-sample.json', import.meta.url), 'utf8'));

function quotesOf(id: string, paragraphs: string[]): Quote[] {
  const doc = analyzeText({ id, source: id, url: null, title: '', outlet: null, byline: [], published: '2008-12-12', paragraphs, removed: [], order: 0 });
  return linkStory([doc], [enrichDocument(doc)]).quotes;
}
const ecbQuotes = (id: string) => quotesOf(id, ecb.find((d) => d.id === id)!.text.split('\n').filter(Boolean));
const said = (qs: Quote[], start: string) => {
  const q = qs.find((x) => x.text.startsWith(start));
  assert.ok(q, `quote "${start}" found`);
  return q.speaker;
};

test('"...," X said and "...," said X, a former ...', () => {
  const qs = ecbQuotes('2_11ecb');
  assert.equal(said(qs, 'A strike, if one occurred'), 'Ron Howard');
  assert.equal(said(qs, 'The timing couldn\'t be worse'), 'Ron Howard'); // "he said" -> the last speaker
  assert.equal(said(qs, "It's really important"), 'Leonardo DiCaprio');
  assert.equal(said(ecbQuotes('2_4ecb'), 'The tricky part is'), 'Steve Pond');
});

test('X said: "..." and a judge titled inside the name', () => {
  const qs = ecbQuotes('3_8ecb');
  assert.equal(said(qs, 'I know that the things'), 'Nichols');
  assert.equal(said(qs, 'I will not bring dishonor'), 'Nichols'); // "..., Nichols, 37, told the court
  assert.equal(said(qs, "I'm giving you the maximum"), 'James Bodiford');
  assert.equal(said(qs, 'If I could give you more'), 'James Bodiford'); // goes on from the previous quote
});

test('pronoun after the quote refers to the last named speaker', () => {
  assert.equal(said(ecbQuotes('1_2ecb'), 'We appreciate your respect'), 'Jack Ketsoyan');
  const seed = quotesOf('seed002', [
    '"Russia has no interest in absorbing anyone," Putin said. "There is simply no expediency in this."',
    'Lukashenko, at one point calling Putin an "older brother," praised Russia as a friend that had "held out its hand to us," providing Belarus with oil and gas at discounted prices.',
    '"Russia can manage without us, but we can\'t [manage] without Russia," he said.',
  ]);
  assert.equal(said(seed, 'There is simply no expediency'), 'Putin');
  assert.equal(said(seed, 'older brother'), 'Lukashenko');
  assert.equal(said(seed, 'Russia can manage'), 'Lukashenko');
});

test('according to X; an organisation as speaker; a quote continued over paragraphs', () => {
  assert.equal(said(ecbQuotes('2_1ecb'), 'because we want the ceremony'), 'Laurence Mark');
  const pentagon = quotesOf('seed002b', ['The Pentagon said on Dec. 13 that it did not see "any type of impending cross-border activity by Belarus at this time."']);
  assert.equal(said(pentagon, 'any type of impending'), 'Pentagon');
  const ny = ecbQuotes('19_9ecbplus');
  assert.equal(said(ny, 'Tonight, we saw an explosion'), 'Jumaane Williams'); // "...," said Brooklyn Councilman Jumaane Williams
  assert.equal(said(ecbQuotes('14_7ecb'), 'Damage to the building'), 'Waitrose');
});

test('spun wording: mentioned, advised; no speaker where the article names none', () => {
  const spun = quotesOf('seed004', [
    '“We do not know what they’re speaking about behind closed doorways, however there’s a excessive chance Putin is pushing to get the Belarusian military concerned in an offensive,” mentioned Yuriy Saks, an adviser to Ukraine’s protection minister.',
    'No such operation is taken into account imminent, U.S. and different Western officers say. “We don’t see any kind of impending cross-border exercise by Belarus at the moment,” Brig. Gen. Pat Ryder, a Pentagon spokesman, advised reporters final week.',
  ]);
  assert.equal(said(spun, 'We do not know'), 'Yuriy Saks');
  assert.equal(said(spun, 'We don’t see any kind'), 'Pat Ryder');
  // scare quotes and titles of works: no speaker, or no quote at all
  const none = quotesOf('seed003', ['He found himself "in the same boat" with Moscow after Russian troops entered Ukraine through Belarus.']);
  assert.equal(none[0].speaker, null);
  assert.ok(!ecbQuotes('1_2ecb').some((q) => q.text === 'Van Wilder'));
});

test('a scraped page with one huge paragraph stays linear', () => {
  const line = '"Russia has no interest in absorbing anyone," Putin said, and Lukashenko, calling Putin an "older brother," praised Russia. ';
  const qs = quotesOf('huge', [line.repeat(1500)]);
  assert.equal(qs.length, 3000);
  assert.equal(qs[2].speaker, 'Putin');
  const ratio = growth((n) => quotesOf('huge', [line.repeat(n)]), 150);
  assert.ok(ratio < MAX_GROWTH, `4x the paragraph cost ${ratio.toFixed(1)}x the time`);
});
