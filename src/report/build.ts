// The JSON report (contract/report.schema.json) from what the stages produced.
import type { DocumentFlags, Problem, Relation, Report, ReportDocument, ReportStory, StoryGroup, StorySynthesis, TextDocument } from '../model.ts';
import { REPORT_VERSION } from '../common/version.ts';

export const NO_FLAG = { detected: false, score: 0, evidence: [] as string[] };

export function reportDocument(doc: TextDocument, flags?: DocumentFlags): ReportDocument {
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

export interface ReportParts {
  documents: ReportDocument[];
  relations: Relation[];
  stories: ReportStory[];
  problems: Problem[];
  generatedAt?: string;
}

export function buildReport(parts: ReportParts): Report {
  return {
    version: REPORT_VERSION,
    ...(parts.generatedAt ? { generatedAt: parts.generatedAt } : {}),
    documents: parts.documents,
    relations: parts.relations,
    stories: parts.stories,
    problems: parts.problems,
  };
}
