// Bytes to text: refuse what is not text, honour a BOM, prefer UTF-8, fall back to a legacy charset.

/** In a signature: any byte. */
const ANY = -1;
/** What to do with an archive of another kind than gzip: its files can be read once unpacked. */
const UNPACK = 'unpack it first (only gzip is read packed, as .gz)';

/** Signatures of common binary formats that end up in scraped piles; archives with what to do. */
const BINARY_MAGIC: Array<{ bytes: number[]; name: string; advice?: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive', advice: UNPACK },
  // bzip2 / xz / zstd / 7-Zip / RAR were "binary content (NUL bytes)" or "(control characters)"
  // "BZh", a block size digit, then the first block's magic (a text may start "BZh")
  { bytes: [0x42, 0x5a, 0x68, ANY, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], name: 'a bzip2 archive', advice: UNPACK },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'an xz archive', advice: UNPACK },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], name: 'a zstd archive', advice: UNPACK },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7-Zip archive', advice: UNPACK },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], name: 'a RAR archive', advice: UNPACK },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'an executable' },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: 'a RIFF media file' },
  // files are unpacked by their bytes, whatever their name: gzip seen here is packed twice, or a body sent packed
  { bytes: [0x1f, 0x8b], name: 'gzip data' },
];

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Share of control characters (other than tab, newline, CR, form feed) above which bytes are not text. */
const MAX_CONTROL_SHARE = 0.02;
/**
 * Share of NUL bytes above which bytes are not text. Binary formats are full of them (a PNG's header, an
 * executable's padding); a few in otherwise plain text are a crawler's or an editor's accident, stripped with
 * a note. NUL padding at the end (a download cut short, a preallocated file) does not count.
 */
const MAX_NUL_SHARE = 0.01;

/** `nuls`: NUL characters taken out of the text, amid it and as padding at its end (a note for the user; the text is used). */
export type Decoded = { text: string; encoding: string; nuls?: { stray: number; padding: number } } | { problem: string };

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => b === ANY || buf[i] === b);
}

/**
 * What binary format these bytes start as, by its signature, with what to do (`not`: what they are not, as "text"
 * or "JSON lines"); null when no signature matches. The JSONL stream said only "binary content (NUL bytes)".
 */
export function binarySignature(buf: Uint8Array, not: string): string | null {
  const hit = BINARY_MAGIC.find(({ bytes }) => startsWith(buf, bytes));
  return hit ? `binary content (${hit.name}), not ${not}${hit.advice ? `: ${hit.advice}` : ''}` : null;
}

/** Why these bytes are not text, or null when they may be. */
export function notTextReason(buf: Uint8Array): string | null {
  if (buf.length === 0) return 'empty file';
  const signed = binarySignature(buf, 'text');
  if (signed) return signed;
  const utf16 = startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff]);
  if (utf16 || bomlessUtf16(buf)) return null;
  const end = withoutNulPadding(buf);
  if (end === 0) return 'binary content (only NUL bytes), not text';
  const n = Math.min(end, 65536);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (nul / n > MAX_NUL_SHARE) return 'binary content (NUL bytes), not text';
  if ((control + nul) / n > MAX_CONTROL_SHARE) return 'binary content (control characters), not text';
  return null;
}

/** Length of the bytes without a run of NULs at their end. */
function withoutNulPadding(buf: Uint8Array): number {
  let end = buf.length;
  while (end > 0 && buf[end - 1] === 0) end--;
  return end;
}

const NUL_CHAR = /\u0000/g;
const NUL_PADDING = /\u0000+$/;

/** The decoded text without NUL characters (notTextReason let only a few through), and how many there were. */
function withoutNuls(decoded: { text: string; encoding: string }): Decoded {
  if (!decoded.text.includes('\u0000')) return decoded;
  const unpadded = decoded.text.replace(NUL_PADDING, '');
  const text = unpadded.replace(NUL_CHAR, '');
  return { ...decoded, text, nuls: { stray: unpadded.length - text.length, padding: decoded.text.length - unpadded.length } };
}

