// Tables for spotting machine-"spun" text (synonym swaps that break news' fixed phrases).
import { NUMBER_WORDS as NUMBER_WORD_VALUES } from '../../common/numbers.ts';

/** Words that name a minister's portfolio or rank: "Defence Minister", "Prime Minister", "Deputy Foreign Minister". */
export const MINISTER_QUALIFIERS = new Set(
  `prime deputy first vice chief state junior senior cabinet former acting interim shadow federal regional provincial
  foreign defence defense finance interior home justice health education economy economic economics trade commerce industry
  energy agriculture agricultural labour labor employment transport transportation culture cultural environment environmental
  tourism sports sport youth information communications communication telecommunications science technology digital
  housing development planning budget treasury oil petroleum mines mining power water fisheries forestry land lands
  immigration security intelligence emergencies emergency social welfare family women children religious religion
  affairs european foreign-affairs infrastructure construction public works investment privatisation privatization
  reconstruction minorities integration veterans war navy army aviation shipping maritime customs tax revenue
  police research higher climate equality trade-and-industry relations co-operation cooperation coordination
  overseas external internal civil heritage arts media reunification unification territories colonial colonies
  deputy-prime vice-prime products primary industries resources natural commodities food consumer goods
  petroleum-resources hydrocarbons gas electricity railways roads highways ports posts telecom tourism-and
  finance-and planning-and national defense-and without portfolio steel coal metals minerals sugar wheat
  textiles board marketing supply supplies`.split(/\s+/),
);

/** Verbs that normally attribute a quote in news ("...," said X / X said). */
export const NORMAL_SPEECH_VERBS = new Set(
  `said says say told tells added adds asked asks wrote writes explained noted stated warned insisted argued continued
  replied recalled concluded admitted declared announced tweeted posted reported suggested according claimed urged
  insists argues warns notes explains recalls believes believed thinks thought emphasized emphasised stressed
  predicted acknowledged agreed confirmed denied estimated observed remarked commented quipped joked countered
  conceded cautioned complained contended charged maintained pointed testified vowed promised pleaded
  responded shouted screamed whispered sighed laughed`.split(/\s+/),
);

/** Words after a closing quote that start a noun phrase or clause, not an attribution verb ("," a source said). */
export const NOT_A_VERB = new Set(
  `the a an as and but or nor so yet in on at to of for with from by that which who whom whose where when while
  this these those his her their its our my your some many most all both each every no not one two three
  according adding citing referring because although though if unless after before since until than then
  is are was were be been being has have had do does did will would can could may might must shall should`.split(/\s+/),
);

/** Words between a closing quote and the verb that are not the speaker's name. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Number words: a spinner writes "fifteen,000" for "15,000". */
export const NUMBER_WORDS = [...NUMBER_WORD_VALUES.keys(), 'hundred'].join('|');

/** Weights and limits of the signals (tuned on Reuters-21578 and ECB+ for under 1% false positives). */
export const SPUN = {
  /** a word pair counts only when both words are common in news (names and rare words say nothing) */
  minWordCount: 30,
  /** ... and the pair would be expected this many times in the reference corpus by chance, yet never occurs */
  minExpected: 1,
  /** rate of improbable pairs among counted ones at which the bigram signal is full */
  fullRate: 0.06,
  /** rate below which the bigram signal is nothing (normal writing has some unseen pairs) */
  baseRate: 0.015,
  /** fewer counted pairs than this: the bigram signal is not measured */
  minPairs: 40,
  /** attribution slots needed before their verbs say anything */
  minAttributions: 3,
  weights: { bigrams: 0.45, speech: 0.35, titles: 0.35, numbers: 0.3 },
  /** detected at this score with at least `minSignals` signals */
  threshold: 0.5,
  minSignals: 2,
  /** evidence phrases shown per signal */
  maxEvidence: 8,
};
