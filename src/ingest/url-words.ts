// Why a string is no URL, in words: "not a valid URL" alone left a user to find the space or the missing scheme.
/** The highest port number. */
const MAX_PORT = 65_535;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const BLANK = /[\s\u0000]/;
/** A path on this machine: from the root, the home folder or the current folder. */
const LOCAL_PATH = /^(?:\/|~\/|\.{1,2}\/)/;
/**
 * A file's name without a folder before it ("wire.xml", "feeds/wire.rss"): it ends in one of the input files'
 * extensions, none of which is a top-level domain, and what would be its host is that name or a folder (no dot).
 */
const FILE_EXTENSION = /\.(?:xml|rss|atom|json|jsonl|opml|html?|txt|warc|gz)$/i;

/** Is a value without a scheme a file's name given relative to the current folder? */
function relativeFileName(text: string): boolean {
  const first = text.split('/')[0];
  if (FILE_EXTENSION.test(first)) return true;
  return !first.includes('.') && first !== 'localhost' && FILE_EXTENSION.test(text);
}

/** What in `value` keeps it from being a URL (read where the URL parser refused it); '' when nothing is named. */
export function urlFault(value: string): string {
  const text = value.trim();
  if (!text) return 'the address is empty';
  // "/home/me/feed.xml" was told to become "https:///home/me/feed.xml", "wire.xml" "https://wire.xml"
  if (LOCAL_PATH.test(text) || (!SCHEME.test(text) && relativeFileName(text))) return 'it is a file path, not a web address (http:// or https://)';
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(text)?.[1];
  const blank = BLANK.exec(text);
  if (blank) {
    const what = blank[0] === '\u0000' ? 'a NUL character' : blank[0] === ' ' ? 'a space' : 'a tab or line break';
    if (host !== undefined && BLANK.test(host)) return `its host ${JSON.stringify(host)} holds ${what}: a host name has none`;
    return `it holds ${what}${blank[0] === ' ' ? ': write it as %20' : ''}`;
  }
  if (!SCHEME.test(text)) return `no scheme: write it in full, as https://${text}`;
  if (host === '') return 'it names no host';
  const port = host ? /:(\d+)$/.exec(host) : null;
  if (port && Number(port[1]) > MAX_PORT) return `port ${port[1]} is past ${MAX_PORT}`;
  return '';
}

/** "not a valid URL", with its fault when one is named. */
export function invalidUrl(value: string): string {
  const fault = urlFault(value);
  return fault ? `not a valid URL: ${fault}` : 'not a valid URL';
}
