// The types every stage shares. Stages are pure functions over these; src/pipeline.ts wires them.
// Field names that reach the JSON report follow contract/report.schema.json.
import type { REPORT_VERSION } from './common/version.ts';
import type { PackedValues } from './common/packed.ts';

export type DocId = string;

/** An input that could not be used, and why. The run goes on without it. */
export interface Problem {
  /** where: a path or URL; a record inside a file is `file.jsonl#3` (the third record) */
  source: string;
  reason: string;
  /** stable id of the kind of problem (src/common/problem-rules.ts); the reason text may change, the id does not */
  rule?: string;
}

// ---------------------------------------------------------------- ingest

/** What a document's bytes were recognised as. */
export type RawKind = 'text' | 'record' | 'html';

/** Bytes read from one source, decoded, with whatever metadata the container gave. */
export interface RawDocument {
  id: DocId;
  /** path or URL it was read from (for records inside a file: `file.jsonl#3`) */
  source: string;
  kind: RawKind;
  /** decoded body: scraped text, record text, or HTML markup */
  body: string;
  /** position in the input stream, for stable ordering */
  order: number;
  url?: string | null;
  /** metadata given by the container (crawler line, JSON record, WARC header, feed item) */
  meta: RawMeta;
}

/**
 * A web archive's redirect whose page is not the response after it (walk12): the page was met earlier in the archive
 * (`ends: 'page'`, a crawler that writes the 301 after the 200), or not at all (`'elsewhere'`: it may be in the story
 * base from an earlier run), or the redirects go round (`'loop'`). The addresses `from` lead to the article at `to`;
 * the store adds them to its addresses whenever it was read (store/addresses.ts `linkRedirects`).
 */
export interface RedirectLink {
  /** the redirect record: `file.warc#7` */
  source: string;
  /** the addresses that lead there, first met first (a short link, then the hops after it) */
  from: string[];
  /** the address they end at (a loop: its first address) */
  to: string;
  ends: 'page' | 'elsewhere' | 'loop';
}

/** A zone a publication stamp without one is read in (an IANA name or "+HH:MM"), and why it was taken. */
export interface StampZone {
  zone: string;
  reason: string;
}

export interface RawMeta {
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
  /** the title of the feed an item came from: its outlet only when nothing else names one (not the item's own
   * source, not the page's site name, domain or footer), as the page read alone would have none */
  feedTitle?: string | null;
  byline?: string[];
  /** charset the bytes were decoded with, and how it was chosen */
  encoding?: string;
  /** when an archive fetched the page (WARC-Date): a capture date, never taken for the publication date */
  crawled?: string | null;
  /** the addresses a redirect led from to this page (a fetch's hops, a web archive's redirect records), first asked first:
   * kept with the article so a researcher finds it by the address they were given (store/addresses.ts) */
  redirectedFrom?: string[];
  /** a record with a title and no text (a wire flash, a feed item without summary): the title is its text */
  headlineOnly?: boolean;
  /** the record's own dateline ("WELLINGTON, March 17 -"), kept apart from its text: where it was written */
  dateline?: string | null;
  /** the zone a stamp without one is read in, as the input declares it (another stamp on the page with its offset,
   * the record's timezone field), and why */
  zone?: StampZone | null;
  /** characters the reading took out of the text (NULs): said with the document's verdict, so a text that then
   * yields no article is one line, not a note that it is read and a line that it is not */
  takenOut?: TakenOut;
}

/** What the reading took out of a text (`taken`: "8,003 NUL bytes of padding at its end taken out") and how the rest is
 * read ("the text before them is read"): the note on a kept document is both, a refused one's reason names `taken`. */
export interface TakenOut {
  taken: string;
  rest: string;
}

// ---------------------------------------------------------------- extract

/** A line or block extraction left out, and why (contract: document.removed). */
export interface Removal {
  text: string;
  reason: string;
  /** stable id of the rule that removed it (src/extract/removal-rules.ts); the reason text may change, the id does not */
  rule?: string;
}

