import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphDocuments } from '../../test/paragraph-documents.ts';
import { lineAlone, trimLine } from './briefing.ts';
import { buildUnits, type Unit } from './units.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

/** one article's units, each paragraph a sentence */
function units(paragraphs: string[]): Unit[] {
  const documents = paragraphDocuments([paragraphs]);
  return buildUnits({ documents, enrichments: new Map(), entities: [], fallbackYear: 2008 });
}

test('a dateline in ordinary case with its agency credited leaves the line (BASIL marijuana suit)', () => {
  assert.equal(
    trimLine("Denver (AP) – Colorado's top law enforcement official promises to vigorously defend the state's historic law legalizing marijuana."),
    "Colorado's top law enforcement official promises to vigorously defend the state's historic law legalizing marijuana.",
  );
  // no credit: a place in ordinary case before a dash is the sentence's own
  const line = 'Armed robbers - some disguised as women - snatched $108 million worth of diamond rings from a Harry Winston boutique.';
  assert.equal(trimLine(line), line);
});

test('a line in the first or second person outside quotation marks, blog chrome or a line cut at "E!" is no briefing line (ECB+)', () => {
  const voiced = units([
    "I was immediately impressed with Dr. Regina Benjamin's background when President Obama nominated her for U.S. Surgeon General.",
    'Soon, with co-author James Swanson, I embarked on the adventure of writing her biography, sitting down with her for hundreds of hours while she told us her story.',
    "While I wasn't the only one impressed with Dr. Benjamin's background, there were also some who questioned her ability to perform the duties of Surgeon General.",
    'Gupta wouldn\'t comment to me -- while not denying the story -- but confirmed on his Twitter feed that he "has been approached by the Obama administration about the U.S. surgeon general\'s post."',
    "I'd like to thank @TheAcademy, my wife Portia and, oh dear, there goes the orchestra.",
    'After hearing about his other offers, however, it seems clear that we are not going to be a factor.',
    'In New York, there are laws about what to do if you have been involved in an accident.',
    'On behalf of Newman, Anzalone & Newman, LLP. posted in Hit and Run Accidents on Friday, September 20, 2013.',
    "Reid's messy lifestyle led to her short lived E!",
  ]);
  assert.deepEqual(
    voiced.map((u) => lineAlone(u)),
    voiced.map(() => false),
  );
});

test('quoted first person, a Roman numeral after a name and "U.S." are a briefing line (ECB+, r3k)', () => {
  const lines = units([
    '"I am so excited to be hosting the Oscars for the second time," DeGeneres said in a press release announcing the big news.',
    'New York City Councilman Jumaane D. Williams, who represents the area of Flatbush, has been tweeting live updates, and said: ‘I’m in the middle of the riot action at Church and Snyder in my district.',
    'Energy Optics said the Navy awarded a Phase I contract to investigate various analog and digital design alternatives.',
    'Morgan Stanley Mortgage Trust I, a unit of Morgan Stanley Group, is offering 317.8 mln dlrs of AAA-rated collateralized mortgage obligations.',
    'Ms Page disappeared for decades at the end of the Fifties, suffering serial broken marriages and devoting herself to Christianity.',
  ]);
  assert.deepEqual(
    lines.map((u) => lineAlone(u)),
    lines.map(() => true),
  );
});
