// The five seed pages (examples/seeds): article paragraphs kept, page chrome removed with its reason,
// metadata as the pages name it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textDocument } from '../../ingest/text-file.ts';
import type { Article } from '../../model.ts';
import { extractPlainText, REASON } from './index.ts';
import { loadLanguageModel } from '../../common/language.ts';

await loadLanguageModel();

const DIR = fileURLToPath(new URL('../../../examples/seeds/', import.meta.url));
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function seed(prefix: string): { article: Article; source: string } {
  const file = FILES.find((f) => f.startsWith(prefix));
  assert.ok(file, `seed ${prefix} present`);
  const source = readFileSync(DIR + file, 'utf8');
  return { article: extractPlainText(textDocument(prefix, DIR + file, source, 0, 'utf-8')), source };
}

const text = (a: Article) => a.paragraphs.join('\n');
const reasonOf = (a: Article, line: string) => a.removed.find((r) => r.text === line)?.reason;

/** Every paragraph of the page that is article prose (long sentence-ending lines) is kept whole. */
function assertProseKept(a: Article, source: string, except: RegExp[] = []) {
  const body = text(a);
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line.length < 120 || !/[.!?]["'”’)]*\s*$/.test(line) || except.some((re) => re.test(line))) continue;
    assert.ok(body.includes(line.replace(/\u00a0/g, ' ').trim()) || body.includes(line.slice(40, 120)), `kept: ${line.slice(0, 80)}`);
  }
}

function assertNone(a: Article, chrome: string[]) {
  const body = text(a);
  for (const c of chrome) assert.ok(!body.includes(c), `chrome left in text: ${c}`);
}

test('seed 000 (The Business Standard re-publishing Reuters): body kept, navigation, lists and notices out', () => {
  const { article: a, source } = seed('000');
  assert.equal(a.title, 'Putin heads for Belarus amid fears of new assault on Ukraine');
  assert.equal(a.published, '2022-12-19T11:20');
  assert.deepEqual(a.byline, ['Reuters']);
  assert.equal(a.outlet, 'The Business Standard');
  assert.equal(a.originalOutlet, 'Reuters');
  assert.equal(a.languageHint, 'en');
  assertProseKept(a, source, [/^After Germany/, /^While most comments/]);
  assert.equal(a.paragraphs[0].slice(0, 40), 'Kremlin leader Vladimir Putin flies to B');
  assert.match(a.paragraphs.at(-1)!, /^Ahead of the talks, Kremlin spokesman Dmitry Peskov/);
  assertNone(a, [
    'World+Biz',
    'Related News',
    'Photo: Collected',
    'Top News',
    'Russia-Belarus /',
    'Comments',
    'readers’ own views',
    'Most Read',
    'Job opportunity',
    '2h | Brands',
    'More Videos',
    'Last modified',
    'screenplay',
  ]);
  assert.equal(reasonOf(a, 'World+Biz'), REASON.sectionLabel);
  assert.equal(reasonOf(a, 'Photo: Collected'), REASON.photoCredit);
  assert.equal(reasonOf(a, '2h | Brands'), REASON.headlineStamp);
  assert.equal(reasonOf(a, '1'), REASON.rank);
  assert.equal(reasonOf(a, 'Reuters'), REASON.byline);
  assert.equal(reasonOf(a, 'Putin heads for Belarus amid fears of new assault on Ukraine'), REASON.titleRepeated);
  assert.equal(reasonOf(a, 'Russia-Belarus / Russia-Belarus military drill / Vladimir Putin / Belarusian leader Alexander Lukashenko'), REASON.tags);
  assert.equal(reasonOf(a, 'Most Read'), REASON.related);
  assert.equal(reasonOf(a, 'Meta Quest Pro: A better and costlier VR headset for businesses'), REASON.related);
  assert.equal(reasonOf(a, 'Last modified: 19 December, 2022, 11:23 am'), REASON.timestamp);
  assert.match(a.removed.find((r) => r.text.startsWith('While most comments'))!.reason, /comment policy/);
  assert.equal(reasonOf(a, 'Matters of sovereignty'), REASON.subheading);
});

test('seed 001 (The Week): promo line out, outlet from it; title from the page', () => {
  const { article: a, source } = seed('001');
  assert.equal(a.title, 'Putin flies to Minsk to meet Lukashenko amid fears that Belarus could join offensive');
  assert.equal(a.outlet, 'The Week');
  assertProseKept(a, source);
  assertNone(a, ['Powered by', 'Telegram', '| Reuters', '(left)']);
  assert.equal(reasonOf(a, 'putin lukashenko Alexander Lukashenko (left) with Vladimir Putin | Reuters'), REASON.caption);
  assert.match(
    a.paragraphs.at(-1)!,
    /Ukraine’s hands will be somewhat tied,” he told The Wall Street Journal\.$|hands will be somewhat tied," he told The Wall Street Journal\.$/,
  );
});

