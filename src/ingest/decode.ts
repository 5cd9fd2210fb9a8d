// Bytes to text: refuse what is not text, honour a BOM, prefer UTF-8, fall back to a legacy charset.

/** Signatures of common binary formats that end up in scraped piles. */
const BINARY_MAGIC: Array<{ bytes: number[]; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'an executable' },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: 'a RIFF media file' },
  { bytes: [0x1f, 0x8b], name: 'gzip data without a .gz name' },
];

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Share of control characters (other than tab, newline, CR, form feed) above which bytes are not text. */
const MAX_CONTROL_SHARE = 0.02;

export type Decoded = { text: string; encoding: string } | { problem: string };

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** Why these bytes are not text, or null when they may be. */
export function notTextReason(buf: Uint8Array): string | null {
  if (buf.length === 0) return 'empty file';
  for (const { bytes, name } of BINARY_MAGIC) if (startsWith(buf, bytes)) return `binary content (${name}), not text`;
  const utf16 = startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff]);
  if (utf16) return null;
  const n = Math.min(buf.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return 'binary content (NUL bytes), not text';
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (control / n > MAX_CONTROL_SHARE) return 'binary content (control characters), not text';
  return null;
}

/**
 * Decode bytes as text. `declared` is a charset the container named (HTTP header, <meta>),
 * tried after a BOM and before detection.
 */
export function decodeBytes(buf: Uint8Array, declared?: string | null): Decoded {
  const reason = notTextReason(buf);
  if (reason) return { problem: reason };
  for (const { bytes, encoding } of BOMS) {
    if (startsWith(buf, bytes)) {
      return { text: new TextDecoder(encoding).decode(buf.subarray(bytes.length)), encoding: `${encoding} (BOM)` };
    }
  }
  if (declared) {
    const label = declared.trim().toLowerCase();
    try {
      const strictUtf8 = label === 'utf-8' || label === 'utf8';
      const text = new TextDecoder(label, { fatal: strictUtf8 }).decode(buf);
      return { text, encoding: `${label} (declared)` };
    } catch {
      // declared charset unknown or wrong: detect instead
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    const encoding = guessLegacyCharset(buf);
    return { text: new TextDecoder(encoding).decode(buf), encoding: `${encoding} (detected)` };
  }
}

/**
 * Not UTF-8: tell Cyrillic Windows-1251 from Western Windows-1252 by where the high bytes fall.
 * In 1251 text, letters fill 0xC0-0xFF densely and runs of them form words; in 1252 text high
 * bytes are sparse accented letters between ASCII ones.
 */
export function guessLegacyCharset(buf: Uint8Array): string {
  let high = 0;
  let highRuns = 0;
  let prevHigh = false;
  const n = Math.min(buf.length, 65536);
  for (let i = 0; i < n; i++) {
    const isHigh = buf[i] >= 0xc0;
    if (isHigh) {
      high++;
      if (prevHigh) highRuns++;
    }
    prevHigh = isHigh;
  }
  if (high > 20 && highRuns / high > 0.5) return 'windows-1251';
  return 'windows-1252';
}
