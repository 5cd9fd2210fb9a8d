// The date discrepancies' pair test asks the cheap questions first: two articles' sentences stating one day ask no
// wire headline (worked out on first asking: issuers.ts wireHeadline). Text from r3k (Reuters 1987, GM's layoffs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import type { Article, DocId } from '../model.ts';
import { loadLanguageModel } from '../common/language.ts';
import { buildUnits } from './units.ts';
import { align } from './align.ts';
import { draftClaims, rankDrafts, toClaims } from './claims.ts';
import { sourceFamiliesOf } from './sources.ts';
import { findDiscrepancies } from './discrepancies.ts';
import { statedDatesOnce } from './dates.ts';

await loadLanguageModel();

const LAYOFF = 'Another 3,500 will be laid off a week effective March 23 at GM\'s Lansing, Mich, plant which builds the company\'s "N-body" compact cars.';

test('two articles stating the same day for one claim ask no wire headline, and dispute nothing (r3k, GM layoffs)', () => {
  const documents = ['GM TO LAY OFF 3,500 MORE WORKERS', 'GENERAL MOTORS EXTENDS LAYOFFS'].map((title, i) => {
    const a: Article = {
      id: `d${i}`,
      source: `d${i}.txt`,
      url: null,
      title,
      outlet: null,
      byline: [],
      published: '1987-03-06T12:00:00Z',
      paragraphs: [LAYOFF],
      removed: [],
      order: i,
    };
    return analyzeText(a);
  });
  const docIds = documents.map((d) => d.id);
  const units = buildUnits({ documents, enrichments: new Map(), entities: [], fallbackYear: 1987 });
  const families = sourceFamiliesOf([], docIds);
  const drafts = rankDrafts(draftClaims(units, align(units, []), families));
  assert.ok(
    drafts.some((d) => d.docs.length === 2),
    'the two sentences make one claim of two articles',
  );
  const asked: DocId[] = [];
  const { discrepancies } = findDiscrepancies({
    personIds: new Set(),
    drafts,
    claims: toClaims('s', drafts),
    quotes: [],
    units,
    documents,
    datesIn: statedDatesOnce(),
    headlineOf: (doc) => {
      asked.push(doc);
      return null;
    },
  });
  assert.deepEqual(discrepancies, []);
  assert.deepEqual(asked, []);
});
