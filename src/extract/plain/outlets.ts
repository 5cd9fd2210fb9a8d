// Names of news agencies and patterns that name the page's outlet, as data.

/** News agencies: a lone line with one of these near the top is an agency credit (a byline). */
export const AGENCIES: string[] = [
  'Reuters', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'AP', 'Associated Press', 'The Associated Press',
  'dpa', 'Deutsche Presse-Agentur', 'EFE', 'Agencia EFE', 'ANSA', 'Xinhua', 'Kyodo', 'Kyodo News', 'Yonhap', 'PTI',
  'Press Trust of India', 'IANS', 'ANI', 'UNB', 'BSS', 'Bloomberg', 'TASS', 'ТАСС', 'RIA Novosti', 'РИА Новости',
  'Interfax', 'Интерфакс', 'Ukrinform', 'Укрінформ', 'Anadolu', 'Anadolu Agency', 'KNA', 'APA', 'Belga', 'ANP',
  'SDA', 'Keystone-SDA', 'Europa Press', 'Lusa', 'PAP', 'ČTK', 'CTK', 'MTI', 'BTA', 'Tanjug', 'HINA', 'Agerpres',
  'UPI', 'AAP', 'The Canadian Press', 'Canadian Press', 'NTB', 'TT', 'Ritzau', 'STT', 'BNS', 'LETA', 'ELTA',
  'Sputnik', 'Reuters/AP', 'AP/Reuters', 'AFP/Reuters', 'dpa/AFP', 'AFP/dpa', 'Agencies', 'News agencies', 'Wires',
];

const AGENCY_KEYS = new Map(AGENCIES.map((a) => [a.toLowerCase(), a]));

/** The agency's canonical spelling when `s` is one, else null. */
export function agencyName(s: string): string | null {
  return AGENCY_KEYS.get(s.trim().toLowerCase()) ?? null;
}

/** A capitalised name of one to five words, optionally led by "The" (what outlet patterns capture). */
const NAME = String.raw`((?:The |Die |Der |Le |La |El |Il )?[A-Z0-9ÀÖØ-Þ][\w&'’.+-]*(?: (?:of |for |and |& )?[A-Z0-9ÀÖØ-Þ][\w&'’.+-]*){0,4})`;

/** Lines that name the outlet publishing the page. The first capture group is the name. */
export const OUTLET_PATTERNS: RegExp[] = [
  new RegExp(`${NAME} does not endorse`),
  new RegExp(String.raw`^\W*${NAME} is (?:now )?(?:on|available on) (?:Telegram|WhatsApp|Google News|Instagram|Facebook|Twitter|X|Threads|YouTube|LinkedIn)\b`),
  new RegExp(String.raw`^\W*${NAME} materials contain`),
  new RegExp(String.raw`^\W*(?:Follow|Subscribe to) ${NAME} on (?:Telegram|WhatsApp|Google News|Instagram|Facebook|Twitter|X|YouTube)\b`),
  new RegExp(String.raw`^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)${NAME}`, 'i'),
  new RegExp(String.raw`^(?:©|\(c\)|Copyright)\s*(?:©\s*)?${NAME},?\s*\d{4}`, 'i'),
];

