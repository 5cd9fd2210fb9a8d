// Shapes of page-chrome lines that no phrase list catches: stamps, counters, credits, captions, tag lists.
// Tried in order on the trimmed line (leading bullets stripped); the first match gives the reason.
// `strong` rules also apply to clean records; `maxWords` keeps a rule off long prose lines.
import { REASON, type Reason } from './reasons.ts';

export interface ChromePattern {
  re: RegExp;
  reason: Reason;
  strong: boolean;
  maxWords?: number;
  /** the line must hold a digit (a date or a time), so that prose starting with "Updated ..." is not taken */
  digit?: boolean;
  /** the line must end with one of these characters (a cheap test before the expression) */
  end?: string;
  /** the expression only looks at the last `tail` characters (a credit at the end of a caption) */
  tail?: number;
}

const AGO = String.raw`(?:\d+|an?|one|two|three|few)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago`;
/** "… ago" in German, French, Spanish, Italian and Russian. */
const AGO_OTHER = [
  String.raw`vor\s+\d+\s+(?:Sekunden|Minuten?|Stunden?|Tagen?|Wochen?|Monaten?|Jahren?)`,
  String.raw`il y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)`,
  String.raw`hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses?|años?)`,
  String.raw`\d+\s+(?:minuti|ore|giorni|settimane|mesi|anni)\s+fa`,
  String.raw`\d+\s+(?:секунд\S*|минут\S*|час\S*|дн\S*|день|недел\S*|месяц\S*|год\S*|лет)\s+назад`,
].join('|');
const MEDIA = `(?:${[
  'photos?', 'images?', 'pictures?', 'pics?', 'illustrations?', 'graphics?', 'infographic', 'foto', 'fotos', 'bild',
  'bilder', 'grafik', 'quelle', 'photographie', 'crédits?', 'credits?', 'imagen', 'immagine', 'фото', 'иллюстрация',
  'источник(?: изображения| фото)?', 'image source', 'photo credit', 'photograph', 'cover (?:photo|image)',
  'header image', 'featured image', 'screengrab', 'screenshot',
].join('|')})`;
const CREDIT_TAIL = `(?:${[
  'Getty Images', 'AFP', 'AP', 'Reuters', 'EPA', 'EPA-EFE', 'Shutterstock', 'iStock', 'Alamy', 'Sputnik', 'Bloomberg',
  'dpa', 'picture alliance', 'imago', 'TASS', 'ТАСС', 'РИА Новости', 'Kremlin Pool', 'Pool', 'Handout', 'Collected',
  'Courtesy', 'File', 'UNB', 'TBS', 'Xinhua', 'Anadolu',
].join('|')})`;

