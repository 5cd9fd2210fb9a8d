// eld's detector for runs from the TypeScript sources (tests, the bench harness under tsx), its n-gram table read as
// data on first use, with the news languages' scores only (newsTable). Importing eld/small compiles the table, a
// 1.6 MB object literal, on every thread that loads the model: 47 MB of heap kept (the literal's boilerplate beside
// the table) and ~145 MB of RSS, against 28 MB and ~45 MB for the same table parsed as JSON, which is how the
// compiled command reads it (scripts/build.mjs), and only when a text first needs it. Its source text is made JSON
// here: quoted keys, strings in double quotes.
import { readFileSync } from 'node:fs';
import type { eld as Eld } from 'eld/small';
import newsLanguages from './data/news-languages.json' with { type: 'json' };

/** A single-quoted string of the literal (its only escape is \'), or a bare key after `{` or `,`. */
const LITERAL_TOKEN = /'((?:[^'\\]|\\.)*)'|([{,])([^'{},:]+):/g;
const ESCAPED = /\\(['\\])/g;

/** The object literal of eld's ngrams module (`export const ngramsData = {...};`) as JSON text. */
export function tableJson(source: string): string {
  const start = source.indexOf('{', source.indexOf('ngramsData'));
  const literal = source.slice(start, source.lastIndexOf('}') + 1);
  return literal.replace(LITERAL_TOKEN, (_, text: string | undefined, open: string, key: string) =>
    text === undefined ? `${open}${JSON.stringify(key)}:` : JSON.stringify(text.replace(ESCAPED, '$1')),
  );
}

/** eld's table: its languages by index, and per n-gram each language's score (by the language's index). */
interface EldTable {
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

/**
 * eld's table with only the news languages' scores (NEWS_LANGUAGES), n-grams scoring none of them left out: what
 * the compiled command reads (scripts/build.mjs writes the same). eld adds each language's scores apart and keeps
 * only the subset's (language.ts sets it before any detection), so every detection is the same; the table is parsed
 * in half the time (~70 against ~140 ms) and holds 15 MB of heap for 22; a detection reads a third fewer scores.
 */
export function newsTable<T extends EldTable>(table: T, languages: readonly string[] = newsLanguages): T {
  const kept = new Set(Object.keys(table.languages).filter((index) => languages.includes(table.languages[index])));
  const ngrams: EldTable['ngrams'] = {};
  for (const [ngram, scores] of Object.entries(table.ngrams)) {
    let own: Record<string, number> | null = null;
    for (const index in scores) if (kept.has(index)) (own ??= {})[index] = scores[index];
    if (own) ngrams[ngram] = own;
  }
  return { ...table, ngrams };
}

const entry = import.meta.resolve('eld/small');
const { createEld } = await import(new URL('../languageDetector.js', entry).href);
const table = new URL('../ngrams/small.js', entry);

function build(): typeof Eld {
  const { instance, loadData } = createEld();
  loadData(newsTable(JSON.parse(tableJson(readFileSync(table, 'utf8')))));
  return instance;
}

// built on first use (as the compiled command's): every method of the instance is a closure, so it is handed out as
// it is. Never a promise's value: resolving one with it reads its `then`, which would build it.
let built: typeof Eld | undefined;
/** eld's 'small' detector, as eld/small exports it. */
export const eld: typeof Eld = new Proxy(Object.create(null), { get: (_, key) => (built ??= build())[key as keyof typeof Eld] });
