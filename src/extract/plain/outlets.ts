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

/** Outlets commonly quoted, translated or syndicated: a "Name: headline" lead-in with one of them names the origin. */
export const KNOWN_OUTLETS: string[] = [
  'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'The Guardian', 'The Times', 'The Telegraph',
  'The Economist', 'Financial Times', 'Bloomberg', 'Politico', 'Foreign Policy', 'Foreign Affairs',
  'The National Interest', 'The Atlantic', 'Newsweek', 'Time', 'CNN', 'BBC', 'Fox News', 'NBC News', 'CBS News',
  'ABC News', 'Al Jazeera', 'Der Spiegel', 'Die Welt', 'Die Zeit', 'Bild', 'Frankfurter Allgemeine', 'FAZ',
  'Süddeutsche Zeitung', 'Le Monde', 'Le Figaro', 'Libération', 'El País', 'El Mundo', 'La Repubblica',
  'Corriere della Sera', 'Gazeta Wyborcza', 'Rzeczpospolita', 'Kommersant', 'Vedomosti', 'RBC', 'Meduza',
  'Novaya Gazeta', 'Ukrainska Pravda', 'Kyiv Independent', 'Kyiv Post', 'Haaretz', 'South China Morning Post',
  'Global Times', 'The Hill', 'Axios', 'Asia Times', 'Defense News', 'Breaking Defense', 'Military Watch',
  'Jutarnji list', 'Večernji list', 'Blic', 'Politika', 'Dnevnik', 'Index.hr', 'Nova', 'Onet', 'Delfi', 'Postimees',
];
