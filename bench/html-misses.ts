// Why extraction misses on trafilatura's evaluation pages: each "must appear" segment not found is
// traced to the step that lost it (a removal reason, never in the container, cut by the line filter), and
// each "must not appear" segment found is traced to the container method. Prints counts by category.
//
//   node --import tsx bench/html-misses.ts [dataDir] [--half A|B] [--list CATEGORY]
import { extractHtml, extractHtmlContent } from '../src/extract/html/index.ts';
import { parsePage } from '../src/extract/html/parse.ts';
import { chromeReason } from '../src/extract/html/content.ts';
import type { Element } from '../src/extract/html/dom.ts';
import { loadLanguageModel } from '../src/common/language.ts';
import { DEFAULT_DATA, heldOut, loadEval, matchPages, norm, readPage, scorePage } from './lib/trafilatura-eval.ts';

await loadLanguageModel();

/** Tag.class#id chain of the deepest element holding the segment, with the chrome reason of any ancestor. */
function where(html: string, seg: string): string {
  const { document } = parsePage(html);
  let el = document.documentElement as Element | null;
  if (!el || !norm(el.textContent ?? '').includes(seg)) return '(not in page text)';
  for (;;) {
    let next: Element | null = null;
    for (let c: Element | null = el!.firstElementChild; c; c = c.nextElementSibling) if (norm(c.textContent ?? '').includes(seg)) next = c;
    if (!next) break;
    el = next;
  }
  const chain: string[] = [];
  for (let n: Element | null = el; n && n.nodeType === 1; n = n.parentElement) {
    const cls = (n.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 3).join('.');
    const r = chromeReason(n);
    const id = n.getAttribute('id');
    chain.push(`${n.localName}${cls ? `.${cls}` : ''}${id ? `#${id}` : ''}${r ? `[${r}]` : ''}`);
  }
  return chain.slice(0, 7).join(' < ');
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = args.find((a, i) => !a.startsWith('--') && !['--half', '--list'].includes(args[i - 1])) ?? DEFAULT_DATA;
const half = flag('--half');
const list = flag('--list');
const set = loadEval(dataDir);
const mapping = matchPages(set, () => set.files.map((file) => ({ file, html: readPage(dataDir, file) })));

const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
const bump = (cat: string, ex: string) => {
  counts.set(cat, (counts.get(cat) ?? 0) + 1);
  if (!examples.has(cat)) examples.set(cat, []);
  examples.get(cat)!.push(ex);
};
for (const f of set.files) {
  const url = mapping.get(f);
  if (!url) continue;
  if (half && (heldOut(f) ? 'B' : 'A') !== half) continue;
  const html = readPage(dataDir, f);
  const { missed: needs, leaked: leaks } = scorePage(
    extractHtml({ id: 'p', source: url, kind: 'html', body: html, order: 0, url, meta: {} }).paragraphs.join('\n'),
    set.entries[url],
  );
  if (!needs.length && !leaks.length) continue;
  const c = extractHtmlContent(html, url);
  const pass = norm(c.paragraphs.join('\n'));
  for (const n of needs) {
    let cat: string;
    if (pass.includes(n)) cat = 'miss: cut by line filter';
    else {
      const probe = n.slice(0, 40);
      const r = c.removed.find((x) => norm(x.text).includes(probe));
      cat = r ? `miss: removed as ${r.reason.replace(/".*"/, '"…"')}` : `miss: not in output (${c.method.split(' ').slice(0, 3).join(' ')})`;
    }
    bump(cat, `${f} | ${n.slice(0, 100)}\n            @ ${where(html, n)}`);
  }
  for (const w of leaks)
    bump(`leak: via ${c.method.split(',')[0].split(' ').slice(0, 3).join(' ')}`, `${f} | ${w.slice(0, 100)}\n            @ ${where(html, w)}`);
}
for (const [cat, n] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(n).padStart(4)}  ${cat}`);
  if (list && cat.includes(list)) for (const ex of examples.get(cat)!) console.log(`        ${ex}`);
}
