// The copy graph: the story's articles on a circle, coloured by source family (articles joined by copy
// relations count as one source), an arrow from the original to the article that re-used it, a dashed
// line when the direction is unknown. Below it the same relations as text, with their reasons.
import type { Relation, Report, ReportStory } from '../../model.ts';
import { familyGroups, sourceFamilies, countIndependent } from '../../provenance/families.ts';
import { documentsById, raisedFlags } from '../../report/lookup.ts';
import { html, join, type Html } from '../html.ts';
import { LANGUAGES_CAVEAT, storyLanguages } from '../../report/languages.ts';
import { articleHref } from './cite.ts';
import { counted } from '../../common/counted.ts';
import { isTranslation, TRANSLATION_VERB, whyPieces } from '../../provenance/why-refs.ts';
import { docLabels, hostOf } from '../../report/labels.ts';

/** Most articles drawn; the text list below the drawing has every relation. */
const MAX_NODES = 48;
const FAMILY_COLOURS = 7; // fam0..fam6 in the style sheet; fam7 (grey) marks an article that copies no one
const R = 14;

const VERB: Record<Relation['kind'], [directed: string, undirected: string]> = {
  duplicate: ['is a duplicate of', 'is a duplicate of'],
  'near-duplicate': ['is a near-duplicate of', 'is a near-duplicate of'],
  reuse: ['re-uses passages of', 'shares passages with'],
  paraphrase: ['paraphrases', 'retells the same passages as'],
};

export function relationVerb(r: Relation): string {
  if (isTranslation(r)) return TRANSLATION_VERB;
  return r.directed ? VERB[r.kind][0] : `${VERB[r.kind][1]} (direction unknown)`;
}