/** The article's own text and metadata, page chrome removed. */
export interface Article {
  id: DocId;
  source: string;
  url: string | null;
  title: string;
  outlet: string | null;
  byline: string[];
  /** ISO 8601 date or date-time */
  published: string | null;
  /** the date was printed in the text (a stamp line under the title), not given by metadata: it is also
   * a date the article mentions */
  publishedInText?: boolean;
  /** when a web archive captured the page (its record's WARC-Date, ISO 8601): kept apart from `published` -- a page
   * archived years after it ran was shown as published on its capture day. The canonical order reads it for an
   * undated page (it was online by then); nothing else takes it for a date of the story */
  captured?: string;
  /** the day it was written at its dateline's place, where that is not the published stamp's own day (its UTC
   * day, or its wall day when it carries an offset; common/dateline-zones.ts): its relative dates ("yesterday",
   * "on Friday") count from this day */
  localDay?: string;
  /** the zone a publication stamp without one was read in and why, and the day at the dateline's place
   * (common/dateline-zones.ts): set when the zone was not the UTC default or the day moved; for a stamp with its
   * own offset, when its day there is not its UTC day or the dateline moves it */
  publishedZone?: string;
  /** paragraphs of the article's own text, in order */
  paragraphs: string[];
  removed: Removal[];
  order: number;
  /** language the extractor saw (the text stage decides the final one) */
  languageHint?: string | null;
  /** outlet or agency the page credits as the text's origin (wire agency, translated or syndicated source) */
  originalOutlet?: string | null;
  /** what named the outlet ("site name", "domain cbc.ca", "copyright line", "credited staff …") */
  outletEvidence?: string | null;
  /** why the text found is shorter than the page's (cut at ARTICLE_TEXT.maxChars, NULs the reading took out):
   * reported as the source's problem */
  cut?: string;
  /** characters repaired that were written as UTF-8 and read as Windows-1252 ("JesÃºs" -> Jesús; extract/mojibake.ts) */
  encodingRepaired?: string;
}

// ---------------------------------------------------------------- text

export interface Sentence {
  /** index in the document's sentences */
  index: number;
  text: string;
  /** paragraph it belongs to */
  paragraph: number;
  /** word tokens as written (no punctuation) */
  words: string[];
  /** normalised forms for matching: lower case, accents folded, stemmed; stop words removed */
  terms: string[];
}

/** An article after the text stage: language, sentences, tokens. */
export interface TextDocument extends Article {
  /** ISO 639-1 code of the main text */
  language: string;
  /** paragraphs joined by a blank line */
  text: string;
  sentences: Sentence[];
  /** all content terms of title and text (normalised), with their counts, in the order first met (the text
   * stage gives a TermCounts, src/common/term-counts.ts: stem ids and counts in one typed array) */
  termCounts: ReadonlyMap<string, number>;
  /** normalised content terms of the title */
  titleTerms: string[];
  /**
   * The sentences' terms as stem ids (src/common/term-counts.ts), sentence after sentence: sentence i's are its
   * `terms.length` ids after those of the sentences before it. A later stage asks for a term's weight or identity
   * by id, an array read, not by string, a Map look-up. Ids are this thread's: a document crossing threads or
   * stored goes without them and gets this thread's on arrival (`withTermIds`).
   */
  termIds: Int32Array;
  /** the title's terms as stem ids (as termIds) */
  titleTermIds: Int32Array;
}

/** Of a document, what clustering and the stages after it read: its paragraphs, read by enrich and provenance
 * only, left out, so they leave memory before clustering, the stage that holds the most (src/pipeline.ts). */
export type ClusterDocument = Omit<TextDocument, 'paragraphs'>;

/** Of a document, what a story's account reads (src/accounts): the stages before it (enrich, provenance,
 * clustering) are the only readers of its paragraphs, term counts and title terms, so a run lets those go
 * once its stories are formed. */
