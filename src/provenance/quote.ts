// A relation's passage text within a budget: each side quotes whole sentences in order up to QUOTE.charsPerSide
// characters; the sentences past it are named by their numbers (indexes into the document's `sentences`), so
// which passages two articles share is kept while the report does not hold a long copied text again per relation.
import type { TextDocument } from '../model.ts';
import type { AlignedPassage } from './align.ts';
import { QUOTE } from './data/thresholds.ts';

/** "3, 7, 9-12" */
export function sentenceRanges(idx: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j] + 1) j++;
    out.push(j === i ? `${idx[i]}` : `${idx[i]}-${idx[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

/** One side's texts within the budget, in passage order; null when they fit as they are. */
function quoteSide(doc: TextDocument, runs: readonly number[][], budget: number): { texts: string[]; unquoted: number } | null {
  let total = 0;
  for (const run of runs) for (const i of run) total += doc.sentences[i].text.length + 1;
  if (total <= budget + runs.length) return null;
  let left = budget;
  let unquoted = 0;
  const texts = runs.map((run) => {
    const parts: string[] = [];
    let k = 0;
    for (; k < run.length && left > 0; k++) {
      const t = doc.sentences[run[k]].text;
      const cost = t.length + (parts.length ? 1 : 0);
      if (cost > left) break;
      parts.push(t);
      left -= cost;
    }
    if (k === run.length) return parts.join(' ');
    left = 0; // quoted text stays a prefix of the relation's passages
    const rest = run.slice(k);
    unquoted += rest.length;
    const note = `[${parts.length ? `${rest.length} more` : rest.length} sentence${rest.length === 1 ? '' : 's'} not quoted: ${doc.id} sentences ${sentenceRanges(rest)}]`;
    return parts.length ? `${parts.join(' ')} ${note}` : note;
  });
  return { texts, unquoted };
}

/**
 * The passages of a relation between a and b with their text within the budget on each side, and a line for the
 * relation's `why` when some sentences are named by number only (null when everything is quoted: passages as given).
 */
export function quotePassages(a: TextDocument, b: TextDocument, passages: AlignedPassage[]): { passages: AlignedPassage[]; why: string | null } {
  const from = quoteSide(
    a,
    passages.map((p) => p.fromSentences),
    QUOTE.charsPerSide,
  );
  const to = quoteSide(
    b,
    passages.map((p) => p.toSentences),
    QUOTE.charsPerSide,
  );
  if (!from && !to) return { passages, why: null };
  const sides = [from && `${from.unquoted} of ${a.id}'s`, to && `${to.unquoted} of ${b.id}'s`].filter(Boolean).join(' and ');
  return {
    passages: passages.map((p, k) => ({ ...p, from: from ? from.texts[k] : p.from, to: to ? to.texts[k] : p.to })),
    why: `passage text quoted up to ${QUOTE.charsPerSide.toLocaleString('en-US')} characters a side: ${sides} shared sentences named by number only`,
  };
}
