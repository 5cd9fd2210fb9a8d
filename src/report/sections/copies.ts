// The copy map of a story: who re-used whom, in which direction, how, with the shared passages side by
// side (differing words highlighted), the source families that count as one source, and the evidence
// behind spun and translated flags.
import { LANGUAGES_CAVEAT, languagesLine, storyLanguages } from '../languages.ts';
import type { CommonQuotation, Passage, Relation, Report, ReportDocument, ReportStory } from '../../model.ts';
import { countIndependent, familyGroups, sourceFamilies } from '../../provenance/families.ts';
import { lcsMask } from '../../provenance/lcs.ts';
import { fold } from '../../common/normalize.ts';
import { escapeHtml, escapeMd, anchor } from '../escape.ts';
import { documentsById, raisedFlags, relationsAmong } from '../lookup.ts';
import { articleHtml, articleName } from './where.ts';
import type { Section } from './types.ts';
import { counted } from '../../common/counted.ts';
import { isTranslation, TRANSLATION_VERB, whyPieces, type WhyPiece } from '../../provenance/why-refs.ts';

const KIND_LABEL: Record<Relation['kind'], string> = {
  duplicate: 'duplicate of',
  'near-duplicate': 'near-duplicate of',
  reuse: 're-uses passages of',
  paraphrase: 'paraphrases',
};

/** Passages shown per relation (the JSON report keeps them all). */
const MAX_PASSAGES = 12;

function storyRelations(story: ReportStory, report: Report): Relation[] {
  return relationsAmong(report, story.documents);
}

/** The story's pairs that share only a common quotation (report.quotations). */
function storyQuotations(story: ReportStory, report: Report): CommonQuotation[] {
  if (!report.quotations?.length) return [];
  const ids = new Set(story.documents);
  return report.quotations.filter((q) => ids.has(q.a) && ids.has(q.b));
}

function flagged(story: ReportStory, report: Report): ReportDocument[] {
  const docs = documentsById(report);
  return story.documents.map((id) => docs.get(id)).filter((d): d is ReportDocument => !!d && (d.flags.spun.detected || d.flags.translated.detected));
}

/** Words of each side, and which of them are not shared with the other side (compared folded, punctuation aside). */
export function wordDiff(a: string, b: string): { a: Array<[string, boolean]>; b: Array<[string, boolean]> } {
  const ta = a.split(/\s+/).filter(Boolean);
  const tb = b.split(/\s+/).filter(Boolean);
  const key = (w: string) => fold(w).replace(/[^\p{L}\p{N}]/gu, '') || w;
  const { inA, inB } = lcsMask(ta.map(key), tb.map(key));
  return { a: ta.map((w, i) => [w, !inA[i]]), b: tb.map((w, i) => [w, !inB[i]]) };
}

/** A passage's two sides, the words that differ marked; a translation's in two languages: none marked (all would be). */
function shownDiff(r: Relation, p: Passage): { a: Array<[string, boolean]>; b: Array<[string, boolean]> } {
  if (!isTranslation(r)) return wordDiff(p.from, p.to);
  const plain = (s: string): Array<[string, boolean]> =>
    s
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => [w, false]);
  return { a: plain(p.from), b: plain(p.to) };
}

/** Escape every word first, then mark the ones that differ: the marks are the only markup. */
function markedHtml(words: Array<[string, boolean]>): string {
  return words.map(([w, diff]) => (diff ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w))).join(' ');
}

function markedMd(words: Array<[string, boolean]>): string {
  return words.map(([w, diff]) => (diff ? `**${escapeMd(w)}**` : escapeMd(w))).join(' ');
}

/** Longest title a reason shows of an article it names. */
const TITLE_CHARS = 90;

/**
 * How a reason names an article: its outlet (else its byline, else its id) and its title, as the story's "why
 * these articles are one story" table names it. An id the report does not hold stays the id.
 */
function named(report: Report, id: string): string {
  const d = documentsById(report).get(id);
  if (!d) return id;
  const who = d.outlet ?? (d.byline.length ? d.byline.join(', ') : d.id);
  const title = d.title.length > TITLE_CHARS ? `${d.title.slice(0, TITLE_CHARS - 1)}…` : d.title;
  return title ? `${who}: ${title}` : who;
}

