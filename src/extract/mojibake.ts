// Text written as UTF-8 and read as Windows-1252 or Latin-1 somewhere before us ("mojibake": "JesÃºs" for Jesús,
// "â€™" for ’), repaired where a run of characters is exactly such a reading of one character.

/** Windows-1252's characters for bytes 0x80-0x9F (the five it leaves undefined read as the C1 control of the byte). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** The byte each character stands for, read as Windows-1252 (0x80-0x9F), or as Latin-1 (0x80-0xFF: its C1 controls,
 * "Ã\u0083" for the bytes C3 83, PolNeAR's "FranÃ\u0083Â§ois"). */
const BYTE_OF: ReadonlyMap<string, number> = new Map([
  ...Array.from({ length: 0x20 }, (_, i) => [String.fromCharCode(0x80 + i), 0x80 + i] as const),
  ...[...CP1252_HIGH].map((c, i) => [c, 0x80 + i] as const),
  ...Array.from({ length: 0x60 }, (_, i) => [String.fromCharCode(0xa0 + i), 0xa0 + i] as const),
]);
/**
 * Spacing marks 0xA8, 0xAF, 0xB4, 0xB8 (¨ ¯ ´ ¸) as a compatibility normalisation (NFKD) leaves them: a space and the
 * combining mark (PolNeAR: "naÃ ̄ve" for naïve, "SÃ©golÃ ̈ne" for Ségolène).
 */
const DECOMPOSED_MARK: ReadonlyMap<string, number> = new Map([
  [' \u0308', 0xa8],
  [' \u0304', 0xaf],
  [' \u0301', 0xb4],
  [' \u0327', 0xb8],
]);

/**
 * One character's UTF-8 bytes read one character a byte: a lead byte of two (Â-ß) and one continuation byte, or of
 * three (à-ï) and two. A continuation byte 0x80-0xBF reads as Windows-1252's 0x80-0x9F, a C1 control, a Latin-1 sign
 * 0xA0-0xBF, or a decomposed spacing mark. (No four-byte sequences: "ð" and "ñ" open too much real text.)
 */
const MOJIBAKE =
  /[\u00c2-\u00df](?:[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]| [\u0308\u0304\u0301\u0327])|[\u00e0-\u00ef](?:[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]| [\u0308\u0304\u0301\u0327]){2}/g;

/** A character that opens a sequence `MOJIBAKE` reads (asked first: most text has none). */
const LEAD = /[\u00c2-\u00ef]/;

/**
 * What a repaired character may be: Latin-1's signs and letters and the Latin extensions A and B, Greek and Cyrillic
 * (two bytes); general punctuation, currency and letter-like signs, and Vietnamese's Latin letters (three). Other
 * characters that decode are more likely real text that happens to look so (Danish "Ø’" would be Arabic U+0612,
 * "é…”" a Chinese character, a French capital before a closing quote "LIBERTÉ”" or "ÉTÉ»" phonetic signs U+0254 and
 * U+027B: the phonetic and modifier letters, 0x250-0x2FF, are left out).
 */
function plausible(code: number, bytes: number): boolean {
  if (bytes === 2) return (code >= 0xa0 && code <= 0x24f) || (code >= 0x370 && code <= 0x52f);
  return (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2000 && code <= 0x214f);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The character a run of `MOJIBAKE` stands for, or null when its bytes are no plausible UTF-8 character. */
function decodeRun(run: string): string | null {
  const bytes: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const mark = run[i] === ' ' ? DECOMPOSED_MARK.get(run.slice(i, i + 2)) : undefined;
    if (mark !== undefined) {
      bytes.push(mark);
      i++;
      continue;
    }
    const b = i === 0 ? run.charCodeAt(0) : BYTE_OF.get(run[i]);
    if (b === undefined) return null;
    bytes.push(b);
  }
  let out: string;
  try {
    out = UTF8.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
  const code = out.codePointAt(0) ?? 0;
  return out.length === 1 && plausible(code, bytes.length) ? out : null;
}

/** A repair made: how many characters, and the first one as it was and as it is. */
export interface MojibakeRepair {
  text: string;
  count: number;
  example?: { was: string; now: string };
}

/** A combining mark: a scraper's text may write "Ã" as "A" and a combining tilde, which `MOJIBAKE` reads composed. */
const COMBINING = /[\u0300-\u036f]/;
/** Text read wrongly twice ("Ã\u0083Â§" for ç: "Ã§" after one repair) is repaired once more, up to this many times. */
const REPAIR_PASSES = 2;

/** Repair UTF-8 read as Windows-1252 / Latin-1 in `text`; text without such runs comes back as it is (the same string). */
export function repairMojibake(text: string): MojibakeRepair {
  // (composed only to be read: "FranA\u0303\u0083A\u0302§ois" of PolNeAR is "François"; a text with nothing to
  // repair comes back as it was, composed or not)
  let out = COMBINING.test(text) ? text.normalize('NFC') : text;
  if (!LEAD.test(out)) return { text, count: 0 };
  let count = 0;
  let example: { was: string; now: string } | undefined;
  for (let pass = 0, repaired = true; pass < REPAIR_PASSES && repaired; pass++) {
    repaired = false;
    let first: { was: string; now: string } | undefined;
    out = out.replace(MOJIBAKE, (run) => {
      const now = decodeRun(run);
      if (now === null) return run;
      repaired = true;
      // (a later pass joins characters an earlier one counted into one: "Ã" and "§" are one "ç")
      count += pass ? 1 - run.length : 1;
      first ??= { was: run, now };
      return now;
    });
    // (the example as the last pass read it: "Ã§" -> "ç")
    example = first ?? example;
  }
  return example ? { text: out, count: Math.max(count, 1), example } : { text, count: 0 };
}

/** The note a document carries for its repairs ("" when none). */
export function repairNote(count: number, example?: { was: string; now: string }): string {
  if (!count || !example) return '';
  return `repaired ${count} character${count === 1 ? '' : 's'} written as UTF-8 and read as Windows-1252 ("${example.was}" -> "${example.now}")`;
}