/**
 * Decode bytes as text. `declared` is a charset the container named (HTTP header, <meta>),
 * tried after a BOM and before detection.
 */
export function decodeBytes(buf: Uint8Array, declared?: string | null): Decoded {
  const reason = notTextReason(buf);
  if (reason) return { problem: reason };
  const decoded = decodeText(buf, declared);
  return 'problem' in decoded ? decoded : withoutNuls(decoded);
}

function decodeText(buf: Uint8Array, declared?: string | null): Decoded {
  for (const { bytes, encoding } of BOMS) {
    if (startsWith(buf, bytes)) {
      return { text: new TextDecoder(encoding).decode(buf.subarray(bytes.length)), encoding: `${encoding} (BOM)` };
    }
  }
  const utf16 = bomlessUtf16(buf);
  if (utf16) return { text: new TextDecoder(utf16).decode(buf), encoding: `${utf16} (detected, no BOM)` };
  if (declared) {
    const label = declared.trim().toLowerCase();
    const strictUtf8 = label === 'utf-8' || label === 'utf8';
    // a page declaring UTF-8 whose bytes are not (a Windows-1252 page under a copied <meta charset="utf-8">) read
    // with U+FFFD for each accented letter ("Caf�"): the decoder below was made fatal, but the text was decoded by
    // another, lenient one; read as undeclared bytes that are not UTF-8 are
    if (strictUtf8 && tryUtf8(buf) === null) {
      const { text, encoding } = notUtf8(buf);
      return { text, encoding: `${encoding} (detected; page declared ${label}, its bytes are not UTF-8)` };
    }
    try {
      const decoder = new TextDecoder(label);
      // A page that names a single-byte charset but is valid UTF-8 with multi-byte sequences was
      // saved or served as UTF-8 (the reverse accident is all but impossible in real text). A multi-byte
      // charset (Shift_JIS, GBK, EUC-KR, Big5) can share a short run with UTF-8 ("é" is a GBK character
      // too): there the reading that reads more like text wins (a UTF-8 page labelled Shift_JIS gave "cafﾃｩ").
      const utf8 = !strictUtf8 && hasUtf8Sequences(buf) ? tryUtf8(buf) : null;
      const declaredText = decodeWith(decoder.encoding, buf);
      if (
        utf8 !== null &&
        (SINGLE_BYTE.test(decoder.encoding) || plausibility(utf8.slice(0, SAMPLE_BYTES)) > plausibility(declaredText.slice(0, SAMPLE_BYTES)))
      )
        return { text: utf8, encoding: `utf-8 (detected; page declared ${label})` };
      return { text: declaredText, encoding: `${label} (declared)` };
    } catch {
      // declared charset unknown or wrong: detect instead
    }
  }
  const utf8 = tryUtf8(buf);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const { text, encoding } = notUtf8(buf);
  return { text, encoding: `${encoding} (detected)` };
}

/**
 * Bytes that are not UTF-8: the legacy charset that reads most like text, or, when they hold UTF-8 sequences too
 * (a UTF-8 page with a pasted Latin-1 paragraph, two exports concatenated), UTF-8 where the bytes are UTF-8 and that
 * charset for the stray bytes between. Read whole in one legacy charset, such a file turned every UTF-8 letter into
 * two ("Café" became "CafĂŠ"); the reading that reads more like text is taken.
 */
export function notUtf8(buf: Uint8Array): { text: string; encoding: string } {
  const legacy = guessLegacyCharset(buf);
  const whole = decodeWith(legacy, buf);
  if (!hasUtf8Sequences(buf)) return { text: whole, encoding: legacy };
  const mixed = utf8WithStrayBytes(buf);
  // a UTF-8 sequence read in a legacy charset is two to four characters that can each look fine ("â€™" for "’"):
  // each counts for the mixed reading
  const mixedScore = plausibility(mixed.text.slice(0, SAMPLE_BYTES)) + 2 * mixed.sequences;
  if (mixedScore <= plausibility(whole.slice(0, SAMPLE_BYTES))) return { text: whole, encoding: legacy };
  return { text: mixed.text, encoding: `utf-8 with ${mixed.stray.toLocaleString('en-US')} ${mixed.charset} bytes` };
}

