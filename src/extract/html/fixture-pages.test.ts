// Page patterns from real news and blog templates (test/fixtures/html: the markup kept, the text rewritten),
// one fixture per pattern the extractor once got wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtmlContent } from './index.ts';
import { withRules } from '../removal-rules.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/html');
const extract = (name: string) => extractHtmlContent(readFileSync(join(FIXTURES, name), 'utf8'), `https://example.org/${name}`);
const text = (name: string) => extract(name).paragraphs.join('\n');

test('a teaser <article> inside a related-posts list is not taken for the page article', () => {
  const out = extract('related-teaser-article.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /^Ohrringe sind in diesem Frühling/);
  assert.match(t, /recyceltem Silber/);
  assert.doesNotMatch(t, /Jetzt heißt es schnell sein/);
  assert.doesNotMatch(out.method, /marked container article/);
});

test('a sentence-long subheadline before a removed author box stays; a short heading before a removed box goes', () => {
  const out = extract('long-subheadline.html');
  const t = out.paragraphs.join('\n');
  assert.match(t, /sondern auch politische Maßnahmen, wie die zur Bekämpfung einer Pandemie\./);
  assert.doesNotMatch(t, /Mehr zum Thema/);
  assert.match(t, /aufeinander zu achten\.$/);
  const rules = withRules(out.removed).map((r) => r.rule);
  assert.ok(rules.includes('orphan-heading'), JSON.stringify(out.removed));
});

test('an author box plugin below the post is removed with its reason', () => {
  const out = extract('author-box-plugin.html');
  assert.doesNotMatch(out.paragraphs.join('\n'), /Ich mag jede Art von Fotografie/);
  assert.match(text('author-box-plugin.html'), /anderen Fotografen mit dem gleichen Problem hilft\.$/);
  assert.ok(withRules(out.removed).some((r) => r.rule === 'author-box' && /Fotografie/.test(r.text)));
});