export type StoryDocument = Omit<ClusterDocument, StoryDocumentDropped>;

/** The fields of a document that no story account reads (StoryDocument). */
export type StoryDocumentDropped = 'termCounts' | 'titleTerms' | 'titleTermIds';

/** An object with every field of T, an optional one's value possibly undefined: the literals that make documents
 * (extract/plain, text/index.ts textDocument, pipeline.ts clusterDocument, storyDocument) are typed so, so that
 * each lists every field and every document has one object shape (bench/HISTORY.md speed135). */
export type Complete<T> = { [K in keyof Required<T>]: Pick<T, K> extends Required<Pick<T, K>> ? T[K] : T[K] | undefined };

// ---------------------------------------------------------------- fingerprint

/** Lists of 32-bit values, one per sentence, packed in one array (src/fingerprint: Packed). */
export interface PackedLists {
  readonly count: number;
  length(i: number): number;
  at(i: number): Uint32Array;
}

export interface Fingerprint {
  id: DocId;
  /** hash of the normalised full text: equal for exact duplicates */
  textHash: string;
  /** MinHash signature over word shingles */
  minhash: Uint32Array;
  /** one hash per sentence of the normalised sentence text */
  sentenceHashes: number[];
  /** number of word shingles the signature was built from */
  shingleCount: number;
  /** the document's distinct word-shingle hashes, sorted (for the inverted index of passages) */
  shingles: Uint32Array;
  /** word-shingle hashes of each sentence (`.at(i)`: sentence i's) */
  sentenceShingles: PackedLists;
  /** normalised word hashes of each sentence, for aligning passages word by word (`.at(i)`) */
  sentenceWords: PackedLists;
}

// ---------------------------------------------------------------- provenance

export type RelationKind = 'duplicate' | 'near-duplicate' | 'reuse' | 'paraphrase';

/** A passage shared by two documents: the text on each side (contract: relation.passages). */
export interface Passage {
  from: string;
  to: string;
  score?: number;
  /** sentence indexes on each side */
  fromSentences?: number[];
  toSentences?: number[];
}

/** `from` re-uses text of `to` (contract: relation). */
export interface Relation {
  from: DocId;
  to: DocId;
  kind: RelationKind;
  directed: boolean;
  similarity: number;
  passages: Passage[];
  /** why the direction (or its absence) was decided */
  why?: string[];
}

/**
 * Two documents that share only what both quote of one speech or statement, inside quotation marks on both sides:
 * no copy relation (they stay two sources), the passages and the reason kept (report: `quotations`, an extension).
 */
export interface CommonQuotation {
  a: DocId;
  b: DocId;
  passages: Passage[];
  why: string[];
}

/** A signal about how a text came to be (contract: flag). */
export interface Flag {
  detected: boolean;
  score: number;
  evidence: string[];
}

export interface DocumentFlags {
  spun: Flag;
  translated: Flag;
}

// ---------------------------------------------------------------- enrich

export type EntityType = 'person' | 'place' | 'org' | 'other';

/** One occurrence of a name in a sentence. */
export interface Mention {
  text: string;
  type: EntityType;
  document: DocId;
  sentence: number;
  /** character offsets of the name in the sentence text */
  start?: number;
  end?: number;
  /** the cue that typed it (title, role, gazetteer, org-head, given-name, appositive, speech, ...) */
  cue?: string;
  /** the nickname a full name was written with, in quotes between its given name and surname ("Chin" of Vincent
   * "The Chin" Gigante): the story's mentions of that nickname are the person */
  nickname?: string;
  /** the name a case-restoring wire's capitalised word after a place's initials made with them before it was read as
   * naming nothing ("U.S. Pressure" of this mention "U.S."), and that name's type: the claim aligner reads the
   * sentence's names as they were (synthesize/units), the entities as they are */
  was?: string;
  wasType?: EntityType;
}