/** The length of a well-formed UTF-8 sequence of more than one byte at `i` (no overlong form, no surrogate), else 0. */
function utf8Sequence(buf: Uint8Array, i: number): number {
  const b = buf[i];
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > buf.length) return 0;
  for (let k = 1; k < n; k++) if ((buf[i + k] & 0xc0) !== 0x80) return 0;
  const c = buf[i + 1];
  if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c >= 0xa0) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c >= 0x90)) return 0;
  return n;
}

/** one UTF-8 decoder for the runs between stray bytes (not fatal: the runs are whole sequences) */
const UTF8 = new TextDecoder('utf-8');

/** UTF-8 where the bytes are UTF-8; the stray bytes in the legacy charset guessed from them and the ASCII around them. */
function utf8WithStrayBytes(buf: Uint8Array): { text: string; charset: string; stray: number; sequences: number } {
  // the charset is guessed on the bytes with each UTF-8 sequence made a space
  const context = new Uint8Array(buf.length);
  let length = 0;
  let stray = 0;
  // the UTF-8 sequences within the sample the readings are scored on
  let sequences = 0;
  for (let i = 0; i < buf.length; ) {
    const n = buf[i] < 0x80 ? 1 : utf8Sequence(buf, i);
    if (n > 1) {
      context[length++] = 0x20;
      if (i < SAMPLE_BYTES) sequences++;
    } else {
      context[length++] = buf[i];
      if (n === 0) stray++;
    }
    i += n || 1;
  }
  const charset = guessLegacyCharset(context.subarray(0, length));
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < buf.length; ) {
    const n = buf[i] < 0x80 ? 1 : utf8Sequence(buf, i);
    if (n > 0) {
      i += n;
      continue;
    }
    let end = i + 1;
    while (end < buf.length && buf[end] >= 0x80 && utf8Sequence(buf, end) === 0) end++;
    parts.push(UTF8.decode(buf.subarray(start, i)), decodeWith(charset, buf.subarray(i, end)));
    start = i = end;
  }
  parts.push(UTF8.decode(buf.subarray(start)));
  return { text: parts.join(''), charset, stray, sequences };
}

/** UTF-16 by its BOM or, without one, by its NULs (a stream's first chunk: the JSON lines reader transcodes what follows). */
export function utf16Of(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(buf, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(buf, [0xfe, 0xff])) return 'utf-16be';
  return bomlessUtf16(buf);
}

/**
 * UTF-16 saved without a BOM: NUL on one side of nearly every byte pair (the high byte of ASCII and Latin
 * letters) and almost never on the other; read as binary before. The decoding must then read as text.
 */
function bomlessUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 65536) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const encoding = odd > pairs * 0.3 && even <= pairs * 0.01 ? 'utf-16le' : even > pairs * 0.3 && odd <= pairs * 0.01 ? 'utf-16be' : null;
  if (!encoding) return null;
  const text = new TextDecoder(encoding).decode(buf.subarray(0, n));
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control / text.length <= MAX_CONTROL_SHARE ? encoding : null;
}

/** Single-byte legacy charsets (for the declared-but-really-UTF-8 check). */
const SINGLE_BYTE = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic)$/;

function tryUtf8(buf: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

/** Any multi-byte UTF-8 sequence (a lead byte followed by a continuation byte)? */
function hasUtf8Sequences(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 1 << 20);
  for (let i = 0; i + 1 < n; i++) if (buf[i] >= 0xc2 && buf[i] <= 0xf4 && (buf[i + 1] & 0xc0) === 0x80) return true;
  return false;
}

