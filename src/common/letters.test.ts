// The letter-class patterns stand at module level (letters.ts says why): compiled as tsx and the build compile
// them (esbuild, target node20), no module builds a pattern inside a function.
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

// files whose flagged patterns stand in module-level tables (built once when the module loads)
const TABLE_FILES = new Set(['extract/html/boilerplate.ts', 'provenance/data/translation.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(src, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

test('no module builds a \\p{…} pattern per call once compiled for node20', () => {
  const files = sourceFiles('');
  assert.ok(files.length > 100 && files.includes('enrich/names.ts') && files.includes('provenance/view.ts'));
  for (const file of files) {
    if (TABLE_FILES.has(file)) continue;
    assert.deepEqual(builtPatterns(join(src, file)), [], file);
  }
});

test('the shared letter tests read letters of any script', () => {
  assert.ok(UPPER_FIRST.test('Лукашенко') && !UPPER_FIRST.test('minsk'));
  assert.ok(LOWER_FIRST.test('über') && !LOWER_FIRST.test('Über'));
  assert.ok(HAS_LETTER.test('«ja»') && !HAS_LETTER.test('12 – 3'));
});
