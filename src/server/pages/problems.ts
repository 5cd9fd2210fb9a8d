// Problems: inputs that could not be used, and why; the rest of each run went on without them. Notes on inputs used
// (a text cut, a redirect waiting for its page) are marked as such.
import { html, utcStamp } from '../html.ts';
import { page } from '../layout.ts';
import { pager, pastEnd } from '../pager.ts';
import type { StoredProblem } from '../types.ts';
import { at } from '../base-path.ts';

export function problemsPage(problems: StoredProblem[], offset: number, limit: number, total: number): string {
  const rows = problems.map(
    (p) => html`<tr><td><code>${p.source}</code></td><td>${p.note ? html`<strong>note:</strong> ` : ''}${p.reason}</td><td>${utcStamp(p.seen)}</td></tr>`,
  );
  const past = pastEnd(offset, problems.length);
  const nav = pager({ offset, limit, count: problems.length, total, href: (o) => at(`/problems?offset=${o}`), first: at('/problems') });
  const body = html`<h1>Problems</h1><p class="meta">Inputs that could not be used, and why; a line marked <strong>note</strong> is on an input used all the same (its text cut, NUL bytes taken out, a field left out, a redirect waiting for its page).</p>${
    problems.length
      ? html`<div class="scroll"><table><thead><tr><th scope="col">source</th><th scope="col">reason</th><th scope="col">seen</th></tr></thead><tbody>${rows}</tbody></table></div>`
      : past
        ? html`<p>No problems past number ${offset}: the list ends before it.</p>`
        : html`<p>No problems recorded.</p>`
  }${nav}`;
  return page({ title: 'Problems', body, current: 'problems' });
}
