// How news in other languages than English writes a date with a month name: the order of day, month and year and
// the words between them, and the words before a month named alone ("im Oktober", "en octobre", "a finales de
// octubre"). The month names are common/calendar.ts's. Read by enrich/foreign-dates.ts for a document whose language
// reading is sure (common/function-words.ts sureLanguage); English dates are enrich/dates.ts's.
import { table } from '../../common/table.ts';

export interface DateForm {
  /** after a day's number: German writes "31. Oktober", French "1er octobre", Spanish / Italian / Portuguese "1º" */
  daySuffix: string;
  /** between a day and its month: Spanish and Portuguese "31 de octubre" (optional in the pattern) */
  dayToMonth: string;
  /** between a month and its year: Spanish "octubre de 2024", "marzo del 2024", Portuguese "outubro de 2024" */
  monthToYear: string;
  /**
   * Words (lower case, a regex alternation) right before a month named with no day and no year that make it a month:
   * a month word alone is read only after one of them ("im Mai", "seit März", "en octobre", "desde marzo").
   */
  cues: string;
  /** month names read only with a day or a year beside them, never after a cue alone: French "mars" (the planet,
   * a brand: "en mars" is the month, but "depuis Mars" is the planet, and the cue list cannot tell them apart) */
  notAlone: readonly string[];
  /** month names that are given names too: after a cue, no month when a capitalised word follows (German "August":
   * "im August" is the month, "von August Bebel" a name) */
  givenNames: readonly string[];
  /** months are written with a capital (German): a lower-case month word is another word */
  capitalised: boolean;
  /**
   * A weekday is read only with a word telling which one (a bare "am Mittwoch" may be last or next Wednesday: no
   * language here has its future markers): `thisWeek` (the weekday of the week of writing: Spanish "este miércoles"),
   * `last` and `next`, each a regex alternation of words before the weekday, and `lastAfter` / `nextAfter` of words
   * after it (French "mercredi dernier", Italian "mercoledì scorso"). `names`: the weekdays, Sunday first, where
   * common/calendar.ts has none for the language (every spelling separated by a space).
   */
  /**
   * A month alone (after a cue) is read only when words after it pin its year (`yearAfter`: last, this and next year,
   * regex alternations: "im April des letzten Jahres", "en febrero del año pasado") or tell the last such month or the
   * next one (`directionAfter`: French "en juin dernier"): the tense of its sentence does not (German "soll" and
   * "werden" are reportative and passive as often as future).
   */
  yearAfter: { last: string; this: string; next: string };
  directionAfter: { past: string; next: string };
  /**
   * Words of a future or a plan (`future`: "wird", "soll", Spanish and Portuguese "-rá" forms) and next-words
   * (`nextWords`: "próximo", "nächsten", "prochain"): a sentence with one may look forward, and a yearless day in it is
   * read only when it falls within two months after the publication, where a past and a future reading agree on its year.
   */
  future: string;
  nextWords: string;
  /**
   * Words right beside a yearless day telling it is the last such day (`before` / `after` it, regex alternations:
   * Spanish "el pasado 21 de agosto", "el 27 de marzo pasado", French "le 3 mars dernier"): such a day more than two
   * months after the publication is last year's. Without one its year is not guessed by the sentence's tense (a
   * verbless fragment "bis 28. Juni auf Schloss Elmau in Bayern statt.", a list of closing days, a school year's terms,
   * a past sentence naming a well-known older day): it is left undated there, as it is when it falls more than ten
   * months before the publication and so within two months ahead in the next year ("tritt am 1. Januar in Kraft"
   * written in December).
   */
  lastBeside: { before: string; after: string };
  /** words joining a day to a later one in a range ("vom 8. April bis 15. Mai 2021", "entre le 21 juin et le 15 novembre
   * 2019", "del 25 de julio hasta el 5 de agosto"): a yearless first day takes the year written with the second */
  rangeTo: string;
  /** words joining days of one month in a list ("am 11. und 12. Februar", "les 11 et 12 mars", "los días 11 y 12 de
   * marzo"; a comma too): the days before the month's are its days (enrich/figures.ts: a day of February is no day of
   * March when two sentences are matched on their figures) */
  dayListTo: string;
  /** words before a year telling a span's start ("seit 1951", "desde 1961"): such a year beside a yearless day is not
   * the day's own */
  since: string;
  weekdays: { thisWeek: string; last: string; next: string; lastAfter: string; nextAfter: string; names?: readonly string[] };
  /**
   * Words naming a day by its distance from the day of writing, as the English reader reads "yesterday" and "tomorrow":
   * word -> days (German "gestern" -1, "übermorgen" 2; several words a phrase: French "avant-hier", Spanish "pasado
   * mañana"). The day of writing only by a part of it ("heute Abend", "ce matin", "esta mañana", "vanavond"): a bare
   * "heute", "aujourd'hui", "hoy" is as often "nowadays" ("Heute dient es Kindern auf der ganzen Welt als
   * Lernmaterial", trafilatura-eval: ~150 such sentences entered single-page timelines on the publication's day). `lowerOnly`: words that name the day only written in lower case (German "morgen"; "Morgen" is
   * the morning). `notBefore` / `notAfter` (regex alternations): words right before or after one that make it no day of
   * the story -- a span from or to it ("seit gestern", "bis morgen"), an idiom ("lieber morgen als übermorgen", "von
   * heute auf morgen"), a noun's other sense after a determiner (Spanish "la mañana", the morning; "l'Europe de
   * demain", "il mondo di domani", "das Gestern").
   */
  relativeDays: { words: Readonly<Record<string, number>>; lowerOnly: readonly string[]; notBefore: string; notAfter: string };
}

