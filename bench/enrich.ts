// Enrichment's cost on Reuters-21578: ms per document for enrichDocument and linkStory, and their
// share of the whole analyze time. Usage: node --import tsx bench/enrich.ts [path] [limit]
import { readDocuments, analyzeDocuments } from '../src/pipeline.ts';
import { enrichDocument, linkStory } from '../src/enrich/index.ts';
import type { DocumentEnrichment } from '../src/model.ts';

const path = process.argv[2] ?? '../shared/data/reuters21578/docs.jsonl';
const limit = process.argv[3] ? Number(process.argv[3]) : Infinity;
const timings: Record<string, number> = {};
const t0 = performance.now();
const { documents: all, problems } = await readDocuments([path], { timings });
const documents = all.slice(0, limit);
const readMs = performance.now() - t0;
const t1 = performance.now();
let mentions = 0,
  quotes = 0,
  figures = 0;
const enrichments: DocumentEnrichment[] = [];
for (const d of documents) {
  const e = enrichDocument(d);
  enrichments.push(e);
  mentions += e.mentions.length;
  quotes += e.quotes.length;
  figures += e.figures.length;
}
const enrichOnly = performance.now() - t1;
// linkStory without the clusterer: stories of 20 consecutive wires, and the worst case of one story holding everything
const tl = performance.now();
for (let i = 0; i < documents.length; i += 20) linkStory(documents.slice(i, i + 20), enrichments.slice(i, i + 20));
const link20 = performance.now() - tl;
const tw = performance.now();
const whole = linkStory(documents, enrichments);
const linkAll = performance.now() - tw;
const t2 = performance.now();
let stories = -1;
try {
  stories = analyzeDocuments(documents, problems, { timings }).stories.length;
} catch (err) {
  // another stage failing must not hide enrichment's own figures
  console.error(`analyzeDocuments failed: ${(err as Error).message}`);
}
const analyzeMs = performance.now() - t2;
const enrichMs = timings.enrich ?? 0;
const total = readMs + analyzeMs;
console.log(
  JSON.stringify(
    {
      documents: documents.length,
      stories,
      mentions,
      quotes,
      figures,
      enrichDocumentMsPerDoc: +(enrichOnly / documents.length).toFixed(3),
      linkStoryMsPerDocInStoriesOf20: +(link20 / documents.length).toFixed(3),
      linkStoryOneStoryOfAllMs: Math.round(linkAll),
      entitiesInThatStory: whole.entities.length,
      enrichStageMs: Math.round(enrichMs),
      enrichStageMsPerDoc: +(enrichMs / documents.length).toFixed(3),
      readMs: Math.round(readMs),
      analyzeDocumentsMs: Math.round(analyzeMs),
      enrichShareOfAnalyze: +(enrichMs / total).toFixed(3),
      timings: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
    },
    null,
    1,
  ),
);
