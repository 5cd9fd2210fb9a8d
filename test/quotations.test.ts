// Common quotations, on real text: reporters quoting one speech or statement share its words, and that is no
// copy (BASIL's Fox, HuffPost and New York Times articles on Glenn Beck's CPAC speech and on Bill Kristol's letter
// to Michael Steele); a wire copy of a quote-heavy article shares its own wording too, and stays a copy
// (Reuters-21578 12879, a rewrite of 12750 on China's price reform, 20 quotation marks each).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocuments, analyzeDocuments } from '../src/pipeline.ts';
import { findRelations, countIndependent, sourceFamilies } from '../src/provenance/index.ts';
import { quotationShare, quotedSentences } from '../src/provenance/quoted.ts';
import { matchSentences } from '../src/provenance/align.ts';
import { docView } from '../src/provenance/view.ts';
import { fingerprint } from '../src/fingerprint/index.ts';
import { analyzeText } from '../src/text/index.ts';
import { renderReport } from '../src/report/index.ts';
import type { CommonQuotation, TextDocument } from '../src/model.ts';
import { validateReport } from './contract.ts';

const FIXTURE = new URL('./fixtures/provenance/quotations.jsonl', import.meta.url).pathname;
const { documents } = await readDocuments([FIXTURE], { threads: 1 });
const doc = (prefix: string) => documents.find((d) => d.id.startsWith(prefix)) as TextDocument;
const BECK = ['40b85964', 'f3d0ebba', '17a9d9cb'].map(doc); // Fox, HuffPost, New York Times
const STEELE_HPO = doc('f03b6656');
const STEELE_NYT = doc('d2e17368');
const [WIRE_COPY, WIRE] = [doc('12879'), doc('12750')];
const view = (d: TextDocument) => docView(d, fingerprint(d));
const quotedText = (d: TextDocument, needle: string) => {
  const i = d.sentences.findIndex((s) => s.text.includes(needle));
  assert.ok(i >= 0, needle);
  return quotedSentences(view(d))[i].quoted.length;
};

test('the words inside quotation marks: a nested quote, a quote over sentences and paragraphs, narration outside', () => {
  // “Needless to say, the war in Afghanistan was not “a war of Obama’s choosing.” It has been prosecuted ...
  assert.ok(quotedText(STEELE_HPO, 'Needless to say') >= 15);
  assert.ok(quotedText(STEELE_HPO, 'It has been prosecuted by the United States') >= 10);
  // the letter's later paragraphs open with no mark; the one ending "... chairman of the Republican party.”" is quoted
  assert.ok(quotedText(STEELE_HPO, 'There are, of course, those who think') >= 10);
  assert.equal(quotedText(STEELE_HPO, 'Several prominent conservatives offered swift'), 0);
  // straight marks over two sentences: "America is not a clown show. America is an idea that sets people free."
  assert.equal(quotedText(BECK[0], 'America is not a clown show'), 6);
  assert.equal(quotedText(BECK[0], 'America is an idea that sets people free'), 8);
  // ... and the words after a quote are not in it: "What is this? | A circus?" | he said, drawing laughter.
  assert.equal(quotedText(BECK[0], 'A circus?'), 2);
  assert.equal(quotedText(BECK[0], 'he said, drawing laughter'), 0);
});

test("Beck's CPAC speech quoted by Fox, HuffPost and the NYT: no copy, three sources, the reason kept", () => {
  const quotations: CommonQuotation[] = [];
  const rels = findRelations(BECK, BECK.map(fingerprint), quotations);
  assert.deepEqual(rels, [], 'no copy relation among the three');
  assert.equal(
    countIndependent(
      BECK.map((d) => d.id),
      sourceFamilies(
        rels,
        BECK.map((d) => d.id),
      ),
    ),
    3,
  );
  assert.ok(quotations.length >= 2);
  for (const q of quotations) {
    assert.match(q.why[0], /^shares only (a quoted passage|\d+ quoted passages).* \(\d+ words inside quotation marks in both.*\): not a copy$/);
    assert.ok(q.passages.length >= 1 && q.passages.every((p) => p.from && p.to));
  }
  const foxHpo = quotations.find((q) => [q.a, q.b].sort().join() === [BECK[0].id, BECK[1].id].sort().join());
  assert.ok(foxHpo?.passages.some((p) => p.from.includes('America is not a clown show')));
  // the control: the same articles with their quotation marks taken out are copies again (as the branch point read them)
  const unmarked = BECK.map((d) => analyzeText({ ...d, paragraphs: d.paragraphs.map((p) => p.replace(/["“”]/g, '')) }));
  const again = findRelations(unmarked, unmarked.map(fingerprint));
  assert.ok(
    again.some((r) => r.kind === 'reuse'),
    'without the marks the shared passage is a re-use',
  );
});

test("Kristol's letter quoted by HuffPost and the NYT: a quotation over paragraphs, one nested, is no copy", () => {
  const quotations: CommonQuotation[] = [];
  assert.deepEqual(findRelations([STEELE_HPO, STEELE_NYT], undefined, quotations), []);
  assert.equal(quotations.length, 1);
  assert.match(quotations[0].why[0], /^shares only 2 quoted passages \(\d+ words inside quotation marks in both\): not a copy$/);
});

test('a Reuters rewrite of a quote-heavy wire story stays a copy: it shares its own wording besides the quotes', () => {
  const quotations: CommonQuotation[] = [];
  const rels = findRelations([WIRE_COPY, WIRE], undefined, quotations);
  assert.equal(quotations.length, 0);
  assert.equal(rels.length, 1);
  assert.equal(rels[0].kind, 'reuse');
  const A = view(WIRE_COPY);
  const B = view(WIRE);
  const share = quotationShare(A, B, matchSentences(A, B));
  assert.ok(share.quotedWords >= 40, `quoted in both: ${share.quotedWords}`);
  assert.ok(share.ownWords >= 100, `own wording shared: ${share.ownWords}`);
});

test('the report keeps the reason: JSON `quotations` (contract-valid) and the Markdown copy section', () => {
  const report = analyzeDocuments(documents);
  assert.deepEqual(validateReport(report), []);
  const pairs = (report.quotations ?? []).map((q) => [q.a, q.b].sort().join(' '));
  assert.ok(pairs.includes([BECK[0].id, BECK[1].id].sort().join(' ')));
  assert.ok(pairs.includes([STEELE_HPO.id, STEELE_NYT.id].sort().join(' ')));
  const md = renderReport(report, 'md');
  assert.match(md, /\*\*[^*]+\*\* and \*\*[^*]+\*\*: shares only .*: not a copy/);
  assert.ok(report.relations.some((r) => r.from === WIRE_COPY.id && r.to === WIRE.id));
});