/** A relation's reason in Markdown, the articles it names by id shown by outlet and title (bold). */
function whyMd(report: Report, r: Relation, line: string): string {
  const piece = (p: WhyPiece) => {
    if (typeof p !== 'string') return `**${escapeMd(named(report, p.document))}**`;
    // escapeMd trims: the spaces between a piece and a name are put back
    return `${/^\s/.test(p) ? ' ' : ''}${escapeMd(p)}${/\S\s$/.test(p) ? ' ' : ''}`;
  };
  return whyPieces(line, r).map(piece).join('');
}

/** A relation's reason in HTML, the articles it names by id shown by outlet and title, linked when in the story. */
function whyHtml(story: ReportStory, report: Report, r: Relation, line: string): string {
  return whyPieces(line, r)
    .map((p) => {
      if (typeof p === 'string') return escapeHtml(p);
      const text = escapeHtml(named(report, p.document));
      return story.documents.includes(p.document) ? `<a href="#doc-${anchor(p.document)}" title="${escapeHtml(p.document)}">${text}</a>` : text;
    })
    .join('');
}

function familyLine(story: ReportStory, report: Report): { count: number; groups: string[][] } {
  // the story's own relations: families never cross stories, and all relations would cost every story
  const families = sourceFamilies(storyRelations(story, report), story.documents);
  return { count: countIndependent(story.documents, families), groups: familyGroups(families) };
}

const UNDIRECTED_LABEL: Record<Relation['kind'], string> = {
  duplicate: 'is a duplicate of',
  'near-duplicate': 'is a near-duplicate of',
  reuse: 'shares passages with',
  paraphrase: 'retells the same passages as',
};

function arrow(r: Relation): string {
  if (isTranslation(r)) return TRANSLATION_VERB;
  return r.directed ? KIND_LABEL[r.kind] : `${UNDIRECTED_LABEL[r.kind]} (direction unknown)`;
}

function passagesMd(story: ReportStory, report: Report, ps: Passage[], r: Relation): string[] {
  const out = [`| ${escapeMd(articleName(story, report, r.from))} | ${escapeMd(articleName(story, report, r.to))} | score |`, '|---|---|---|'];
  for (const p of ps.slice(0, MAX_PASSAGES)) {
    const d = shownDiff(r, p);
    out.push(`| ${markedMd(d.a)} | ${markedMd(d.b)} | ${(p.score ?? 0).toFixed(2)} |`);
  }
  if (ps.length > MAX_PASSAGES) out.push('', `…and ${ps.length - MAX_PASSAGES} more passages (in the JSON report).`);
  return out;
}

function flagsMd(story: ReportStory, report: Report, d: ReportDocument): string[] {
  const out: string[] = [];
  for (const [name, f] of raisedFlags(d)) {
    out.push(`- **${escapeMd(articleName(story, report, d.id))}** is flagged *${name}* (score ${f.score.toFixed(2)}):`);
    for (const e of f.evidence) out.push(`  - ${escapeMd(e)}`);
  }
  return out;
}