/** Windows-1252 bytes 0x80-0x9F (Node's decoder gives C1 controls for them, as ISO-8859-1 does). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decode with a WHATWG encoding name, fixing Node's windows-1252. */
export function decodeWith(encoding: string, buf: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(buf);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** Legacy charsets tried when bytes are not UTF-8 and nothing was declared, in order of preference on a tie. */
const LEGACY_CANDIDATES = [
  'windows-1252',
  'windows-1251',
  'windows-1250',
  'iso-8859-2',
  'koi8-r',
  'gbk',
  'shift_jis',
  'euc-kr',
  'big5',
  'euc-jp',
  'windows-1253',
  'windows-1256',
  'windows-1255',
];
/** Bytes of the file scored per candidate. */
const SAMPLE_BYTES = 65536;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Characters that turn up in real text in any legacy charset: punctuation, currency, typographic marks. */
const COMMON_MARKS = /[\u00a0-\u00bf\u00d7\u00f7\u2010-\u203a\u20ac\u2116\u2122\u3000-\u303f\uff01-\uff5e]/;

function scriptOf(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp < 0x250) return 'latin';
  if (cp >= 0x370 && cp < 0x400) return 'greek';
  if (cp >= 0x400 && cp < 0x530) return 'cyrillic';
  if (cp >= 0x590 && cp < 0x600) return 'hebrew';
  if (cp >= 0x600 && cp < 0x700) return 'arabic';
  if (cp >= 0x3040 && cp < 0x3100) return 'kana';
  if (cp >= 0x4e00 && cp < 0xa000) return 'han';
  if (cp >= 0xac00 && cp < 0xd7a4) return 'hangul';
  return 'other';
}

/**
 * How plausible a decoding is: non-ASCII letters of one script (kana and han count together, as
 * Japanese mixes them) count for it; symbols, control and private-use characters, letters of a
 * second script, and an upper-case letter right after a lower-case one (a wrong Cyrillic table)
 * count against it.
 */
function plausibility(text: string): number {
  const scripts = new Map<string, number>();
  const chars = Array.from(text);
  for (const c of chars) {
    if (c.charCodeAt(0) < 0x80 || !LETTER.test(c)) continue;
    const s = scriptOf(c) === 'kana' ? 'han' : scriptOf(c);
    scripts.set(s, (scripts.get(s) ?? 0) + 1);
  }
  let main = '';
  let most = 0;
  for (const [s, n] of scripts) if (n > most) [main, most] = [s, n];
  let score = 0;
  let prev = '';
  // accented Latin letters come one or two at a time in real Western text; long runs of them are
  // another script's letters read through a Latin table
  let latinRun = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const cp = c.codePointAt(0)!;
    if (cp < 0x80) {
      prev = c;
      latinRun = 0;
      continue;
    }
    if (cp < 0x250 && LETTER.test(c)) {
      latinRun++;
      if (latinRun >= 3) {
        score -= 2;
        prev = c;
        continue;
      }
    } else latinRun = 0;
    const weight = cp >= 0x800 ? 2 : 1;
    const script = scriptOf(c);
    // a non-Latin letter glued to Latin letters is a Western accented letter read as a double-byte lead
    // (and a Cyrillic or Greek letter glued to Latin letters is a Central European letter misread)
    const inLatinWord = script !== 'latin' && (/[a-z]/i.test(prev) || /[a-z]/i.test(chars[i + 1] ?? ''));
    if (LETTER.test(c)) {
      const s = script === 'kana' ? 'han' : script;
      if (s !== main || inLatinWord) score -= 3 * weight;
      else if (UPPER.test(c) && LOWER.test(prev)) score -= 1;
      else score += weight + (script === 'kana' || script === 'hangul' ? 1 : 0);
    } else if (!COMMON_MARKS.test(c)) score -= 3 * weight;
    prev = c;
  }
  return score;
}

/** Not UTF-8 and nothing declared: the legacy charset whose decoding reads most like text. */
export function guessLegacyCharset(buf: Uint8Array): string {
  let sample = buf.subarray(0, Math.min(buf.length, SAMPLE_BYTES));
  // do not score a multi-byte character cut in two at the end of the sample
  if (sample.length < buf.length) while (sample.length && sample[sample.length - 1] >= 0x80) sample = sample.subarray(0, sample.length - 1);
  let best = LEGACY_CANDIDATES[0];
  let bestScore = -Infinity;
  for (const encoding of LEGACY_CANDIDATES) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(sample);
    } catch {
      continue;
    }
    if (encoding === 'windows-1252') text = decodeWith(encoding, sample);
    const score = plausibility(text);
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}
