// Number words, scale words, units and currencies for reading figures as written in news.
// Tables have no prototype: a word like "constructor" in an article must not look like an entry.
const table = <T>(entries: Record<string, T>): Record<string, T> => Object.assign(Object.create(null), entries);

export const NUMBER_WORDS: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
});

/** Multipliers written after a number ("200 thousand", "5.93 mln", "$1.2bn"). */
export const SCALE_WORDS: Record<string, number> = table({
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, mln: 1e6, mn: 1e6, m: 1e6,
  billion: 1e9, billions: 1e9, bln: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tln: 1e12, tn: 1e12,
});

/** Scale words that may only follow a number directly when written together or as full words. */
export const SHORT_SCALES = new Set(['k', 'm', 'b', 'mn', 'bn', 'tn']);

export const PERCENT_WORDS = ['%', 'pct', 'percent', 'per cent', 'percentage points', 'pct points'];

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

/** Markers of the future in a sentence: bare month and weekday names then point forward. */
export const FUTURE_MARKERS = /\b(?:[Ww]ill|[Ww]ould|[Ss]hall|expected to|plans? to|scheduled|set to|due to|going to|as early as|later this|won't)\b|'ll\b/;
