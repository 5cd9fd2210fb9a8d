// The article page: its extracted text (each sentence addressable as #s-N, sentences shared with another
// article marked), the page chrome extraction removed with each line's reason (on demand), its copy
// relations with the shared passages side by side, its stories and its versions.
import type { Relation, ReportDocument } from '../../model.ts';
import { wordDiff } from '../../report/sections/copies.ts';
import { html, idPath, safeUrl, utcStamp, type Html } from '../html.ts';
import { page } from '../layout.ts';
import { segment } from '../../report/segments.ts';
import { articleHref } from '../story/cite.ts';
import { dateShown } from '../../report/lookup.ts';
import { relationVerb, whyLine } from '../story/graph.ts';
import { at } from '../base-path.ts';

export interface ArticleView {
  document: ReportDocument;
  relations: Relation[];
  /** ids of the stories holding it */
  stories: string[];
  versions: Array<{ version: number; seen: string; contentHash: string }>;
  /** the other addresses it was reached at, as given, each with how (asked for, redirected from, read at) */
  reached: Array<{ address: string; how: 'page' | 'asked' | 'redirect' }>;
}

/** The article page's lines of the other addresses it was reached at, one per way in (walk15: one line said "Also
 * reached at (asked for, or redirected from)" for every address alike): its label, the addresses' `how`. */
const REACHED_LINES = [
  { how: 'asked', label: 'Asked for at' },
  { how: 'redirect', label: 'Redirected here from' },
  { how: 'page', label: 'Also read at' },
] as const;

/** The lines of the other addresses, those with none left out; none when it was reached at its own URL alone. */
function reachedLines(reached: ArticleView['reached']): Html | string {
  const lines = REACHED_LINES.map(({ how, label }) => ({ label, addresses: reached.filter((r) => r.how === how).map((r) => r.address) })).filter(
    (l) => l.addresses.length,
  );
  if (!lines.length) return '';
  return html`${lines.map(
    (l) => html`
<p class="meta">${l.label}: ${l.addresses.map((a, i) => html`${i ? ', ' : ''}<code class="address">${a}</code>`)}</p>`,
  )}`;
}

/** Titles of the other articles named in the relations (for labels), when known. */
export type TitleOf = (id: string) => { title: string; outlet: string | null } | undefined;

/** Passages shown per relation (the API has them all). */
const MAX_PASSAGES = 20;

function marked(words: Array<[string, boolean]>): Html {
  return html`${words.map(([w, differs], i) => html`${i ? ' ' : ''}${differs ? w : html`<mark>${w}</mark>`}`)}`;
}

/** Sentence indexes of this article that appear in some shared passage. */
function sharedSentences(id: string, relations: Relation[]): Set<number> {
  const out = new Set<number>();
  for (const r of relations)
    for (const p of r.passages) for (const s of (r.from === id ? p.fromSentences : r.to === id ? p.toSentences : undefined) ?? []) out.add(s);
  return out;
}

function relationHtml(id: string, r: Relation, titleOf: TitleOf): Html {
  const other = r.from === id ? r.to : r.from;
  const info = titleOf(other);
  const otherLabel = info ? `${info.outlet ?? other}: ${info.title}` : other;
  // the articles the reasons name: this one as the sentence above names it, the others as their labels
  const named = (doc: string) => {
    if (doc === id) return { self: 'this article' };
    const known = doc === other ? info : titleOf(doc);
    return known ? `${known.outlet ?? doc}: ${known.title}` : doc;
  };
  const sentence =
    r.from === id
      ? html`This article <strong>${relationVerb(r)}</strong> <a href="${articleHref(other)}">${otherLabel}</a>`
      : html`<a href="${articleHref(other)}">${otherLabel}</a> <strong>${relationVerb(r)}</strong> this article`;
  // this article's side first
  const rows = r.passages.slice(0, MAX_PASSAGES).map((p) => {
    const [mine, theirs] = r.from === id ? [p.from, p.to] : [p.to, p.from];
    const d = wordDiff(mine, theirs);
    return html`<tr><td>${marked(d.a)}</td><td>${marked(d.b)}</td><td class="score">${(p.score ?? 0).toFixed(2)}</td></tr>`;
  });
  const more = r.passages.length > MAX_PASSAGES ? html`<p class="meta">…and ${r.passages.length - MAX_PASSAGES} more passages (in the API).</p>` : '';
  return html`<li class="relation"><p>${sentence} <span class="meta">(${r.kind}, similarity ${r.similarity.toFixed(2)})</span></p>${
    r.why?.length ? html`<ul class="meta">${r.why.map((w) => html`<li>${whyLine(w, r, named)}</li>`)}</ul>` : ''
  }${rows.length ? html`<div class="scroll"><table class="passages"><caption class="meta">Shared passages, words found on both sides marked</caption><thead><tr><th scope="col">this article</th><th scope="col">${info?.outlet ?? other}</th><th scope="col">score</th></tr></thead><tbody>${rows}</tbody></table></div>${more}` : ''}</li>`;
}

