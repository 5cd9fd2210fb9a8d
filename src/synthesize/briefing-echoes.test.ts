import assert from 'node:assert/strict';
import { test } from 'node:test';
import { echoes } from './briefing.ts';

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