test('seed 001 variant: a promo glued to the next headline is split, both parts judged on their own', () => {
  const { source } = seed('001');
  const glued = source.replace(/latest headlines\s*$/, 'latest headlinesPutin in Belarus for talks amid fears of new assault on Ukraine\n');
  const a = extractPlainText(textDocument('001g', '001g', glued, 0, 'utf-8'));
  assert.equal(a.removed.find((r) => r.text.endsWith('latest headlines'))?.reason, REASON.promo);
  assert.ok(a.removed.some((r) => r.text === 'Putin in Belarus for talks amid fears of new assault on Ukraine'));
  assert.ok(!text(a).includes('headlines'));
});

test('seed 002 (CBC): alt texts, captions, subheadings and the video teaser out; the outlet from its template', () => {
  const { article: a, source } = seed('002');
  assert.equal(a.title, 'Putin in Belarus for talks amid fears of new assault on Ukraine');
  // the text never names CBC: its video cards ("WATCH | …", "Duration 2:04") do
  assert.equal(a.outlet, 'CBC News');
  assert.match(a.outletEvidence ?? '', /page template/);
  assertProseKept(a, source, [/^Two men|^About two-dozen|\(.*\/.*\)$|^Russian President Vladimir Putin made a rare admission/]);
  assertNone(a, [
    'Two men in black',
    'sofas',
    'Sputnik',
    'WATCH |',
    'Duration 2:04',
    '6 months ago',
    'rare admission',
    'Further aggression',
    'Sanctions hit exports',
  ]);
  const alt = a.removed.filter((r) => r.reason === REASON.altText);
  assert.equal(alt.length, 4);
  assert.equal(a.removed.filter((r) => r.reason === REASON.caption).length, 4);
  assert.equal(reasonOf(a, 'Duration 2:04'), REASON.video);
  assert.equal(reasonOf(a, 'Sanctions hit exports'), REASON.subheading);
  assert.match(a.paragraphs.at(-1)!, /^Lukashenko said he and Putin would discuss/);
});

test('seed 003 (InoSMI translation of Advance): glued lines split, Russian chrome out, credits found', () => {
  const { article: a } = seed('003');
  assert.equal(a.title, "Kiev is seriously concerned about Putin's visit to Minsk");
  assert.equal(a.outlet, 'InoSMI');
  assert.equal(a.originalOutlet, 'Advance');
  assert.deepEqual(a.byline, ['D. Marjanovich']);
  const body = text(a);
  assert.ok(body.includes("Putin's decision to visit Minsk proves that he has decided to take a central role"));
  assert.ok(a.paragraphs.some((p) => p.startsWith('Russian President Vladimir Putin arrived today on a visit to Minsk')));
  assert.match(a.paragraphs.at(-1)!, /^It is expected that we will also talk about energy/);
  assertNone(a, [
    'Войти',
    '1095',
    'Image source',
    'Marjanovich',
    'rights to this material',
    'InoSMI materials',
    'Register and/or Log in',
    'ПОДПИСКА',
    '24.09',
    'Su-35',
    'Ответ на',
    'Significant increase',
  ]);
  assert.equal(reasonOf(a, 'Войти'), REASON.login);
  assert.equal(reasonOf(a, '1095'), REASON.counter);
  assert.equal(reasonOf(a, 'D. Marjanovich (D. Marjanovich)'), REASON.byline);
  assert.equal(reasonOf(a, 'Ответ на "Противники мнимые и реальные"'), REASON.otherLanguage);
  assert.equal(reasonOf(a, 'The rights to this material belong to'), REASON.copyright);
  assert.equal(reasonOf(a, 'Air Defense: Thoughts out loud (part 2)'), REASON.related);
});

test('seed 004 (spun copy, no title): every line kept, title from the first sentence, bylines from the credit', () => {
  const { article: a, source } = seed('004');
  const lines = source
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  assert.equal(a.paragraphs.length, lines.length - 1);
  assert.deepEqual(a.byline, ['Mary Ilyushina', 'Natalia Abbakumova']);
  // the byline stays the reporters; the outlet is the one they are credited staff of
  assert.equal(a.outlet, 'The Washington Post');
  assert.equal(a.outletEvidence, 'credited staff Mary Ilyushina, Natalia Abbakumova');
  assert.equal(reasonOf(a, lines.at(-1)!), REASON.contributors);
  assert.ok(a.title.startsWith('Putin’s talks with Belarusian President Alexander Lukashenko centered on financial cooperation'));
  assert.ok(a.title.length <= 112, a.title);
  assert.equal(a.published, null);
});

test('seeds: removed lines all carry a reason from the vocabulary', () => {
  const known = new Set<string>(Object.values(REASON));
  for (const f of FILES) {
    const { article } = seed(f.slice(0, 3));
    for (const r of article.removed) assert.ok(known.has(r.reason), `${f}: ${r.reason}`);
  }
});
