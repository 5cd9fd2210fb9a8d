import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spellContractions } from './wording.ts';
import { CONTRACTIONS } from './lexicon.ts';

/** Every contraction pass run, as before the apostrophe check. */
const everyPass = (text: string) => CONTRACTIONS.reduce((t, [re, to]) => t.replace(re, to), text);

test('contractions are spelt out as every pass would, with either apostrophe; a text with none is given back (BASIL, ECB+, Reuters)', () => {
  const texts = [
    // BASIL (Weiner), ECB+ (Belarus, the Lohan lawyer), Reuters quotes, each apostrophe as written and swapped
    "I just wanted to say that I know that the things I've done caused a lot of pain and I'm sorry",
    'We don’t see any kind of impending cross-border exercise by Belarus at the moment',
    "She won't be going back, and we can't say when that's going to change; they're not sure, he'd said.",
    "It's always been bipartisan. We'll keep it that way, who's to say what's next",
    // none: every pass would give the text back
    'The company said it had no plans to sell the unit, which earned 12 mln dlrs in 1986.',
  ];
  for (const text of texts) for (const t of [text, text.replaceAll("'", '’'), text.replaceAll('’', "'")]) assert.equal(spellContractions(t), everyPass(t), t);
  assert.equal(spellContractions("I've done it"), 'I have done it');
  assert.equal(spellContractions('I’m sorry'), 'I am sorry');
});