/** A named thing, linked across spellings (contract: entity). */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  documents: DocId[];
  mentions: number;
  /** why it has its type: the cues of its mentions, strongest first */
  why?: string;
}

/** A quotation with its speaker (contract: quote). */
export interface Quote {
  id: string;
  text: string;
  speaker: string | null;
  speakerEntity: string | null;
  document: DocId;
  sentence: number;
  variants?: string[];
  /** how the speaker was found (or that no attribution was found) */
  attribution?: string;
}

/** A quantity, percentage, amount of money or date found in a sentence. */
export interface Figure {
  kind: 'count' | 'range' | 'percent' | 'money' | 'distance' | 'date' | 'other';
  /** as written */
  text: string;
  /** normalised value (low end of a range) */
  value: number | null;
  /** high end of a range */
  high?: number | null;
  unit: string | null;
  /** what it counts ("troops") */
  what?: string | null;
  /** ISO date for kind 'date' */
  date?: string | null;
  /** a date named by its distance from the day of writing in another language than English ("gestern", "ayer"):
   * it dates a statement several articles make, not one article's alone (synthesize/timeline.ts) */
  relative?: true;
  /** a number that is a day in a date of another language than English ("11" and "12" of "am 11. und 12. Februar"):
   * the date's month -- a day of February is no figure of a sentence about a day of March (synthesize/units.ts) */
  month?: number;
  document: DocId;
  sentence: number;
}

/** What enrichment found in one document. */
export interface DocumentEnrichment {
  id: DocId;
  mentions: Mention[];
  quotes: Quote[];
  figures: Figure[];
}

// ---------------------------------------------------------------- prepare (the per-article stages)

/**
 * A document after the stages that need no other document, worked out ahead (on a worker thread when
 * the input is large): its fingerprint and enrichment, each absent when it failed (the stage that uses
 * it then works it out again and reports the failure).
 */
export interface PreparedDocument {
  doc: TextDocument;
  fingerprint?: Fingerprint;
  enrichment?: DocumentEnrichment;
  /** the enrichment as a worker thread sends it: packed (enrich/pack.ts), kept so until its story reads it */
  packedEnrichment?: Uint8Array;
}

/** The stages after the text stage, as named in problem lines. */
export type StageName = 'flags' | 'provenance' | 'enrich' | 'cluster' | 'link' | 'synthesize' | 'report';

/** The prepared parts of the documents read, by document id, for the stages that use them. */
export interface PreparedParts {
  fingerprints: Map<DocId, Fingerprint>;
  /** each document's enrichment, packed as it arrives: its number in `packed` */
  enrichments: Map<DocId, number>;
  packed: PackedValues<DocumentEnrichment>;
}

// ---------------------------------------------------------------- cluster

/** How one document came to be in its story. */
export interface Membership {
  document: DocId;
  /** combined similarity to the story when it joined (1 for the document that opened it) */
  similarity: number;
  /** the feature scores that decided it, and the terms that matched */
  features: Record<string, number>;
  reason: string;
}

/** A group of documents about one event. */
export interface StoryGroup {
  id: string;
  title: string;
  documents: DocId[];
  members: Membership[];
  /** what holds the story together: shared terms and entities */
  why: string[];
  period: { start: string | null; end: string | null };
  /** the storyline this story is part of, when it has related stories (absent when it stands alone) */
  storyline?: StorylineRef;
}

/** One of a story's links to another story of its storyline. */
export interface StorylineLink {
  /** the other story */
  story: string;
  title: string;
  start: string | null;
  /** whether the other story came before this one or after */
  when: 'earlier' | 'later';
  /** story-story similarity on the merge pass's scale (time counted more gently than for a merge) */
  similarity: number;
  reason: string;
}

/**
 * A storyline: stories of one saga (a shutdown's start, a deal, its end) that are separate events but
 * related. Every story of it carries the whole list and its own links with their reasons.
 */
