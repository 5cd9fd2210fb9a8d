import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesSection } from './entities.ts';
import { quotesSection } from './quotes.ts';
import type { Report, ReportStory } from '../../model.ts';

// the entity and quote sections show names, counts, spellings and speakers, and escape hostile text
const story = {
  id: 's1',
  title: 't',
  documents: ['a', 'b'],
  why: [],
  period: { start: null, end: null },
  members: [],
  claims: [],
  discrepancies: [],
  briefing: [],
  timeline: [],
  outlets: [],
  entities: [
    {
      id: 'ent-alexander-lukashenko',
      name: 'Alexander Lukashenko',
      type: 'person',
      aliases: ['Lukashenko', 'Alexander Lukashenko', 'Lukashenka'],
      documents: ['a', 'b'],
      mentions: 31,
    },
    { id: 'ent-kiev', name: 'Kiev', type: 'place', aliases: ['Kiev', 'Kyiv'], documents: ['a', 'b'], mentions: 16 },
    { id: 'ent-x', name: '<script>alert(1)</script>', type: 'org', aliases: ['<script>alert(1)</script>'], documents: ['a'], mentions: 1 },
    { id: 'ent-trojan', name: 'Trojan', type: 'other', aliases: ['Trojan'], documents: ['a'], mentions: 1 },
  ],
  quotes: [
    {
      id: 'a#q1',
      text: "Russia can manage without us, but we can't [manage] without Russia",
      speaker: 'Alexander Lukashenko',
      speakerEntity: 'ent-alexander-lukashenko',
      document: 'a',
      sentence: 12,
    },
    { id: 'b#q1', text: 'escalating', speaker: null, speakerEntity: null, document: 'b', sentence: 2 },
  ],
} as unknown as ReportStory;
const report = { version: 1, documents: [], relations: [], stories: [story], problems: [] } as Report;

test('entities: grouped by type with mentions and other spellings; single untyped names left out', () => {
  const md = entitiesSection.md(story, report);
  assert.match(md, /\*\*People\*\*/);
  assert.match(md, /\| Alexander Lukashenko \| 31 \| 2 \| Lukashenko, Lukashenka \|/);
  assert.match(md, /\| Kiev \| 16 \| 2 \| Kyiv \|/);
  assert.ok(!md.includes('Trojan'));
  const html = entitiesSection.html(story, report);
  assert.ok(!html.includes('<script>'));
  assert.ok(html.includes('&lt;script&gt;'));
});

test('quotes: grouped by speaker, unattributed last, text escaped', () => {
  const md = quotesSection.md(story, report);
  assert.ok(md.indexOf('Alexander Lukashenko') < md.indexOf('Not attributed'));
  assert.ok(md.includes('\\[manage\\]'));
  assert.match(quotesSection.html(story, report), /<q>Russia can manage without us, but we can&#39;t \[manage\] without Russia<\/q>/);
});

// PolNeAR wash-post 2016-10-05: the article writes "the IMF report stated"; its entity is the International Monetary Fund
test('quotes: an organisation quoted under two names is one speaker, headed by its name, each quote with the name written', () => {
  const imf = {
    id: 'ent-international-monetary-fund',
    name: 'International Monetary Fund',
    type: 'org',
    aliases: ['IMF', 'International Monetary Fund'],
    documents: ['a'],
    mentions: 9,
  };
  const quote = (id: string, text: string, speaker: string) => ({ id, text, speaker, speakerEntity: imf.id, document: 'a', sentence: 9 });
  const quoted = {
    ...story,
    entities: [...story.entities, imf],
    quotes: [
      quote('a#q2', 'Although the market reaction to the Brexit shock was reassuringly orderly, the ultimate impact remains very unclear', 'IMF'),
      quote('a#q3', 'political tensions', 'International Monetary Fund'),
    ],
  } as unknown as ReportStory;
  const md = quotesSection.md(quoted, report);
  // (were two speakers, "IMF" (1) and "International Monetary Fund" (1))
  assert.match(md, /\*\*International Monetary Fund\*\* \(2\)/);
  assert.ok(!md.includes('**IMF**'));
  assert.match(md, /reassuringly orderly, the ultimate impact remains very unclear” — IMF, a, sentence 10/);
  assert.match(md, /“political tensions” — a, sentence 10/);
  assert.match(quotesSection.html(quoted, report), /<h4>International Monetary Fund <span class="meta">\(2\)<\/span><\/h4>/);
});
