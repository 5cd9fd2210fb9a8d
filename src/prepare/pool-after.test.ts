// When the prepare workers start: with the first document for an input known to be large, else after POOL_AFTER.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { POOL_AFTER, poolAfterFor } from './threads.ts';
import { fileBytes } from '../ingest/walk.ts';

const seeds = fileURLToPath(new URL('../../examples/seeds', import.meta.url));
const seed = `${seeds}/000_a5b2a6d156f426f8.txt`;

test('a folder, an address or a missing path counts no bytes; files count their size', () => {
  assert.equal(fileBytes([seeds, 'https://example.com/a.html', `${seeds}/missing.txt`]), 0);
  assert.equal(fileBytes([seed, seed]), 2 * statSync(seed).size);
});

test('the workers start at once for an input of 8 MB or more, after POOL_AFTER documents otherwise', () => {
  assert.equal(poolAfterFor(fileBytes([seed])), POOL_AFTER);
  assert.equal(poolAfterFor(8 * 1024 * 1024), 0);
  assert.equal(poolAfterFor(8 * 1024 * 1024 - 1), POOL_AFTER);
});
