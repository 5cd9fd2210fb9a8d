// Units and currencies for reading figures as written in news (number and scale words: common/numbers.ts).
// Tables have no prototype: a word like "constructor" in an article must not look like an entry.
import { table } from '../../common/table.ts';

/** Currency written before a number. */
export const CURRENCY_SYMBOLS: Record<string, string> = table({
  $: 'USD', 'us$': 'USD', 'u.s.$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₴': 'UAH', '₹': 'INR',
  'c$': 'CAD', 'a$': 'AUD', 'hk$': 'HKD', tk: 'BDT', rs: 'INR',
});

/** Currency written after a number. */
export const CURRENCY_WORDS: Record<string, string> = table({
  dlr: 'USD', dlrs: 'USD', cts: 'USD-cent', dollar: 'USD', dollars: 'USD', usd: 'USD', cents: 'USD-cent', cent: 'USD-cent',
  euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', stg: 'GBP', gbp: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  hryvnia: 'UAH', hryvnias: 'UAH', rupee: 'INR', rupees: 'INR', francs: 'CHF', franc: 'CHF', marks: 'DEM',
  mark: 'DEM', lire: 'ITL', lira: 'TRY', cruzados: 'BRC', cruzado: 'BRC', pesos: 'MXN', peso: 'MXN', rand: 'ZAR',
  won: 'KRW', riyals: 'SAR', riyal: 'SAR', shekels: 'ILS', guilders: 'NLG', kronor: 'SEK', crowns: 'CZK', taka: 'BDT',
});

/**
 * A country's word before a dollar word names its dollar ("10,000 Australian dlrs" is AUD, "100,000 Canadian
 * dlrs" CAD): two such figures are different currencies, not one quantity. One or two words, lower case.
 */
export const DOLLAR_COUNTRIES: Record<string, string> = table({
  canadian: 'CAD', canada: 'CAD', australian: 'AUD', aus: 'AUD', australia: 'AUD', 'new zealand': 'NZD', 'hong kong': 'HKD',
  singapore: 'SGD', singaporean: 'SGD', taiwan: 'TWD', 'u.s.': 'USD', us: 'USD', american: 'USD', zimbabwe: 'ZWD',
  jamaican: 'JMD', bahamian: 'BSD', 'east caribbean': 'XCD', fijian: 'FJD', liberian: 'LRD', namibian: 'NAD',
});
/** Dollar words a country's word may stand before, and the part of a dollar they count (cents are hundredths). */
export const DOLLAR_WORDS: Record<string, string> = table({ dlr: '', dlrs: '', dollar: '', dollars: '', cts: '-cent', cents: '-cent', cent: '-cent' });

/** Units of measure: written form -> [unit, figure kind]. */
export const UNITS: Record<string, [string, 'distance' | 'other']> = table({
  km: ['km', 'distance'], kms: ['km', 'distance'], kilometers: ['km', 'distance'], kilometres: ['km', 'distance'],
  kilometer: ['km', 'distance'], kilometre: ['km', 'distance'], miles: ['mi', 'distance'], mile: ['mi', 'distance'],
  meters: ['m', 'distance'], metres: ['m', 'distance'], meter: ['m', 'distance'], metre: ['m', 'distance'],
  feet: ['ft', 'distance'], ft: ['ft', 'distance'], yards: ['yd', 'distance'], inches: ['in', 'distance'],
  centimeters: ['cm', 'distance'], centimetres: ['cm', 'distance'], cm: ['cm', 'distance'],
  kilos: ['kg', 'other'], kilograms: ['kg', 'other'], kg: ['kg', 'other'], kgs: ['kg', 'other'], grams: ['g', 'other'],
  tonnes: ['t', 'other'], tons: ['t', 'other'], tonne: ['t', 'other'], ton: ['t', 'other'], lbs: ['lb', 'other'],
  pounds_weight: ['lb', 'other'], ounces: ['oz', 'other'], hectares: ['ha', 'other'], acres: ['acre', 'other'],
  barrels: ['bbl', 'other'], bpd: ['bbl/day', 'other'], litres: ['l', 'other'], liters: ['l', 'other'],
  gallons: ['gal', 'other'], degrees: ['deg', 'other'], mph: ['mph', 'other'], 'km/h': ['km/h', 'other'],
  megawatts: ['MW', 'other'], mw: ['MW', 'other'], kwh: ['kWh', 'other'], magnitude: ['magnitude', 'other'],
});

