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
