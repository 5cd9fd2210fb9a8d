// The order in which a story's sections appear in Markdown and HTML.
import type { Section } from './types.ts';
import { whySection } from './why.ts';
import { articlesSection } from './articles.ts';
import { briefingSection } from './briefing.ts';
import { timelineSection } from './timeline.ts';
import { storylineSection } from './storyline.ts';
import { claimsSection } from './claims.ts';
import { discrepanciesSection } from './discrepancies.ts';
import { outletsSection } from './outlets.ts';
import { entitiesSection } from './entities.ts';
import { quotesSection } from './quotes.ts';
import { copiesSection } from './copies.ts';

// the briefing comes first: it is what a reader came for; then where the story sits in its saga; the evidence follows
export const STORY_SECTIONS: Section[] = [
  briefingSection,
  timelineSection,
  storylineSection,
  claimsSection,
  discrepanciesSection,
  quotesSection,
  entitiesSection,
  outletsSection,
  copiesSection,
  whySection,
  articlesSection,
];
export type { Section };