export function articlePage(view: ArticleView, titleOf: TitleOf): string {
  const d = view.document;
  const shared = sharedSentences(d.id, view.relations);
  const paragraphs = segment(d).paragraphs.map(
    (segs) =>
      html`<p>${segs.map((s) => (s.sentence === null ? s.text : html`<span class="s${shared.has(s.sentence) ? ' shared' : ''}" id="s-${s.sentence + 1}">${s.text}</span>`))}</p>`,
  );
  const link = safeUrl(d.url);
  const original = link
    ? html`<a href="${link}" rel="noopener noreferrer nofollow">${d.url}</a>`
    : d.url
      ? html`<span>${d.url}</span>`
      : html`<span>${d.source}</span>`;
  const flags = (
    [
      ['machine-spun', d.flags.spun],
      ['translated', d.flags.translated],
    ] as const
  )
    .filter(([, f]) => f.detected)
    .map(([name, f]) => html`<li><span class="flag">${name}</span> score ${f.score.toFixed(2)}<ul>${f.evidence.map((e) => html`<li>${e}</li>`)}</ul></li>`);
  const removed = d.removed.length
    ? html`<details><summary>Show the ${d.removed.length} line${d.removed.length === 1 ? '' : 's'} of page chrome extraction removed, with reasons</summary><ul class="removed">${d.removed.map((r) => html`<li><span class="reason">${r.reason}</span> ${r.text}</li>`)}</ul></details>`
    : html`<p class="meta">Extraction removed nothing.</p>`;
  const versions = view.versions.length
    ? html`<table><thead><tr><th scope="col">version</th><th scope="col">seen</th><th scope="col">content hash</th></tr></thead><tbody>${view.versions.map((v) => html`<tr><td>${v.version}</td><td>${utcStamp(v.seen)}</td><td><code>${v.contentHash.slice(0, 16)}</code></td></tr>`)}</tbody></table>`
    : html`<p class="meta">One version.</p>`;
  const body = html`<h1>${d.title || d.id}</h1>
<p class="meta">${d.outlet ?? 'outlet unknown'}${d.originalOutlet && d.originalOutlet !== d.outlet ? ` (from ${d.originalOutlet})` : ''} · ${d.byline.join(', ') || 'no byline'} · ${dateShown(d, 'date unknown')} · ${d.language} · <code>${d.id}</code></p>
<p class="meta">Source: ${original}</p>${reachedLines(view.reached)}
<p>${view.stories.map((s, i) => html`${i ? ', ' : ''}<a href="${at(`/stories/${idPath(s)}`)}">${view.stories.length === 1 ? 'Its story' : `Story ${i + 1}`}</a>`)}${view.stories.length ? ' · ' : ''}<a href="${at(`/api/documents/${idPath(d.id)}`)}">JSON</a></p>
${flags.length ? html`<ul class="flags">${flags}</ul>` : ''}
<section aria-labelledby="text"><h2 id="text">Text</h2>${shared.size ? html`<p class="meta"><span class="shared">Marked</span> sentences are shared with another article.</p>` : ''}<div class="article-text">${paragraphs}</div></section>
<section aria-labelledby="removed"><h2 id="removed">Removed page chrome</h2>${removed}</section>
<section aria-labelledby="copies"><h2 id="copies">Copy relations</h2>${view.relations.length ? html`<ul class="relations">${view.relations.map((r) => relationHtml(d.id, r, titleOf))}</ul>` : html`<p class="meta">No other article copies this one or is copied by it.</p>`}</section>
<section aria-labelledby="versions"><h2 id="versions">Versions</h2>${versions}</section>`;
  return page({ title: d.title || d.id, body });
}