export const copiesSection: Section = {
  title: 'Who copied whom',
  md(story, report) {
    const rels = storyRelations(story, report);
    const flags = flagged(story, report);
    const languages = storyLanguages(story, report);
    const quotations = storyQuotations(story, report);
    if (!rels.length && !flags.length && !languages.length && !quotations.length) return '';
    const out: string[] = [];
    const fam = familyLine(story, report);
    out.push(
      `${counted(fam.count, 'independent source')} among ${story.documents.length} articles${fam.groups.length ? `; copies counted once: ${fam.groups.map((g) => `{${g.map((id) => escapeMd(articleName(story, report, id))).join(', ')}}`).join(', ')}` : ''}.`,
      '',
    );
    if (languages.length) out.push(`${languagesLine(languages, (id) => escapeMd(articleName(story, report, id)))} ${LANGUAGES_CAVEAT}`, '');
    for (const r of rels) {
      out.push(
        `- **${escapeMd(articleName(story, report, r.from))}** ${arrow(r)} **${escapeMd(articleName(story, report, r.to))}** — ${r.kind}, similarity ${r.similarity.toFixed(2)}`,
      );
      for (const w of r.why ?? []) out.push(`  - ${whyMd(report, r, w)}`);
    }
    for (const q of quotations) {
      out.push(`- **${escapeMd(articleName(story, report, q.a))}** and **${escapeMd(articleName(story, report, q.b))}**: ${escapeMd(q.why[0])}`);
      for (const w of q.why.slice(1)) out.push(`  - ${escapeMd(w)}`);
    }
    for (const r of rels) {
      if (!r.passages.length) continue;
      out.push(
        '',
        `**Shared passages: ${escapeMd(articleName(story, report, r.from))} ← ${escapeMd(articleName(story, report, r.to))}** (${isTranslation(r) ? "translation; sentences paired with the original's, sharing names and figures" : `${r.kind}; words that differ in bold`})`,
        '',
      );
      out.push(...passagesMd(story, report, r.passages, r));
    }
    if (flags.length) out.push('', '**Flags**', '', ...flags.flatMap((d) => flagsMd(story, report, d)));
    return out.join('\n');
  },
  html(story, report) {
    const rels = storyRelations(story, report);
    const flags = flagged(story, report);
    const languages = storyLanguages(story, report);
    const quotations = storyQuotations(story, report);
    if (!rels.length && !flags.length && !languages.length && !quotations.length) return '';
    const fam = familyLine(story, report);
    const famHtml = `<p class="families">${counted(fam.count, 'independent source')} among ${story.documents.length} articles${
      fam.groups.length ? `; copies counted once: ${fam.groups.map((g) => `{${g.map((id) => articleHtml(story, report, id)).join(', ')}}`).join(', ')}` : ''
    }.</p>${languages.length ? `<p class="languages">${languagesLine(languages, (id) => articleHtml(story, report, id))} ${escapeHtml(LANGUAGES_CAVEAT)}</p>` : ''}`;
    const docLink = (id: string) => articleHtml(story, report, id);
    const items = rels.map((r) => {
      const why = (r.why ?? []).map((w) => `<li>${whyHtml(story, report, r, w)}</li>`).join('');
      const rows = r.passages
        .slice(0, MAX_PASSAGES)
        .map((p) => {
          const d = shownDiff(r, p);
          return `<tr><td>${markedHtml(d.a)}</td><td>${markedHtml(d.b)}</td><td class="sim">${(p.score ?? 0).toFixed(2)}</td></tr>`;
        })
        .join('');
      const more = r.passages.length > MAX_PASSAGES ? `<p>…and ${r.passages.length - MAX_PASSAGES} more passages (in the JSON report).</p>` : '';
      const table = r.passages.length
        ? `<details open><summary>${counted(r.passages.length, 'shared passage')}, ${isTranslation(r) ? "sentences paired with the original's, sharing names and figures" : 'differing words marked'}</summary><table class="passages"><thead><tr><th>${escapeHtml(articleName(story, report, r.from))}</th><th>${escapeHtml(articleName(story, report, r.to))}</th><th>score</th></tr></thead><tbody>${rows}</tbody></table>${more}</details>`
        : '';
      return `<li class="relation ${escapeHtml(r.kind)}">${docLink(r.from)} <strong>${escapeHtml(arrow(r))}</strong> ${docLink(r.to)} <span class="kind">${escapeHtml(r.kind)}</span> <span class="sim">similarity ${r.similarity.toFixed(2)}</span><ul class="why">${why}</ul>${table}</li>`;
    });
    for (const q of quotations)
      items.push(
        `<li class="quotation">${docLink(q.a)} and ${docLink(q.b)}: ${escapeHtml(q.why[0])}${
          q.why.length > 1
            ? `<ul class="why">${q.why
                .slice(1)
                .map((w) => `<li>${escapeHtml(w)}</li>`)
                .join('')}</ul>`
            : ''
        }</li>`,
      );
    const flagItems = flags.flatMap((d) =>
      raisedFlags(d).map(
        ([name, f]) =>
          `<li>${articleHtml(story, report, d.id)} <span class="flag">${escapeHtml(name)}</span> score ${f.score.toFixed(2)}<ul>${f.evidence.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul></li>`,
      ),
    );
    return `${famHtml}<ul class="copies">${items.join('\n')}</ul>${flagItems.length ? `<h4>Flags</h4><ul class="flags">${flagItems.join('')}</ul>` : ''}`;
  },
};