/**
 * One entry per language with a date reader. A month's abbreviation ("Okt.", "févr.", "dic.") is read only between a
 * day and a year ("31. Okt. 2024"): alone or after a day it is too often another word (Italian and Portuguese "set",
 * a tennis set: "vince in 3 set"; Portuguese "out"; Spanish "ago").
 */
export const DATE_FORMS: Readonly<Record<string, DateForm>> = table<DateForm>({
  de: {
    daySuffix: '\\.',
    dayToMonth: '',
    monthToYear: '',
    cues: 'im|seit|ab|anfang|ende|mitte|vom|von|zum|aus dem|bis ende|bis mitte|bis anfang|seit anfang|seit ende|seit mitte',
    notAlone: [],
    givenNames: ['august'],
    capitalised: true,
    yearAfter: { last: 'des letzten jahres|des vergangenen jahres|letzten jahres|vergangenen jahres|des vorjahres', this: 'dieses jahres|diesen jahres', next: 'des nächsten jahres|nächsten jahres|kommenden jahres' },
    directionAfter: { past: '', next: '' },
    future: 'wird|werden|soll|sollen|will|wollen|geplant|kommende[nmr]?|voraussichtlich',
    nextWords: 'nächste[nmrs]?|kommende[nmrs]?',
    lastBeside: { before: 'vergangenen|letzten|vorigen', after: '' },
    rangeTo: 'bis zum|bis|-|–',
    dayListTo: 'und|oder|sowie|bzw\\.',
    since: 'seit|seit dem|ab',
    weekdays: { thisWeek: 'diesen|an diesem', last: 'vergangenen|vorigen', next: 'nächsten|kommenden', lastAfter: '', nextAfter: '' },
    relativeDays: {
      words: { vorgestern: -2, gestern: -1, 'heute morgen': 0, 'heute früh': 0, 'heute vormittag': 0, 'heute mittag': 0, 'heute nachmittag': 0, 'heute abend': 0, morgen: 1, übermorgen: 2 },
      lowerOnly: ['morgen'],
      notBefore: 'bis|noch|von|seit|schon|auch|das|an|als|heute auf',
      notAfter: 'noch|als',
    },
  },
  fr: {
    daySuffix: '(?:er|ᵉʳ)?',
    dayToMonth: '',
    monthToYear: '',
    cues: "en|depuis|dès|jusqu'en|jusqu’en|début|fin|mi|courant|d'ici|d’ici",
    notAlone: ['mars'],
    givenNames: [],
    capitalised: false,
    yearAfter: { last: 'de l\'année dernière|de l’année dernière', this: 'de cette année', next: 'de l\'année prochaine|de l’année prochaine' },
    directionAfter: { past: 'dernier', next: 'prochain' },
    future: 'sera|seront|va|vont|devra|devront|doit|doivent|prévu|prévue|aura|auront',
    nextWords: 'prochaine?s?',
    lastBeside: { before: '', after: 'dernier' },
    rangeTo: "au|jusqu'au|jusqu’au|et le|-|–",
    dayListTo: 'et|ou',
    since: 'depuis',
    weekdays: { thisWeek: 'ce', last: '', next: '', lastAfter: 'dernier', nextAfter: 'prochain' },
    relativeDays: {
      words: { 'avant-hier': -2, hier: -1, 'ce matin': 0, 'ce soir': 0, demain: 1, 'après-demain': 2 },
      lowerOnly: [],
      notBefore: "jusqu'à|jusqu’à|jusqu'|jusqu’|d'|d’|de|encore|toujours|comme",
      notAfter: 'encore',
    },
  },
  es: {
    daySuffix: '[º°]?',
    dayToMonth: 'de',
    monthToYear: 'de|del',
    cues: 'en|desde|hasta|principios de|finales de|mediados de|fines de|inicios de',
    notAlone: [],
    givenNames: [],
    capitalised: false,
    yearAfter: { last: 'del año pasado|del año anterior', this: 'de este año', next: 'del próximo año|del año que viene' },
    directionAfter: { past: 'pasado', next: 'próximo' },
    future: '\\p{L}+(?:ará|erá|irá|arán|erán|irán)|va a|van a|prevé|previsto|prevista',
    nextWords: 'próxim[oa]s?|que viene',
    lastBeside: { before: 'pasado|último', after: 'pasado' },
    rangeTo: 'al|a|hasta el|y el|-|–',
    dayListTo: 'y|e|o',
    since: 'desde',
    weekdays: { thisWeek: 'este', last: 'pasado', next: 'próximo', lastAfter: 'pasado', nextAfter: 'próximo|que viene' },
    relativeDays: {
      words: { anteayer: -2, antier: -2, ayer: -1, 'esta mañana': 0, 'esta tarde': 0, 'hoy por la mañana': 0, mañana: 1, 'pasado mañana': 2 },
      lowerOnly: [],
      notBefore: 'hasta|de|aún|todavía|ya|como|la|esta|esa|una|cada|toda|misma|media|el|del|al|su|por la|de la|en la',
      notAfter: 'en día|día',
    },
  },
  it: {
    daySuffix: '[º°]?',
    dayToMonth: '',
    monthToYear: 'del',
    cues: "a|ad|in|da|entro|fino a|nel|nell'|nell’|inizio|fine|metà|dal|dall'|dall’|all'inizio di|alla fine di",
    notAlone: [],
    givenNames: [],
    capitalised: false,
    yearAfter: { last: 'dell\'anno scorso|dell’anno scorso', this: 'di quest\'anno|di quest’anno', next: 'dell\'anno prossimo|dell’anno prossimo' },
    directionAfter: { past: 'scorso', next: 'prossimo' },
    future: '\\p{L}+(?:erà|irà|eranno|iranno)|sarà|saranno|previsto|prevista',
    nextWords: 'prossim[oa]|prossimi|prossime',
    lastBeside: { before: 'scorso', after: 'scorso' },
    rangeTo: 'al|a|-|–',
    dayListTo: 'e|ed|o',
    since: "dal|dall'|dall’|da",
    weekdays: { thisWeek: 'questo|questa', last: 'scorso|scorsa', next: 'prossimo|prossima', lastAfter: 'scorso|scorsa', nextAfter: 'prossimo|prossima', names: ['domenica', 'lunedì lunedi', 'martedì martedi', 'mercoledì mercoledi', 'giovedì giovedi', 'venerdì venerdi', 'sabato'] },
    relativeDays: {
      words: { "l'altro ieri": -2, 'l’altro ieri': -2, ieri: -1, stamattina: 0, stamane: 0, 'questa mattina': 0, stasera: 0, domani: 1, dopodomani: 2 },
      lowerOnly: [],
      notBefore: "ad|a|fino ad|fino a|di|ancora|tuttora|come|il|del|al|un|d'|d’",
      notAfter: 'giorno',
    },
  },
  pt: {
    daySuffix: '[º°]?',
    dayToMonth: 'de',
    monthToYear: 'de',
    cues: 'em|desde|até|início de|final de|fim de|meados de|princípio de',
    notAlone: [],
    givenNames: [],
    capitalised: false,
    yearAfter: { last: 'do ano passado|do ano anterior', this: 'deste ano|de este ano', next: 'do próximo ano|do ano que vem' },
    directionAfter: { past: 'passado', next: 'próximo' },
    future: '\\p{L}+(?:ará|erá|irá|arão|erão|irão)|vai|vão|previsto|prevista',
    nextWords: 'próxim[oa]s?|que vem',
    lastBeside: { before: 'último|passado', after: 'passado' },
    rangeTo: 'a|até|até o|e|-|–',
    dayListTo: 'e|ou',
    since: 'desde',
    weekdays: { thisWeek: 'nesta|neste|esta|este', last: 'última|último', next: 'próxima|próximo', lastAfter: 'passada|passado', nextAfter: 'que vem', names: ['domingo', 'segunda-feira', 'terça-feira terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado sabado'] },
    relativeDays: {
      words: { anteontem: -2, ontem: -1, 'nesta manhã': 0, 'esta manhã': 0, 'hoje de manhã': 0, 'hoje à tarde': 0, amanhã: 1, 'depois de amanhã': 2 },
      lowerOnly: [],
      notBefore: 'até|de|ainda|como|o|do|um|ao|já',
      notAfter: 'em dia|dia',
    },
  },
  nl: {
    daySuffix: '',
    dayToMonth: '',
    monthToYear: '',
    cues: 'in|sinds|tot|vanaf|begin|eind|half|medio|per',
    notAlone: [],
    givenNames: [],
    capitalised: false,
    yearAfter: { last: 'vorig jaar|van vorig jaar|vorige jaar', this: 'dit jaar|van dit jaar', next: 'volgend jaar|van volgend jaar' },
    directionAfter: { past: '', next: '' },
    future: 'zal|zullen|gaat|gaan|wordt verwacht|gepland',
    nextWords: 'volgende|komende',
    lastBeside: { before: 'afgelopen|vorige', after: '' },
    rangeTo: 'tot|tot en met|t/m|-|–',
    dayListTo: 'en|of',
    since: 'sinds|sedert',
    weekdays: { thisWeek: 'deze', last: 'afgelopen|vorige', next: 'volgende|komende', lastAfter: '', nextAfter: '', names: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] },
    relativeDays: {
      words: { eergisteren: -2, gisteren: -1, vanmorgen: 0, vanochtend: 0, vanmiddag: 0, vanavond: 0, morgen: 1, overmorgen: 2 },
      lowerOnly: [],
      notBefore: "tot|van|nog|de|deze|die|een|elke|iedere|volgende|zo'n|'s",
      notAfter: 'de dag',
    },
  },
});
