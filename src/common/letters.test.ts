// The letter-class patterns stand at module level (letters.ts says why): compiled as tsx and the build compile
// them (esbuild, target node20), the enrich, synthesis and report modules build no pattern inside a function.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { HAS_LETTER, LOWER_FIRST, UPPER_FIRST } from './letters.ts';

const src = join(import.meta.dirname, '..');
/** a pattern esbuild wrote out as a constructor call, made once: `const NAME = new RegExp("…", "u");` */
const MADE_ONCE = /^const [A-Z][A-Z0-9_]* = new RegExp\("(?:[^"\\]|\\.)*", "[dgimsuvy]*"\);$/;

function builtPatterns(file: string): string[] {
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20', sourcefile: file });
  return code.split('\n').filter((line) => line.includes('new RegExp("') && !MADE_ONCE.test(line));
}

test('enrich, synthesis and report modules build no \\p{…} pattern per call once compiled for node20', () => {
  for (const dir of ['enrich', 'synthesize', 'report', 'report/sections', 'accounts', 'common']) {
    for (const name of readdirSync(join(src, dir))) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      assert.deepEqual(builtPatterns(join(src, dir, name)), [], `${dir}/${name}`);
    }
  }
});

test('the shared letter tests read letters of any script', () => {
  assert.ok(UPPER_FIRST.test('Лукашенко') && !UPPER_FIRST.test('minsk'));
  assert.ok(LOWER_FIRST.test('über') && !LOWER_FIRST.test('Über'));
  assert.ok(HAS_LETTER.test('«ja»') && !HAS_LETTER.test('12 – 3'));
});
