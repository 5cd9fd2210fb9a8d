// What the server reads from the story base (src/store): the summaries and views its pages render.
export type { Counted, StoryBase, StoryBriefing, StoryChange, StorySummary, SearchHit, StoredProblem, StoryQuery } from '../store/index.ts';
