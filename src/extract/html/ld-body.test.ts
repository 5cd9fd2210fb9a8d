// JSON-LD article bodies as pages write them (excerpts of real pages' `articleBody`, text rewritten).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ldBodyBlocks, stepsText, withMarkupLead } from './ld-body.ts';

const SENTENCE = 'La Jurisdicción Especial para la Paz ya le ha dicho al país que durante el conflicto se cometieron miles de crímenes. ';
const long = (s: string) => s.repeat(Math.ceil(900 / s.length));

test('a body escaped once more (&lt;p&gt;) is read as its paragraphs', () => {
  const body = `&lt;p class=&quot;texto&quot;&gt;${long(SENTENCE)}&lt;/p&gt;&lt;p class=&quot;texto&quot;&gt;Em busca de uma solução para a crise.&lt;/p&gt;`;
  const blocks = ldBodyBlocks(body);
  assert.deepEqual(
    blocks.map((b) => b.tag),
    ['p', 'p'],
  );
  assert.equal(blocks[1].text, 'Em busca de uma solução para a crise.');
});

test('a plain body is cut at its line breaks; an entity it writes is read', () => {
  const blocks = ldBodyBlocks(`Uma das lideran&ccedil;as da organiza&ccedil;&atilde;o\n${long(SENTENCE)}`);
  assert.equal(blocks.length, 2);
  assert.equal(blocks[0].text, 'Uma das lideranças da organização');
});

test('a body in Markdown or a CMS embed syntax, or as short as a teaser, is not read', () => {
  assert.deepEqual(ldBodyBlocks(`**Diese Wellness-Hotels sind genau richtig für einen Kurzurlaub.**\n\n${long(SENTENCE)}`), []);
  assert.deepEqual(ldBodyBlocks(`${long(SENTENCE)}\n[#image: /photos/61979e4b849388156b5a9ae5]|||Natürliche Materialien`), []);
  assert.deepEqual(ldBodyBlocks(`${long(SENTENCE)} Im [Boutique-Hotel Miramonti](https://www.example.com/) gibt es einen Pool.`), []);
  assert.deepEqual(ldBodyBlocks(SENTENCE), []);
});

test("the markup's lead goes first when the body does not hold it, and only then", () => {
  const lead = {
    text: 'Eine Schneedecke auf der Photovoltaikanlage sorgt nicht nur für geringeren Stromertrag. Das Gewicht belastet auch Module.',
    tag: 'p',
    linkChars: 0,
  };
  const label = { text: 'Photovoltaik', tag: 'p', linkChars: 0 };
  const body = ldBodyBlocks(`Diesen Ratgeber hatten wir erstmals 2019 veröffentlicht\n${long(SENTENCE)}`);
  assert.deepEqual(
    withMarkupLead([label, lead], body).map((b) => b.text),
    [lead.text, ...body.map((b) => b.text)],
  );
  const holding = ldBodyBlocks(`${lead.text}\n${long(SENTENCE)}`);
  assert.deepEqual(withMarkupLead([label, lead], holding), holding);
});

test("a how-to's JSON-LD steps are its text: the description, each step's name and directions, in order", () => {
  const howTo = {
    '@type': 'HowTo',
    name: 'Wie man eine runde Tischdecke in nur 7 Schritten herstellt',
    description: '<p>Unabhängig von Größe und Stil kannst du dich glücklich schätzen, wenn du einen runden Tisch hast.</p>',
    tool: [{ '@type': 'HowToTool', name: 'Maßband' }],
    step: [
      {
        '@type': 'HowToStep',
        name: 'Schritt 1: Messe deine Tischplatte',
        itemListElement: { '@type': 'HowToDirection', text: '<p>Miss den Durchmesser (das ist das Maß, das durch die Tischmitte geht).</p>' },
      },
      { '@type': 'HowToStep', name: 'Schritt 2: Stoff messen', text: 'Miss deinen Stoff aus.' },
    ],
  };
  assert.equal(
    stepsText([{ '@type': 'BreadcrumbList' }, howTo]),
    [
      '<p>Unabhängig von Größe und Stil kannst du dich glücklich schätzen, wenn du einen runden Tisch hast.</p>',
      '<h3>Schritt 1: Messe deine Tischplatte</h3>',
      '<p>Miss den Durchmesser (das ist das Maß, das durch die Tischmitte geht).</p>',
      '<h3>Schritt 2: Stoff messen</h3>',
      '<p>Miss deinen Stoff aus.</p>',
    ].join(''),
  );
  assert.equal(stepsText([{ '@type': 'NewsArticle', articleBody: 'Text.' }]), null);
});
