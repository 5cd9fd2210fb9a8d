// Ids for documents read from the web: a short hash of the canonical URL (contract: docId).
import { createHash } from 'node:crypto';

/** Query parameters that only track the click and never change the page. */
const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|cmpid|wt_mc|wt_zmc|at_medium|at_campaign|ito|xtor)$/i;

/** The URL with what does not identify the page taken off: fragment, tracking parameters, default port. */
export function canonicalUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return value.trim();
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  let href = url.href;
  if (href.endsWith('?')) href = href.slice(0, -1);
  return href;
}

/** 12 hex characters of the SHA-1 of the canonical URL. */
export function urlDocId(value: string): string {
  return createHash('sha1').update(canonicalUrl(value)).digest('hex').slice(0, 12);
}

const CANONICAL_LINK = /<link\s[^>]*rel\s*=\s*["']?canonical["']?[^>]*>/i;
const HREF = /href\s*=\s*["']([^"']+)["']/i;

/** The page's own <link rel=canonical> (absolute, http(s), same site as the fetched URL), or null. */
export function canonicalFromHtml(html: string, pageUrl: string): string | null {
  const head = html.slice(0, 65536);
  const link = CANONICAL_LINK.exec(head);
  const href = link ? HREF.exec(link[0])?.[1] : null;
  if (!href) return null;
  try {
    const url = new URL(href.replace(/&amp;/g, '&'), pageUrl);
    const page = new URL(pageUrl);
    const site = (h: string) => h.replace(/^www\./, '');
    if (!/^https?:$/.test(url.protocol) || site(url.hostname) !== site(page.hostname)) return null;
    return url.href;
  } catch {
    return null;
  }
}
