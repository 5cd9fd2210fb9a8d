// Problems: inputs that could not be used, and why; the rest of each run went on without them.
import { html } from '../html.ts';
import { page } from '../layout.ts';
import type { StoredProblem } from '../types.ts';

export function problemsPage(problems: StoredProblem[], offset: number, limit: number): string {
  const rows = problems.map((p) => html`<tr><td><code>${p.source}</code></td><td>${p.reason}</td><td>${p.seen ?? ''}</td></tr>`);
  const pager = html`<nav class="pager" aria-label="Pages">${offset > 0 ? html`<a href="/problems?offset=${Math.max(0, offset - limit)}">← Previous</a>` : ''}${problems.length === limit ? html`<a href="/problems?offset=${offset + limit}">Next →</a>` : ''}</nav>`;
  const body = html`<h1>Problems</h1><p class="meta">Inputs that could not be used, and why.</p>${
    problems.length
      ? html`<div class="scroll"><table><thead><tr><th scope="col">source</th><th scope="col">reason</th><th scope="col">seen</th></tr></thead><tbody>${rows}</tbody></table></div>`
      : html`<p>No problems recorded.</p>`
  }${pager}`;
  return page({ title: 'Problems', body, current: 'problems' });
}
