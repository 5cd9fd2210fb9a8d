// The letter-class patterns stand at module level (letters.ts says why): compiled as tsx and the build compile
// them (esbuild, target node20), no module builds a pattern inside a function.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { HAS_LETTER, LOWER_FIRST, UPPER_FIRST, upperFirst } from './letters.ts';

const src = join(import.meta.dirname, '..');
/** a pattern esbuild wrote out as a constructor call, made once: `const NAME = new RegExp("…", "u");` */
const MADE_ONCE = /^const [A-Z][A-Z0-9_]* = new RegExp\("(?:[^"\\]|\\.)*", "[dgimsuvy]*"\);$/;

function builtPatterns(file: string): string[] {
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20', sourcefile: file });
  return code.split('\n').filter((line) => line.includes('new RegExp("') && !MADE_ONCE.test(line));
}

// files whose flagged patterns stand in module-level tables (built once when the module loads)
const TABLE_FILES = new Set(['extract/html/boilerplate.ts', 'common/translation-credits.ts']);

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

test('upperFirst answers as UPPER_FIRST: every word of the Reuters and ECB+ samples, and letters past ASCII', () => {
  const text = ['reuters-sample.jsonl', 'ecbplus-sample.jsonl']
    .map((name) => readFileSync(join(src, '..', 'test', 'fixtures', 'extract', name), 'utf8'))
    .join('\n');
  const words = text.split(/[\s"]+/);
  assert.ok(words.length > 10_000);
  // (the first letter past ASCII: Greek, Cyrillic, accented, an astral capital, a lower-case sharp s; none at all)
  for (const w of [...words, 'Élysée', 'élan', 'Ωmega', 'Лукашенко', 'минск', '𝐀lpha', 'ßig', '', '5th', '@Reuters', '[A]']) {
    assert.equal(upperFirst(w), UPPER_FIRST.test(w), w);
  }
});
