// The seeds' articles (examples/seeds) as the text stage gives them, each file's blank-line paragraphs read
// straight, no ingest: for unit tests of what is made from a TextDocument (term counts by stem id, Maps, Sets
// and typed arrays inside). The language model must be loaded first (loadLanguageModel).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from '../src/model.ts';
import { analyzeText } from '../src/text/index.ts';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'seeds');

export function seedTexts(): TextDocument[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const paragraphs = readFileSync(join(SEEDS, f), 'utf8')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      return analyzeText({ id: f, source: f, url: null, title: '', outlet: null, byline: [], published: null, paragraphs, removed: [], order: 0 });
    });
}
