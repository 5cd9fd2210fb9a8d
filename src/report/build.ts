// The JSON report (contract/report.schema.json) from what the stages produced.
import type {
  CommonQuotation,
  DocumentFlags,
  Problem,
  Relation,
  Report,
  ReportDocument,
  ReportStory,
  ReportStream,
  StoryGroup,
  StoryList,
  StorySynthesis,
  ClusterDocument,
} from '../model.ts';
import { REPORT_VERSION } from '../common/version.ts';

export const NO_FLAG = { detected: false, score: 0, evidence: [] as string[] };

export function reportDocument(doc: ClusterDocument, flags?: DocumentFlags): ReportDocument {
  return {
    id: doc.id,
    source: doc.source,
    url: doc.url,
    title: doc.title,
    outlet: doc.outlet,
    byline: doc.byline,
    originalOutlet: doc.originalOutlet ?? null,
    outletEvidence: doc.outletEvidence ?? null,
    published: doc.published,
    ...(doc.publishedZone ? { publishedZone: doc.publishedZone } : {}),
    ...(doc.captured ? { captured: doc.captured } : {}),
    ...(doc.encodingRepaired ? { encodingRepaired: doc.encodingRepaired } : {}),
    language: doc.language,
    text: doc.text,
    sentences: doc.sentences.map((s) => s.text),
    removed: doc.removed,
    flags: flags ?? { spun: { ...NO_FLAG, evidence: [] }, translated: { ...NO_FLAG, evidence: [] } },
  };
}

export const EMPTY_SYNTHESIS: StorySynthesis = { entities: [], quotes: [], claims: [], discrepancies: [], briefing: [], timeline: [], outlets: [] };

export function reportStory(group: StoryGroup, synthesis: StorySynthesis): ReportStory {
  return {
    id: group.id,
    title: group.title,
    documents: group.documents,
    why: group.why,
    period: group.period,
    members: group.members,
    ...(group.storyline ? { storyline: group.storyline } : {}),
    ...synthesis,
  };
}

export interface ReportParts<S extends StoryList = ReportStory[]> {
  documents: ReportDocument[];
  relations: Relation[];
  /** pairs sharing only a common quotation (written only when there are some) */
  quotations?: CommonQuotation[];
  /** every story, or (analyzeStream) the stories one at a time */
  stories: S;
  problems: Problem[];
  generatedAt?: string;
}

/** The report, its keys in the contract's order (the JSON writer keeps it). */
export function buildReport<S extends StoryList = ReportStory[]>(parts: ReportParts<S>): Omit<Report, 'stories'> & { stories: S } {
  return {
    version: REPORT_VERSION,
    ...(parts.generatedAt ? { generatedAt: parts.generatedAt } : {}),
    documents: parts.documents,
    relations: parts.relations,
    ...(parts.quotations?.length ? { quotations: parts.quotations } : {}),
    stories: parts.stories,
    problems: parts.problems,
  };
}

/** A report stream read whole: every story's account in one report. */
export function collectReport(stream: ReportStream): Report {
  // the stories are read before the problems, which their stages add to
  return { ...stream, stories: [...stream.stories] };
}