/** Phrases that credit the outlet a translated or syndicated text comes from ("the author of Advance believes"). */
export const ORIGIN_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:the )?(?:author|columnist|journalist|correspondent|editor|observer|commentator|analyst)s? (?:of|for|at) ${NAME},? (?:believes|writes|argues|notes|says|thinks|claims|suggests|reports|concludes|wrote|said)\b`),
  new RegExp(String.raw`\b(?:writes|reports|wrote|according to the) (?:the )?(?:newspaper|magazine|portal|website|outlet|publication|site) ${NAME}`),
  /\bThis (?:article|story) (?:was |is )?(?:originally |first )?(?:published|appeared) (?:by|in|on) ((?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4})/,
];

/**
 * Known outlets, one table for both extractors: the name as the outlet writes it, other spellings (site names,
 * short forms, copyright holders), its domains (a subdomain matches too), and two weaker signs used only when the
 * page names no outlet: staff whose byline or contributor credit names the outlet (dated evidence: people move),
 * and lines of its page template (two different ones must appear).
 */
export interface KnownOutlet {
  name: string;
  variants?: string[];
  domains?: string[];
  staff?: string[];
  furniture?: RegExp[];
}

export const OUTLETS: KnownOutlet[] = [
  { name: 'The New York Times', variants: ['New York Times', 'NYTimes', 'NYT', 'nytimes.com'], domains: ['nytimes.com'], staff: ['Anton Troianovski', 'Andrew E. Kramer', 'Valerie Hopkins'] },
  {
    name: 'The Washington Post', variants: ['Washington Post', 'washingtonpost.com', 'WashPost'], domains: ['washingtonpost.com'],
    staff: ['Mary Ilyushina', 'Natalia Abbakumova', 'Robyn Dixon', 'Isabelle Khurshudyan', 'Paul Sonne', 'Catherine Belton', 'Missy Ryan', 'Dan Lamothe', 'John Hudson'],
  },
  { name: 'The Wall Street Journal', variants: ['Wall Street Journal', 'WSJ'], domains: ['wsj.com'] },
  { name: 'The Guardian', variants: ['Guardian', 'theguardian.com', 'Guardian News & Media'], domains: ['theguardian.com', 'guardian.co.uk'], staff: ['Pjotr Sauer', 'Shaun Walker', 'Luke Harding'] },
  { name: 'The Times', domains: ['thetimes.co.uk'] },
  { name: 'The Telegraph', variants: ['Telegraph', 'The Daily Telegraph'], domains: ['telegraph.co.uk'] },
  { name: 'The Economist', variants: ['Economist'], domains: ['economist.com'] },
  { name: 'Financial Times', variants: ['FT', 'The Financial Times'], domains: ['ft.com'] },
  { name: 'Bloomberg', variants: ['Bloomberg News', 'Bloomberg L.P.'], domains: ['bloomberg.com'] },
  { name: 'Politico', variants: ['POLITICO'], domains: ['politico.com', 'politico.eu'] },
  { name: 'Foreign Policy', domains: ['foreignpolicy.com'] },
  { name: 'Foreign Affairs', domains: ['foreignaffairs.com'] },
  { name: 'The National Interest', domains: ['nationalinterest.org'] },
  { name: 'The Atlantic', domains: ['theatlantic.com'] },
  { name: 'Newsweek', domains: ['newsweek.com'] },
  { name: 'Time', variants: ['TIME'], domains: ['time.com'] },
  { name: 'CNN', variants: ['CNN.com', 'Cable News Network'], domains: ['cnn.com'] },
  { name: 'BBC', variants: ['BBC News', 'BBC.com', 'bbc.co.uk'], domains: ['bbc.co.uk', 'bbc.com'], staff: ['Steve Rosenberg', 'Jeremy Bowen'] },
  {
    name: 'CBC News', variants: ['CBC', 'CBC.ca', 'cbc.ca', 'CBC/Radio-Canada', 'Canadian Broadcasting Corporation'], domains: ['cbc.ca'],
    staff: ['Evan Dyer', 'Murray Brewster', 'Margaret Evans'],
    // the video cards of CBC's article template: "WATCH | <title>" and "Duration 2:04"
    furniture: [/^WATCH \| \S/, /^Duration \d{1,2}:\d{2}$/],
  },
  { name: 'Fox News', variants: ['FOX News', 'Fox News Channel', 'foxnews.com'], domains: ['foxnews.com'] },
  { name: 'NBC News', domains: ['nbcnews.com'] },
  { name: 'CBS News', domains: ['cbsnews.com'] },
  { name: 'ABC News', domains: ['abcnews.go.com'] },
  { name: 'HuffPost', variants: ['Huffington Post', 'The Huffington Post', 'HuffPost US'], domains: ['huffpost.com', 'huffingtonpost.com'] },
  { name: 'Al Jazeera', variants: ['Al Jazeera English', 'Aljazeera'], domains: ['aljazeera.com'] },
  { name: 'Deutsche Welle', variants: ['DW', 'DW.COM'], domains: ['dw.com'] },
  { name: 'The Business Standard', variants: ['TBS', 'TBS News'], domains: ['tbsnews.net'] },
  { name: 'The Week', variants: ['The Week India', 'THE WEEK'], domains: ['theweek.in'] },
  { name: 'InoSMI', variants: ['ИноСМИ', 'inosmi.ru'], domains: ['inosmi.ru'] },
  { name: 'Der Spiegel', variants: ['DER SPIEGEL', 'SPIEGEL', 'Spiegel Online'], domains: ['spiegel.de'] },
  { name: 'Die Welt', variants: ['WELT', 'DIE WELT'], domains: ['welt.de'] },
  { name: 'Die Zeit', variants: ['ZEIT ONLINE', 'DIE ZEIT'], domains: ['zeit.de'] },
  { name: 'Bild', variants: ['BILD'], domains: ['bild.de'] },
  { name: 'Frankfurter Allgemeine', variants: ['FAZ', 'FAZ.NET', 'Frankfurter Allgemeine Zeitung'], domains: ['faz.net'] },
  { name: 'Süddeutsche Zeitung', variants: ['SZ', 'Süddeutsche.de', 'sueddeutsche.de'], domains: ['sueddeutsche.de'] },
  { name: 'Le Monde', variants: ['Le Monde.fr', 'lemonde.fr'], domains: ['lemonde.fr'] },
  { name: 'Le Figaro', variants: ['Le Figaro.fr'], domains: ['lefigaro.fr'] },
  { name: 'Libération', domains: ['liberation.fr'] },
  { name: 'El País', variants: ['EL PAÍS', 'Ediciones EL PAÍS'], domains: ['elpais.com'] },
  { name: 'El Mundo', domains: ['elmundo.es'] },
  { name: 'La Repubblica', variants: ['la Repubblica'], domains: ['repubblica.it'] },
  { name: 'Corriere della Sera', domains: ['corriere.it'] },
  { name: 'Gazeta Wyborcza', domains: ['wyborcza.pl'] },
  { name: 'Rzeczpospolita', domains: ['rp.pl'] },
  { name: 'Kommersant', variants: ['Коммерсантъ'], domains: ['kommersant.ru'] },
  { name: 'Vedomosti', variants: ['Ведомости'], domains: ['vedomosti.ru'] },
  { name: 'RBC', variants: ['РБК'], domains: ['rbc.ru'] },
  { name: 'Meduza', variants: ['Медуза'], domains: ['meduza.io'] },
  { name: 'Novaya Gazeta', variants: ['Новая газета'], domains: ['novayagazeta.ru', 'novayagazeta.eu'] },
  { name: 'Ukrainska Pravda', variants: ['Українська правда'], domains: ['pravda.com.ua'] },
  { name: 'Kyiv Independent', variants: ['The Kyiv Independent'], domains: ['kyivindependent.com'] },
  { name: 'Kyiv Post', domains: ['kyivpost.com'] },
  { name: 'Haaretz', domains: ['haaretz.com'] },
  { name: 'South China Morning Post', variants: ['SCMP'], domains: ['scmp.com'] },
  { name: 'Global Times', domains: ['globaltimes.cn'] },
  { name: 'The Hill', domains: ['thehill.com'] },
  { name: 'Axios', domains: ['axios.com'] },
  { name: 'Asia Times', domains: ['asiatimes.com'] },
  { name: 'Defense News', domains: ['defensenews.com'] },
  { name: 'Breaking Defense', domains: ['breakingdefense.com'] },
  { name: 'Military Watch', variants: ['Military Watch Magazine'], domains: ['militarywatchmagazine.com'] },
  { name: 'Jutarnji list', domains: ['jutarnji.hr'] },
  { name: 'Večernji list', domains: ['vecernji.hr'] },
  { name: 'Blic', domains: ['blic.rs'] },
  { name: 'Politika', domains: ['politika.rs'] },
  { name: 'Dnevnik' },
  { name: 'Index.hr', domains: ['index.hr'] },
  { name: 'Nova' },
  { name: 'Onet', domains: ['onet.pl'] },
  { name: 'Delfi' },
  { name: 'Postimees', domains: ['postimees.ee'] },
  { name: 'Reuters', variants: ['Thomson Reuters'], domains: ['reuters.com'] },
  { name: 'The Associated Press', variants: ['Associated Press', 'AP News'], domains: ['apnews.com'] },
  { name: 'AFP', variants: ['Agence France-Presse', 'Agence France Presse'], domains: ['afp.com'] },
];

/** Outlets commonly quoted, translated or syndicated: a "Name: headline" lead-in with one of them names the origin. */
export const KNOWN_OUTLETS: string[] = OUTLETS.map((o) => o.name);
