// Charset of an HTML page: BOM, then the HTTP header, then <meta charset> / <meta http-equiv>, then detection.
import { decodeBytes, type Decoded } from './decode.ts';

/** How far into the page a <meta> charset is looked for (browsers use 1024 bytes; real pages run later). */
const SNIFF_BYTES = 4096;

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\s[^>]*encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)["']/i;

/** A label TextDecoder knows, or null. UTF-16 named in markup is a lie (the markup was readable as ASCII). */
export function usableCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (!l || l.startsWith('utf-16') || l === 'unicode') return 'utf-8';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** Charset named in the first bytes of the page (<meta charset>, <meta http-equiv>, <?xml encoding>), or null. */
export function sniffMetaCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, SNIFF_BYTES)).toString('latin1');
  const m = META_CHARSET.exec(head) ?? XML_ENCODING.exec(head);
  return m ? usableCharset(m[1]) : null;
}

/** The charset parameter of a Content-Type header value. */
export function headerCharset(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return m ? usableCharset(m[1]) : null;
}

/** Decode HTML (or XML) bytes with the charset the page or its server declared. */
export function decodeHtmlBytes(buf: Uint8Array, httpCharset?: string | null): Decoded {
  return decodeBytes(buf, usableCharset(httpCharset) ?? sniffMetaCharset(buf));
}

// One optional comment, not a repeat: a run of comments is itself one comment whose body spans the others, so the
// language is the same, and a run of comments is no longer split 2^n ways.
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)?<(!doctype\s+html|html|head|body|meta|title)\b/i;

/** Quick look: do these bytes start like an HTML page? */
export function looksLikeHtmlBytes(buf: Uint8Array): boolean {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, 2048)).toString('latin1');
  return HTML_START.test(head.replace(/^\ufeff|^\xef\xbb\xbf/, ''));
}
