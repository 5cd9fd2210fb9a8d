import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphDocuments } from '../../test/paragraph-documents.ts';
import { citeAlike, echoes, echoesLine } from './briefing.ts';
import { buildUnits, type Unit } from './units.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

test("a line around an earlier line's phrases echoes it (ECB+ cables, BASIL Blumenthal)", () => {
  assert.ok(
    echoes(
      'Most business-to-business traffic between Europe and Asia was being rerouted through the United States, the firm said, but regular communications between Europe and several Asian countries has been disrupted since early Friday.',
      'The company says most business traffic between Europe and Asia is being rerouted through the United States, but 65% of traffic to India is down, and services to Singapore, Malaysia, Saudi Arabia, Egypt, Taiwan and Pakistan are severely affected.',
    ),
  );
  assert.ok(
    echoes(
      'At that March 2 event, which can be found here on You Tube, Blumenthal, advocating for troops returning from war, clearly says, "We have learned something very important since the days that I served in Vietnam..."',
      '“We have learned something important since the days that I served in Vietnam,” Mr. Blumenthal said to the group gathered in Norwalk in March 2008.',
    ),
  );
});

test("names, a template or a committee's agenda in common are no echo (r3k, BASIL)", () => {
  // two bills the committee may take up tomorrow
  assert.ok(
    !echoes(
      'The U.S. Senate Agriculture Committee may take up a bill tomorrow that would strengthen the activities of U.S. agricultural trade teams in selected developing countries, committee staff said.',
      'The Senate Agriculture Committee is expected to take up a bill tomorrow that would exempt from government conservation regulations those farmers who have rotated alfalfa and other multiyear grasses.',
    ),
  );
  // two companies' ratings cut
  assert.ok(
    !echoes(
      'USX senior debt was lowered to DP-11 (high BB) from DP-9 middle BBB), Marathon oil senior debt to DP-11 from DP-9, United States Steel senior debt to DP-11 from DP-9 and subordinated debt to DP-13 (low BB) from DP-11.',
      "Cut were the company's senior debt to BB-minus from BB and subordinated debt to B-plus from BB-minus.",
    ),
  );
  assert.ok(
    !echoes(
      'Supreme Court Justice Ruth Bader Ginsburg hasn’t been shy in recent days about the prospect of a Donald Trump presidency, joking that she might move to New Zealand if it ever happens.',
      'Supreme Court Justice Ruth Bader Ginsburg faced a growing and bipartisan backlash Wednesday -- including a call from Donald Trump to resign.',
    ),
  );
});

/** one article's units, each paragraph a sentence */
function units(paragraphs: string[]): Unit[] {
  const documents = paragraphDocuments([paragraphs]);
  return buildUnits({ documents, enrichments: new Map(), entities: [], fallbackYear: 2008 });
}

test('a line around a picked line’s phrases says its fact again; a fact of its own beside a shared clause does not (ECB+ Palin, Microsoft, Kraft)', () => {
  const [said, stopped, budd, urging, dorsey, kraft] = units([
    'On Saturday, the Alaska Governor said she apologizes if the incident was in any way connected to "undeserved negative attention" brought on by her failed bid for the vice presidency of the United States.',
    'Governor Palin stopped by the church this morning and "told an assistant pastor that she apologizes if the incident is in any way connected to the undeserved negative attention the church has received since she became a vice presidential candidate."',
    'Christopher Budd, of the software giant\'s security centre, said the company "encourages all Internet Explorer customers to test and deploy this update as soon as possible".',
    'Microsoft is urging users of IE to test and deploy this update as soon as possible.',
    'Kenneth Dorsey says the woman accused of killing two co-workers and critically injuring a third at the Kraft plant in Northeast Philly is a good person.',
    'Minutes after a woman was suspended and escorted from her job at the Kraft Foods plant in Northeast Philadelphia, she returned with a .357 Magnum and opened fire, killing two women and critically injuring a third co-worker before being taken into custody.',
  ]);
  assert.ok(echoesLine(stopped, said));
  assert.ok(echoesLine(budd, urging));
  assert.ok(!echoesLine(dorsey, kraft));
});

test('two lines cite alike when half the sentences the fewer cites are the other’s', () => {
  const [a, b, c, d] = units([
    'Authorities estimate the damages to the Wasilla Bible Church at $1 million.',
    'No one was hurt in the fire on Friday night although a handful of people were inside the church.',
    'Firefighters were called to the blaze at around 9:40 p.m.',
    'The fire was set at the entrance of the church and moved inward, Chief Steele said.',
  ]);
  assert.ok(citeAlike([a, b, c], [b, c]));
  assert.ok(citeAlike([a, b], [b, c, d]));
  assert.ok(citeAlike([a, b, c], [c, d]));
  assert.ok(!citeAlike([a, b, c], [d]));
  assert.ok(!citeAlike([a], [d]));
});
