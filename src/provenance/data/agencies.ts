// News agencies whose stories others re-publish: an agency credit on a text marks it as the source side.
export const AGENCIES: Array<[name: string, pattern: RegExp]> = [
  ['Reuters', /\breuters\b/i],
  ['Associated Press', /\b(associated press|AP)\b/],
  ['AFP', /\b(AFP|agence france[- ]presse)\b/i],
  ['dpa', /\b(dpa|deutsche presse-agentur)\b/],
  ['Xinhua', /\bxinhua\b/i],
  ['TASS', /\bTASS\b/],
  ['RIA Novosti', /\bria novosti\b/i],
  ['Interfax', /\binterfax\b/i],
  ['Bloomberg', /\bbloomberg\b/i],
  ['UPI', /\b(UPI|united press international)\b/],
  ['ANSA', /\bANSA\b/],
  ['EFE', /\bEFE\b/],
  ['PTI', /\b(PTI|press trust of india)\b/],
  ['Kyodo', /\bkyodo\b/i],
  ['Yonhap', /\byonhap\b/i],
  ['Ukrinform', /\bukrinform\b/i],
  ['BelTA', /\bbelta\b/i],
  ['Anadolu', /\banadolu\b/i],
];

/** A line that is only a credit ("Reuters", "By Reuters", "(AFP)") or a wire dateline ("MOSCOW (Reuters) -"). */
export const CREDIT_LINE = /^\s*(?:by\s+|source:\s*)?\(?([^()]{2,40}?)\)?\s*\.?\s*$/i;
export const DATELINE = /^[\p{Lu}][\p{Lu} ,.'-]{1,40}\(([^()]{2,40})\)\s*[-–—]/u;

/** How far into a document (sentences, removed lines) a credit line is looked for. */
export const CREDIT_LOOKAHEAD = 15;
