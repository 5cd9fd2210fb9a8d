// The order in which a story's sections appear in Markdown and HTML.
import type { Section } from './types.ts';
import { whySection } from './why.ts';
import { articlesSection } from './articles.ts';

export const STORY_SECTIONS: Section[] = [whySection, articlesSection];
export type { Section };
