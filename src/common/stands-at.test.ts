import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { standsAt } from './stands-at.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'examples', 'seeds');

test("standsAt answers what startsWith answers, for a seed's sentences at every place of its text", () => {
  const file = readdirSync(SEEDS).sort()[0];
  const text = readFileSync(join(SEEDS, file), 'utf8').slice(0, 3000);
  const parts = text.split(/(?<=\.)\s+/).slice(0, 6);
  let found = 0;
  for (const part of parts)
    for (let at = 0; at <= text.length; at++) {
      const expected = text.startsWith(part, at);
      assert.equal(standsAt(text, part, at), expected, `${JSON.stringify(part.slice(0, 30))} at ${at}`);
      if (expected) found++;
    }
  assert.ok(found >= parts.length, `${found} places found`);
});
