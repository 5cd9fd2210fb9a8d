import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REMOVAL_RULES, removalRule } from './removal-rules.ts';
import { REASON } from './plain/reasons.ts';
import { CHROME_PATTERNS, CHROME_ROLES, CHROME_TAGS } from './html/patterns.ts';
import { extractArticle } from './index.ts';
import type { RawDocument } from '../model.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

const ROOT = new URL('../../', import.meta.url).pathname;

test('one table: every reason either extractor gives has a stable rule id; share and cookie chrome are named alike', () => {
  const reasons = [...Object.values(REASON), ...Object.values(CHROME_TAGS), ...Object.values(CHROME_ROLES), ...CHROME_PATTERNS.map((p) => p.reason)];
  for (const reason of reasons) assert.ok(removalRule(reason), `no rule for "${reason}"`);
  assert.equal(new Set(Object.values(REMOVAL_RULES)).size, Object.keys(REMOVAL_RULES).length, 'one reason per rule');
  assert.equal(CHROME_PATTERNS.find((p) => /sharebar/.test(p.re.source))?.reason, REASON.share);
  assert.equal(CHROME_PATTERNS.find((p) => /gdpr/.test(p.re.source))?.reason, REASON.cookie);
  assert.equal(removalRule('end matter after "Mehr zum Thema"'), 'end-matter');
});

test('removals from real pages carry their rule id', () => {
  const raws: RawDocument[] = [
    {
      id: 'g',
      source: 'rivertown-gazette.html',
      kind: 'html',
      body: readFileSync(join(ROOT, 'test/fixtures/web/rivertown-gazette.html'), 'utf8'),
      order: 0,
      meta: {},
    },
    ...readdirSync(join(ROOT, 'examples/seeds')).map(
      (name, i): RawDocument => ({
        id: name,
        source: name,
        kind: 'text',
        body: readFileSync(join(ROOT, 'examples/seeds', name), 'utf8'),
        order: i + 1,
        meta: {},
      }),
    ),
  ];
  const rules = new Set<string>();
  for (const raw of raws) {
    const { removed } = extractArticle(raw);
    for (const r of removed) {
      assert.equal(r.rule, removalRule(r.reason), `${raw.source}: "${r.reason}"`);
      assert.ok(r.rule, `${raw.source}: no rule for "${r.reason}"`);
      rules.add(r.rule);
    }
  }
  assert.ok(rules.has('cookie-notice') || rules.has('share-buttons') || rules.size >= 5, [...rules].join(', '));
});
