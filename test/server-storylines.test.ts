// Storylines on the story page, from the report's storyline field, on real press (the BASIL-dev fixture):
// the shutdown's start and the Dreamers offer are separate stories of one saga; each page says what came
// earlier or later, links the other story's page and gives the engine's reason; a lone story has none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocuments, readDocuments } from '../src/pipeline.ts';
import { storyPage } from '../src/server/pages/story.ts';
import type { ReportStory } from '../src/model.ts';
import { ROOT } from './helpers.ts';

const BASIL = join(ROOT, 'test', 'fixtures', 'cluster', 'basil-dev.jsonl');
const eventOf = new Map<string, string>();
for (const line of readFileSync(BASIL, 'utf8').split('\n')) if (line.trim()) eventOf.set(String(JSON.parse(line).id), String(JSON.parse(line).cluster));
// the 2019 shutdown and its Dreamers offer (one saga); Pelosi re-elected (alone)
const EVENTS = ['0d10', '70c75d68', '79bf'];
const docs = (await readDocuments([BASIL])).documents.filter((d) => EVENTS.some((e) => eventOf.get(d.id)?.startsWith(e))).map((d, i) => ({ ...d, order: i }));
const report = analyzeDocuments(docs);
const storyOf = (event: string) => report.stories.find((s) => s.documents.some((id) => eventOf.get(id)?.startsWith(event)))!;
const render = (story: ReportStory) => parseHTML(storyPage(report, story)).document;

test('the story page says what came earlier and later in the storyline, linked, with the reasons', () => {
  const start = storyOf('0d10');
  const offer = storyOf('70c75d68');
  assert.ok(start.storyline && offer.storyline && start.id !== offer.id, 'two stories of one storyline');
  for (const [story, other, when] of [
    [offer, start, 'Earlier in this storyline'],
    [start, offer, 'Later in this storyline'],
  ] as const) {
    const doc = render(story);
    const section = doc.querySelector('section[aria-labelledby="storyline"]');
    assert.ok(section, 'a storyline section');
    assert.equal(doc.querySelectorAll('h1').length, 1);
    assert.ok(doc.querySelector('nav a[href="#storyline"]'), 'in the page contents');
    assert.equal(section.querySelector('h3')?.textContent, when);
    const link = section.querySelector(`a[href="/stories/${encodeURIComponent(other.id)}"]`);
    assert.equal(link?.textContent, other.title, "the other story's page, by its title");
    const reason = story.storyline!.why.find((l) => l.story === other.id)!;
    assert.ok(section.textContent!.includes(`linked: ${reason.reason}`), 'the reason the engine linked them');
    assert.match(reason.reason, /published \d+ days apart/);
  }
  // the briefing comes first, then the storyline
  const ids = [...render(offer).querySelectorAll('main section h2')].map((h) => h.id);
  assert.deepEqual(ids.slice(0, 2), ['briefing', 'storyline']);
});

test('a story that stands alone has no storyline section; hostile titles in a line stay text', () => {
  const alone = storyOf('79bf');
  assert.equal(alone.storyline, undefined);
  assert.equal(render(alone).querySelector('#storyline'), null);
  const offer = storyOf('70c75d68');
  const hostile: ReportStory = {
    ...offer,
    storyline: {
      ...offer.storyline!,
      stories: offer.storyline!.stories.map((s) => (s.id === offer.id ? s : { ...s, title: '<img src=x onerror=alert(1)>' })),
      why: offer.storyline!.why.map((l) => ({ ...l, reason: '<script>window.__pwned=1</script>' })),
    },
  };
  const html = storyPage(report, hostile);
  assert.ok(!html.includes('<img src=x') && !html.includes('<script>window'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;') && html.includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;'));
});