export const CHROME_PATTERNS: ChromePattern[] = [
  // "2h | Brands", "18h | TBS SPORTS": the age and section under a headline in a list
  { re: /^\d{1,3}\s*(?:s|m|min|h|hr|d|w|mo|y)\s*[|·•]\s*\S/i, reason: REASON.headlineStamp, strong: false, maxWords: 6 },
  // video teasers: "WATCH | ...", "VIDEO: ...", "Duration 2:04"
  { re: /^(?:watch|video|listen|audio|play video|смотрите видео|видео)\s*[|:]/i, reason: REASON.video, strong: false, maxWords: 25 },
  { re: /^(?:duration|dauer|durée|duración|durata|длительность)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?$/i, reason: REASON.video, strong: true },
  { re: /^\d{1,2}:\d{2}(?::\d{2})?\s*(?:min|mins)?$/i, reason: REASON.timestamp, strong: false },
  // "Photo: Collected", "Image source: © ...", "Getty Images", "AP Photo/Efrem Lukatsky", "Foto: dpa"
  { re: new RegExp(String.raw`^${MEDIA}\s*(?:[:©|/]|by\b)`, 'i'), reason: REASON.photoCredit, strong: true, maxWords: 14 },
  { re: new RegExp(String.raw`^(?:\(?(?:AP|AFP|Reuters|EPA|Xinhua|TASS) Photo\b|Getty Images|Shutterstock|iStock|picture alliance|imago images|${CREDIT_TAIL}\s*/\s*[A-Z])`, 'i'), reason: REASON.photoCredit, strong: true, maxWords: 10 },
  { re: /^(?:©|\(c\))\s*(?!\d{4}\b)[^.]{0,60}$/i, reason: REASON.photoCredit, strong: false, maxWords: 8 },
  // captions: a description ending in a photo credit ("... (Konstantin Zavrazhin/Sputnik/Reuters)", "... Photo: Bloomberg", "... | Reuters")
  { re: /\((?:[^()]{1,60}\/){1,4}[^()]{1,60}\)$/, reason: REASON.caption, strong: false, end: ')', tail: 200 },
  { re: new RegExp(String.raw`\(\s*(?:${CREDIT_TAIL}|[^()]{0,40}\b(?:Photo|Foto|Picture)s?\b[^()]{0,40})\s*\)$`, 'i'), reason: REASON.caption, strong: false, end: ')' },
  { re: new RegExp(String.raw`[.!?]?\s+${MEDIA}\s*[:©]\s*[^.]{1,60}$`, 'i'), reason: REASON.caption, strong: false, maxWords: 80, tail: 100 },
  { re: new RegExp(String.raw`\s[|]\s*(?:Photo:?\s*)?${CREDIT_TAIL}\s*$`, 'i'), reason: REASON.caption, strong: false, maxWords: 80, tail: 60 },
  // "... in Kyiv, December 19, 2022. AP Photo/Efrem Lukatsky", "... in Minsk. REUTERS/Vasily Fedosenko"
  { re: /(?:\b(?:AP|AFP|Reuters|EPA|EPA-EFE|Xinhua|TASS|Getty|Sputnik) (?:Photo|Images)|\bREUTERS|\bAFP|\bEPA)\s*\/\s*[\p{L} .'’-]{2,40}$/u, reason: REASON.caption, strong: false, maxWords: 80, tail: 80 },
  { re: /\((?:left|right|centre|center|front|back|pictured|from left|from right|links|rechts|à gauche|à droite|izquierda|derecha|слева|справа)\)/i, reason: REASON.caption, strong: false, maxWords: 40 },
  { re: /\((?:L|R|C|L-R|R-L)\)/, reason: REASON.caption, strong: false, maxWords: 40 },
  // copyright lines: "© 2023 Reuters", "Copyright 2022 The Associated Press"
  { re: /^(?:©|\(c\)|copyright\b)/i, reason: REASON.copyright, strong: true, maxWords: 30 },
  // timestamps: "Last modified: ...", "Updated 3 hours ago", "24.09 03:54", "6 months ago"
  { re: /^(?:last\s+)?(?:modified|updated|published|posted|first published|edited|aktualisiert|veröffentlicht|stand|mis à jour|publié le|publié|actualizado|publicado|aggiornato|pubblicato|обновлено|опубликовано|дата публикации|оновлено)(?![\p{L}\p{N}_])\s*:?/iu, reason: REASON.timestamp, strong: false, maxWords: 12, digit: true },
  { re: new RegExp(String.raw`^(?:updated\s+|posted\s+|published\s+)?(?:${AGO}|${AGO_OTHER}|just now|yesterday|today|gestern|heute|hier|aujourd'hui|ayer|hoy|ieri|oggi|вчера|сегодня)$`, 'i'), reason: REASON.timestamp, strong: false },
  { re: /^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/, reason: REASON.timestamp, strong: false },
  { re: /^\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s+[A-Z]{2,4})?(?:,?\s+\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?$/i, reason: REASON.timestamp, strong: false },
  // counters: views, likes, comment counts ("1095", "0", "12K", "Views: 1,095", "Comments (12)")
  { re: /^(?:comments?|kommentare|commentaires|comentarios|commenti|комментари\S*|reactions?|replies)\s*[:(]?\s*\d+\)?$/i, reason: REASON.comments, strong: true },
  { re: /^\d+\s+(?:comments?|kommentare|commentaires|comentarios|commenti|комментари\S*|replies|reactions)$/i, reason: REASON.comments, strong: true },
  { re: /^(?:views?|reads?|likes?|shares?|просмотр\S*|aufrufe)\s*:?\s*[\d.,]+\s*[kmкм]?$/i, reason: REASON.counter, strong: false },
  { re: /^[\d.,]+\s*[kmкм]?\s*(?:views?|reads?|likes?|shares?|просмотр\S*|aufrufe)$/i, reason: REASON.counter, strong: false },
  { re: /^[\d][\d\s.,]*[kmкм]?$/i, reason: REASON.counter, strong: false },
  // tags: "Tags: a, b, c"; "Russia-Belarus / Russia-Belarus military drill / Vladimir Putin"
  { re: /^(?:tags?|topics?|keywords?|themen|schlagwörter|mots-clés|thèmes|etiquetas|temas|tag|argomenti|теги|темы|ключевые слова)\s*:/i, reason: REASON.tags, strong: true, maxWords: 40 },
  // contributor credits: "X and Y in Riga contributed to this report.", "(Reporting by X; Editing by Y)"
  { re: /\bcontributed (?:to this (?:report|story|article)|reporting|additional reporting)\b/i, reason: REASON.contributors, strong: true, maxWords: 40 },
  { re: /^\(?(?:additional reporting|reporting|writing|editing|compiled|produced) by\b[^()]*\)?$/i, reason: REASON.contributors, strong: true, maxWords: 40 },
];

/** A wire's sign-off closing the text on the last line ("... is April 16. REUTER"): the agency's mark, not a sentence. */
export const SIGN_OFF = /(?:^|\s+)reuter\s*$/i;
