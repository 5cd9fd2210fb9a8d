// Problems: inputs that could not be used, and why; the rest of each run went on without them.
import { html } from '../html.ts';
import { page } from '../layout.ts';
import type { StoredProblem } from '../types.ts';

export function problemsPage(problems: StoredProblem[], offset: number, limit: number): string {
  const rows = problems.map((p) => html`<tr><td><code>${p.source}</code></td><td>${p.reason}</td><td>${p.seen ?? ''}</td></tr>`);
  // past the end (an old link, a typed offset) every earlier page but the first may be empty too: point there
  const past = offset > 0 && !problems.length;
  const pager = html`<nav class="pager" aria-label="Pages">${past ? html`<a href="/problems">← First page</a>` : offset > 0 ? html`<a href="/problems?offset=${Math.max(0, offset - limit)}">← Previous</a>` : ''}${problems.length === limit ? html`<a href="/problems?offset=${offset + limit}">Next →</a>` : ''}</nav>`;
  const body = html`<h1>Problems</h1><p class="meta">Inputs that could not be used, and why.</p>${
    problems.length
      ? html`<div class="scroll"><table><thead><tr><th scope="col">source</th><th scope="col">reason</th><th scope="col">seen</th></tr></thead><tbody>${rows}</tbody></table></div>`
      : past
        ? html`<p>No problems past number ${offset}: the list ends before it.</p>`
        : html`<p>No problems recorded.</p>`
  }${pager}`;
  return page({ title: 'Problems', body, current: 'problems' });
}
