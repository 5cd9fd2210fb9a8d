// Provenance stage: fingerprints -> relations (who copied whom, with passages and direction), source
// families for counting independent sources, and per-document flags (spun, translated).
export { findRelations, relatePair } from './relations.ts';
export { findCandidates, exactGroups } from './candidates.ts';
export { matchSentences, passagesOf } from './align.ts';
export { agencyCredit } from './direction.ts';
export { sourceFamilies, countIndependent, familyGroups, FAMILY_KINDS } from './families.ts';
export { documentFlags } from './flags.ts';
export { spunFlag, spunSignals } from './spun.ts';
export { translatedFlag, transliterationVariants } from './translated.ts';
export { translationRelations } from './translation-of.ts';
export { loadBigramTable } from './bigrams.ts';