export function storyRelations(story: ReportStory, report: Report): Relation[] {
  const inStory = new Set(story.documents);
  return report.relations.filter((r) => inStory.has(r.from) && inStory.has(r.to));
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Longest title a relation's reason shows of an article it names. */
const WHY_TITLE_CHARS = 90;

/**
 * A relation's reason, the articles it names by record id ("… published earlier", "both re-use …") shown as
 * `name` gives them and linked to their pages; `{ self }`: the page's own article, shown so and unlinked.
 */
export function whyLine(line: string, r: Relation, name: (id: string) => string | { self: string }): Html {
  return html`${whyPieces(line, r).map((p, i) => {
    if (typeof p === 'string') return p;
    const shown = name(p.document);
    if (typeof shown !== 'string') return i ? shown.self : shown.self[0].toUpperCase() + shown.self.slice(1);
    return html`<a href="${articleHref(p.document)}">${shown}</a>`;
  })}`;
}

export function graphHtml(story: ReportStory, report: Report): Html {
  const relations = storyRelations(story, report);
  const families = sourceFamilies(relations, story.documents);
  const groups = familyGroups(families);
  const independent = countIndependent(story.documents, families);
  const labels = docLabels(story, report);
  const summary = html`<p><strong>${independent}</strong> independent source${independent === 1 ? '' : 's'} among ${story.documents.length} article${story.documents.length === 1 ? '' : 's'}${
    groups.length ? html`; ${groups.length} source famil${groups.length === 1 ? 'y' : 'ies'} of copies, each counted once` : ''
  }.</p>`;
  const languages = storyLanguages(story, report);
  const mixed = languages.length
    ? html`<p class="meta languages">Articles in ${languages.length} languages: ${join(
        languages.map(
          (g) =>
            html`${g.language} (${join(
              g.documents.map((id) => html`<a href="${articleHref(id)}">${labels.get(id) ?? id}</a>`),
              ', ',
            )})`,
        ),
        ', ',
      )}. ${LANGUAGES_CAVEAT}</p>`
    : '';
  const flags = flagsHtml(story, report, labels);
  if (!relations.length) return html`${summary}${mixed}<p class="meta">No article copies another.</p>${flags}`;

  // colour per family with more than one member; singletons grey
  const colour = new Map<string, string>();
  groups.forEach((g, i) => g.forEach((id) => colour.set(id, `fam${i % FAMILY_COLOURS}`)));
  const nodes = story.documents
    .filter((d) => colour.has(d))
    .concat(story.documents.filter((d) => !colour.has(d)))
    .slice(0, MAX_NODES);
  const n = nodes.length;
  const radius = Math.max(90, (n * (2 * R + 26)) / (2 * Math.PI));
  const width = Math.round(2 * radius + 240);
  const height = Math.round(2 * radius + 80);
  const cx = width / 2;
  const cy = height / 2;
  const pos = new Map(
    nodes.map((id, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
      return [id, { x: cx + radius * Math.cos(a), y: cy + radius * Math.sin(a), a }];
    }),
  );
  const edges = relations
    .filter((r) => pos.has(r.from) && pos.has(r.to))
    .map((r) => {
      // the text flows from the original (to) to the article that re-used it (from)
      const a = pos.get(r.to)!;
      const b = pos.get(r.from)!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      const [x1, y1] = [a.x + (dx / len) * R, a.y + (dy / len) * R];
      const [x2, y2] = [b.x - (dx / len) * (R + 3), b.y - (dy / len) * (R + 3)];
      const f = (v: number) => v.toFixed(1);
      return html`<line class="edge${r.directed ? '' : ' undirected'}" x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}"${r.directed ? html` marker-end="url(#arrow)"` : ''}><title>${labels.get(r.from) ?? r.from} ${relationVerb(r)} ${labels.get(r.to) ?? r.to} (similarity ${r.similarity.toFixed(2)})</title></line>`;
    });
  const nodeSvg = nodes.map((id) => {
    const p = pos.get(id)!;
    const label = clip(labels.get(id) ?? id, 22);
    const right = Math.cos(p.a) >= -0.01;
    const tx = p.x + (right ? R + 4 : -(R + 4));
    const ty = p.y + (Math.sin(p.a) > 0.5 ? R + 10 : Math.sin(p.a) < -0.5 ? -(R + 2) : 4);
    const doc = documentsById(report).get(id);
    return html`<a href="${articleHref(id)}" aria-label="${labels.get(id) ?? id}: ${doc?.title ?? ''}"><circle class="${colour.get(id) ?? 'fam7'}" cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${R}" stroke="#333" stroke-width="1.2"><title>${labels.get(id) ?? id}: ${doc?.title ?? ''}</title></circle><text x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" text-anchor="${right ? 'start' : 'end'}">${label}</text></a>`;
  });
  const svg = html`<svg class="graph" role="group" aria-labelledby="graph-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
<title id="graph-title">Copy graph: arrows run from the original to the article that re-used its text; dashed lines when the direction is unknown</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>
${edges}${nodeSvg}</svg>`;
  const legend = html`<p class="legend">${groups.map((g, i) => html`<span><span class="swatch fam${i % FAMILY_COLOURS}" aria-hidden="true"></span>family ${i + 1}: ${g.map((id) => labels.get(id) ?? id).join(', ')}</span> · `)}<span><span class="swatch fam7" aria-hidden="true"></span>independent</span></p>`;
  const named = (id: string) => {
    const d = documentsById(report).get(id);
    const who = labels.get(id) ?? (d?.outlet || d?.byline[0] || hostOf(d?.url) || id);
    return d?.title ? `${who}: ${clip(d.title, WHY_TITLE_CHARS)}` : who;
  };
  const list = relations.map(
    (r) =>
      html`<li><a href="${articleHref(r.from)}">${labels.get(r.from) ?? r.from}</a> <strong>${relationVerb(r)}</strong> <a href="${articleHref(r.to)}">${labels.get(r.to) ?? r.to}</a> <span class="meta">${r.kind}, similarity ${r.similarity.toFixed(2)}, ${counted(r.passages.length, 'shared passage')}</span>${
        r.why?.length ? html`<ul class="meta">${r.why.map((w) => html`<li>${whyLine(w, r, named)}</li>`)}</ul>` : ''
      }</li>`,
  );
  return html`${summary}${mixed}<figure>${svg}<figcaption>${legend}${n < story.documents.length ? html`<span class="meta">${story.documents.length - n} articles without copies are left out of the drawing.</span>` : ''}</figcaption></figure><ul class="relations">${list}</ul>${flags}`;
}

/** The story's articles flagged machine-spun or translated, with the evidence (the web app showed them only on each
 * article's page: a story's translation read as one more source). */
function flagsHtml(story: ReportStory, report: Report, labels: Map<string, string>): Html | '' {
  const docs = documentsById(report);
  const items = story.documents.flatMap((id) => {
    const d = docs.get(id);
    if (!d) return [];
    return raisedFlags(d).map(
      ([name, f]) =>
        html`<li><a href="${articleHref(id)}">${labels.get(id) ?? id}</a> (${d.language}) <span class="flag">${name}</span> score ${f.score.toFixed(2)}<ul class="meta">${f.evidence.map((e) => html`<li>${e}</li>`)}</ul></li>`,
    );
  });
  return items.length ? html`<h3>Flags</h3><ul class="flags">${items}</ul>` : '';
}
