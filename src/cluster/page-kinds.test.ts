// Pages of a kind that tells no event (page-kinds.ts) bring no topic words to clustering. The fixture: 12 pages of
// trafilatura-eval (github.com/adbar/trafilatura, evaluation pages; their extracted texts) from unrelated sites --
// four cake and biscuit recipes, two muffin recipes, a stir fry and a roasted chicken, a porridge recipe and a diet
// guide, an imprint and an essay on platform liability. Before, they made five false stories: the four bakes on
// "Teig, Zucker, Zutaten, backen, Backpulver", the muffins on "Muffins, Teig, Zutaten, Butter", the two dishes on
// "stirring, minced, cubes, cook", the porridge and the diet on "Kalorien, Mahlzeit", the imprint and the essay on
// "Inhalte, Diensteanbieter, verantwortlich".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readDocuments } from '../pipeline.ts';
import { clusterStories } from './index.ts';
import { documentFeatures } from './features.ts';
import { eventlessKind } from './page-kinds.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'cluster');
const { documents } = await readDocuments([join(FIXTURES, 'recipes-legal.jsonl')]);

test('recipes and a legal notice of unrelated sites make no story together or with an article', () => {
  assert.equal(documents.length, 12);
  const joined = clusterStories(documents)
    .filter((s) => s.documents.length > 1)
    .map((s) => s.documents.join(' + '));
  assert.deepEqual(joined, []);
});

test("a recipe's and a legal notice's kind is read from their text and title; an article's is none", () => {
  const kinds = Object.fromEntries(documents.map((d) => [d.id, eventlessKind(d) ?? '']));
  assert.equal(kinds['markeich.de.impressum'], 'legal notice');
  assert.equal(kinds['chefkoch.de.mandarinen'], 'recipe');
  assert.equal(kinds['archive.org.muffinrezept.net.grundrezept'], 'recipe');
  assert.equal(kinds['nestle-family-com-chicken'], 'recipe');
  assert.equal(kinds['wolfgangmichal.de.sorgfaltspflicht'], '');
  assert.equal(kinds['gofeminin.de.abnehmen'], '');
  // its topic words and title are left out; names, figures and dates are kept
  const f = documentFeatures(documents.find((d) => d.id === 'nestle-family-com-chicken') ?? documents[0]);
  assert.equal(f.eventless, 'recipe');
  assert.equal(f.terms.size + f.title.size, 0);
  assert.ok(f.numbers.size > 0);
});

test('titles that name a legal notice whole, and texts that are no recipe', () => {
  const kind = (title: string, text = 'Some text.') => eventlessKind({ title, text });
  assert.equal(kind('Impressum'), 'legal notice');
  assert.equal(kind('SibenLab privacy policy'), 'legal notice');
  assert.equal(kind('Datenschutzerklärung'), 'legal notice');
  assert.equal(kind('Facebook changes its privacy policy again'), undefined);
  // a report giving a dish's weights, with no recipe's word, and a recipe word with fewer than four quantities
  assert.equal(kind('Record cake', 'The cake weighed 200 g. It took 2 kg of flour, 1 l of milk and 300 g of sugar.'), undefined);
  assert.equal(kind('Grandma’s recipe', 'She added 2 tbsp of sugar and 1 cup of milk.'), undefined);
  // "2G", "3G" are no grams (a page on Covid rules)
  assert.equal(kind('Rezept', '2G und 3G, 2G Plus, 3G am Arbeitsplatz, 2G-Regel'), undefined);
});

test("Reuters' commodity items (sugar, cocoa, oilseeds in tonnes) are no recipes", async () => {
  const { documents: reuters } = await readDocuments([join(FIXTURES, 'reuters-statistics.jsonl'), join(FIXTURES, 'reuters-groups.jsonl')]);
  assert.ok(reuters.length > 10);
  assert.deepEqual(
    reuters.filter((d) => eventlessKind(d) !== undefined).map((d) => d.id),
    [],
  );
});
