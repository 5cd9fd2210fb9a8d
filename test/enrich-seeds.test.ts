// The seeds end to end: every named person, place and organisation with its type, the spelling pairs
// linked, and every quote of six words or more with its speaker (spun article 004 included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocuments } from '../src/pipeline.ts';
import { enrichDocument, linkStory } from '../src/enrich/index.ts';

const SEEDS = new URL('../examples/seeds/', import.meta.url).pathname;

test('seed entities and quotes', async () => {
  const { documents } = await readDocuments([SEEDS]);
  assert.equal(documents.length, 5);
  const { entities, quotes } = linkStory(documents, documents.map(enrichDocument));
  const typeOf = (name: string) => entities.find((e) => e.name === name || e.aliases.includes(name))?.type;
  const people = [
    'Vladimir Putin',
    'Alexander Lukashenko',
    'Serhiy Nayev',
    'Valery Zaluzhniy',
    'Sergei Shoigu',
    'Vladimir Makei',
    'Dmitry Peskov',
    'Yauheni Preiherman',
    'Arkady Moshes',
    'Sergei Lavrov',
    'Sergei Aleinik',
    'Yuriy Saks',
    'Volodymyr Zelensky',
    'Pat Ryder',
    'Alexander Azarov',
    'Valery Sakhashchyk',
    'Dara Massicot',
    'Franak Viacorka',
    'Svetlana Tsikhanouskaya',
  ];
  for (const p of people) assert.equal(typeOf(p), 'person', p);
  for (const p of ['Belarus', 'Ukraine', 'Russia', 'Minsk', 'Kyiv', 'Moscow', 'Brest', 'Kharkiv', 'Kherson', 'Vilnius', 'Warsaw', 'Poland', 'Lithuania'])
    assert.equal(typeOf(p), 'place', p);
  for (const o of [
    'Kremlin',
    'Pentagon',
    'Economist',
    'Wall Street Journal',
    'Finnish Institute of International Affairs',
    'Minsk Dialogue Council on International Relations',
    'NATO',
    'KGB',
    'Institute for the Examine of Battle',
  ]) {
    assert.equal(typeOf(o), 'org', o);
  }
  const one = (a: string, b: string) => entities.find((e) => e.aliases.includes(a)) === entities.find((e) => e.aliases.includes(b));
  assert.ok(one('Kyiv', 'Kiev') && one('Valery Zaluzhniy', 'Valery Zaluzhny') && one('Lukashenko', 'Lukashenka') && one('Sergei Aleinik', 'Sergei Aleynik'));
  for (const no of ['Russian', 'Belarusian', 'Ukrainian', 'However', 'Adding', 'Renovations']) assert.ok(!entities.some((e) => e.name === no), no);

  const speakerOf = (start: string) => quotes.find((q) => q.text.startsWith(start))?.speaker;
  const expected: Array<[string, string]> = [
    ['During (these talks) questions', 'Serhiy Nayev'],
    ['Particularly after these large-scale', 'Alexander Lukashenko'],
    ['I want to again underline', 'Alexander Lukashenko'],
    ['The risks are really high', 'Yauheni Preiherman'],
    ['either on the Belarus border', 'Belarus Defence Ministry'],
    ['As long as there is this joint grouping', 'Arkady Moshes'],
    ['Russia has no interest', 'Vladimir Putin'],
    ['There is simply no expediency', 'Vladimir Putin'],
    ['held out its hand to us', 'Alexander Lukashenko'],
    ['Russia can manage without us', 'Alexander Lukashenko'],
    ['further aggression against Ukraine', 'Serhiy Nayev'],
    ['any type of impending cross-border', 'Pentagon'],
    ['sovereignty and independence are unshakable', 'Alexander Lukashenko'],
    ['We do not know what', 'Yuriy Saks'],
    ['mentioned intimately the problems', 'Vladimir Putin'],
    ['The 2 of us are co-aggressors', 'Alexander Lukashenko'],
    ['We don’t see any kind', 'Pat Ryder'],
    ['Russian commanders could also be', 'Institute for the Examine of Battle'],
    ['We predict that in spring', 'Alexander Azarov'],
    ['It’s an ambiguous posture', 'Dara Massicot'],
    ['The forces that they’ve obtained', 'Dara Massicot'],
    ['Our protection intelligence', 'Yuriy Saks'],
    ['We’re assured that', 'Yuriy Saks'],
    ['We have now sufficient troops', 'Yuriy Saks'],
  ];
  for (const [start, who] of expected) assert.equal(speakerOf(start), who, start);
  for (const q of quotes) if (q.speaker) assert.ok(q.speakerEntity, `${q.text} has an entity id`);
});