/** Words before a number that make it approximate or a bound; kept in the figure's text. */
export const QUALIFIERS = ['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'under',
  'more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'as many as', 'as much as', 'an estimated', 'just over', 'just under'];

/** Words that cannot be what a number counts (the count's noun phrase stops there). */
export const NOT_COUNTED = `a an the of to in on at for from by with and or but than as is are was were be been being
have has had will would could should may might can must do does did not no that which who whom whose this these those
it its they them their he she his her we our you your i me my said says told per each every some any all both
none other another more most less least few many much such so very also only just about around against between
vs vs. versus earlier later ago apiece total net shr cts avg
into onto over under after before since until during while when where what why how if then there here`.split(/\s+/);

/**
 * A past verb form before a sentence's first future marker: the date before it dates that past event ("killed two
 * co-workers in September ... will face trial", "On Monday, PolitiFact announced it will have"). Lower case only
 * ("United" is no verb); "-eed" words (need, speed) are not past forms, nor a passive ("are not declared") or a
 * plan's participle ("the decision, expected by June, will").
 */
export const PAST_FORMS =
  /\b(?:said|told|was|were|had|did|began|came|went|took|made|gave|won|lost|left|met|fell|rose|grew|saw|sold|paid|held)\b|(?<!\b(?:is|are|be|been|being|not|to) )\b(?!(?:expected|scheduled|planned|slated|proposed|preferred|limited|related|based)\b)[a-z]+[^e\W]ed\b/;

/** Words after a past verb form within which a date is that verb's ("said on Monday the government will"); a date
 * further on is in what was said ("Henderson said that in his new role of chairman, effective April one, ..."). */
export const PAST_REACH = 6;

/** Markers of the future in a sentence: bare month and weekday names then point forward; not after "had" (a plan
 * that was: "A second witness had expected to testify on Thursday"). "is to" / "are to" is an arrangement ahead
 * ("Tokyo, where he is to arrive on Sunday"), not "what is to be" (a description: "checked in on Thursday night, for
 * what is to be a three-month stay"). */
export const FUTURE_MARKERS = /(?<!\bhad )\b(?:[Ww]ill|[Ww]ould|(?<!\bwhat )(?:is|are) to (?!blame\b)|[Ss]hall|expected to|plans? to|scheduled|set to|set for|due to|going to|as early as|later this|won't)\b|'ll\b/;

/**
 * Present-tense verbs of a timetable: one standing a few words before a weekday tells a day ahead ("the four-day
 * visit of West German President Richard Von Weizsaecker, which starts on Friday", "who arrives on a four-day
 * official tour on Friday"): news tells what happened in the past tense. Weekdays only: "housing starts in
 * January" is a noun before a month. `reach`: words from the verb to the weekday.
 */
export const SCHEDULED_PRESENT = {
  verbs: ['starts', 'begins', 'opens', 'arrives', 'leaves', 'departs', 'ends', 'expires', 'resumes', 'convenes', 'meets'],
  reach: 6,
};

/**
 * Fractions of a mixed number, as news writes them without the glyph: "7-1/2 points" (the wire style), "4 1/2
 * years", and glued when a copy lost the "½": "served 41/2 months" is four and a half months, not 41 then 2.
 */
/** words a figure is joined to by a hyphen and still a figure, the measure it is of ("a magnitude-6.4 temblor"), not
 * a code ("COVID-19", "Su-35") */
export const HYPHENED_MEASURES: ReadonlySet<string> = new Set(['magnitude']);

export const FRACTIONS: Record<string, number> = table({
  '1/2': 0.5, '1/4': 0.25, '3/4': 0.75, '1/3': 1 / 3, '2/3': 2 / 3, '1/8': 0.125, '3/8': 0.375, '5/8': 0.625, '7/8': 0.875,
  // sixteenths and thirty-seconds: wire money-market rates and bond prices ("opened at 6-1/8 pct and traded between
  // there and 6-1/16 pct", "100-24/32"), read before as 6 then "16 pct"
  ...Object.fromEntries(
    [16, 32].flatMap((d) => Array.from({ length: d - 1 }, (_, k) => [`${k + 1}/${d}`, (k + 1) / d] as const)),
  ),
});
/**
 * A fraction written alone ("pays 5/8 pct", "down 1/8", "rose 7/8 to 31-1/8") is one figure, not two, when a measure
 * (FRACTION_NOUNS, UNITS) follows it or one of these words of a move stands before it; elsewhere "3/8" may be a day.
 */
export const FRACTION_MOVES: ReadonlySet<string> = new Set([
  'up', 'down', 'off', 'by', 'rose', 'fell', 'gained', 'lost', 'dropped', 'slipped', 'eased', 'firmed', 'added', 'shed', 'climbed',
]);
/**
 * Words of a move before "X to Y" that make X the change and Y the level reached ("rose 1/2 to 11-1/2 dlrs", "up 14
 * to 164"), not a range, when either is a wire fraction or Y is at least `CHANGE_TO_LEVEL.ratio` times X ("down 29.9
 * to 36.3 pct from last year's" is a range of the change). Not "by" ("cut by 5 to 10 pct").
 */
export const LEVEL_MOVES: ReadonlySet<string> = new Set([...FRACTION_MOVES].filter((w) => w !== 'by'));
export const CHANGE_TO_LEVEL = { ratio: 3 };
/** Words after a glued "41/2" that make it a quantity, not a date ("11/2 was"): spans of time and other measures (UNITS too). */
export const FRACTION_NOUNS = [
  'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'seconds',
  'points', 'point', 'pct', 'percent', 'times', 'inning', 'innings', 'laps', 'games', 'stars',
  'percentage', 'cent', 'cents', 'dlr', 'dlrs',
];