export interface StorylineRef {
  id: string;
  /** every story of the storyline, oldest first (this one included) */
  stories: Array<{ id: string; title: string; start: string | null }>;
  /** this story's links to others of the storyline */
  why: StorylineLink[];
}

// ---------------------------------------------------------------- synthesize

export interface SentenceRef {
  document: DocId;
  sentence: number;
}

export interface Claim {
  id: string;
  text: string;
  support: SentenceRef[];
  independentSources: number;
  status: 'corroborated' | 'single-source' | 'disputed';
}

export interface Discrepancy {
  kind: 'number' | 'date' | 'quote-wording' | 'attribution' | 'other';
  detail: string;
  claims?: string[];
  support: SentenceRef[];
}

export interface BriefingLine {
  text: string;
  support: SentenceRef[];
  /** true for a single-source claim listed after the corroborated ones */
  singleSource?: boolean;
}

export interface TimelineEntry {
  date: string;
  text: string;
  support: SentenceRef[];
}

export interface OutletView {
  document: DocId;
  unique: string[];
  omits?: string[];
}

export interface StorySynthesis {
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  discrepancies: Discrepancy[];
  briefing: BriefingLine[];
  timeline: TimelineEntry[];
  outlets: OutletView[];
}

// ---------------------------------------------------------------- report (the JSON contract)

export interface ReportDocument {
  id: DocId;
  source: string;
  url: string | null;
  title: string;
  outlet: string | null;
  byline: string[];
  /** publication the text first ran in, when the page credits one (a wire agency, a translated source) */
  originalOutlet?: string | null;
  /** what named the outlet ("site name", "domain cbc.ca", "copyright line", "credited staff …") */
  outletEvidence?: string | null;
  published: string | null;
  /** the zone a stamp without one was read in and why, and the day of writing at the dateline's place */
  publishedZone?: string;
  /** when a web archive captured the page (WARC-Date): not a publication date (contract: document.captured) */
  captured?: string;
  /** characters repaired that were written as UTF-8 and read as Windows-1252, with an example */
  encodingRepaired?: string;
  language: string;
  text: string;
  sentences: string[];
  removed: Removal[];
  flags: DocumentFlags;
  /** story base: the version shown when the text changed since first seen (2, 3, ...), and when it changed */
  version?: number;
  changedAt?: string | null;
}

export interface ReportStory extends StorySynthesis {
  id: string;
  title: string;
  documents: DocId[];
  why: string[];
  period: { start: string | null; end: string | null };
  /** how each document joined (extension to the contract: fields may be added) */
  members: Membership[];
  /** related stories of the same saga (extension to the contract) */
  storyline?: StorylineRef;
}

export interface Report {
  version: typeof REPORT_VERSION;
  generatedAt?: string;
  documents: ReportDocument[];
  relations: Relation[];
  /** pairs sharing only a common quotation, not copies (extension to the contract) */
  quotations?: CommonQuotation[];
  stories: ReportStory[];
  problems: Problem[];
}

/** A report's stories one at a time (analyzeStream): each story's account is worked out when it is read, so read it once. */
export interface StoryList extends Iterable<ReportStory> {
  readonly length: number;
  /**
   * The JSON writer's way in, where there is one (the accounts on worker threads): the same stories, read once
   * instead of the iterator, each as the JSON report's list item (report/json.ts listItem: its comma before it but
   * the first's), written where its account was worked out, so a worker's account never crosses as objects.
   */
  jsonItems?(): Iterable<string>;
}

/**
 * A report whose stories are worked out as it is written (analyzeStream), so a run never holds every
 * story's account at once. `problems` is complete only once `stories` has been read to its end: the
 * writers read the keys in order, and problems come last.
 */
export interface ReportStream extends Omit<Report, 'stories'> {
  stories: StoryList;
}

/** The report formats, first the default of `analyze`. */
export const REPORT_FORMATS = ['md', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
