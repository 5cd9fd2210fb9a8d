// The Feeds page: every subscription with its polling state (last success, last error and why, next poll,
// items per week, errors in a row), the queue the workers share (as `feeds list` says it), and one form to subscribe, import OPML and unsubscribe (with the token).
import { html, safeUrl, type Html } from '../html.ts';
import { page } from '../layout.ts';
import type { FeedState } from '../../watch/index.ts';
import { at } from '../base-path.ts';

/** What the last form post did, shown above the list. */
export interface Outcome {
  ok: boolean;
  message: string;
  details?: string[];
}

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : null);

export function outcomeHtml(o: Outcome | undefined): Html | string {
  if (!o) return '';
  return html`<div class="${o.ok ? 'note ok' : 'note bad'}" role="${o.ok ? 'status' : 'alert'}"><p>${o.message}</p>${
    o.details?.length ? html`<ul>${o.details.map((d) => html`<li>${d}</li>`)}</ul>` : ''
  }</div>`;
}

/** The token field every write form starts with (or why the page is read-only). */
export function tokenField(writable: boolean, what: string): Html {
  return writable
    ? html`<p><label for="token">Token (needed to change ${what})</label> <input id="token" name="token" type="password" autocomplete="current-password" maxlength="200"></p>`
    : html`<p class="meta">This server is read-only: start it with <code>--token</code> to change ${what} here.</p>`;
}

function row(f: FeedState, writable: boolean, inRound: Set<number>): Html {
  const link = safeUrl(f.url);
  const name = f.title || f.url;
  const error = f.lastError
    ? html`<span class="bad">${f.lastError}</span>${f.lastErrorAt ? html`<div class="meta">${when(f.lastErrorAt)}${f.lastStatus ? ` · HTTP ${f.lastStatus}` : ''}</div>` : ''}`
    : html`<span class="meta">none</span>`;
  return html`<tr><th scope="row">${name}${f.title ? html`<div class="meta">${link ? html`<a href="${link}" rel="noopener noreferrer nofollow">${f.url}</a>` : f.url}</div>` : ''}${
    f.category ? html`<div><span class="tag">${f.category}</span></div>` : ''
  }</th>
<td>${when(f.lastSuccess) ?? html`<span class="meta">never</span>`}<div class="meta">${f.polls} poll${f.polls === 1 ? '' : 's'}, ${f.notModified} unchanged (304)</div></td>
<td>${error}</td>
<td>${inRound.has(f.id) ? html`now<div class="meta">in the open round (see the queue below)</div>` : html`${when(f.nextPoll)}${f.scheduleReason ? html`<div class="meta">${f.scheduleReason}</div>` : ''}`}</td>
<td class="num">${f.itemsPerWeek ?? '—'}<div class="meta">${f.itemsSeen} seen</div></td>
<td class="num">${f.errors}</td>
${writable ? html`<td><button type="submit" name="remove" value="${f.id}" class="secondary" aria-label="Unsubscribe from ${name}">Remove</button></td>` : ''}</tr>`;
}

export function feedsPage(feeds: FeedState[], o: { writable: boolean; outcome?: Outcome; inRound: Set<number>; queue: string[] }): string {
  const table = feeds.length
    ? html`<div class="scroll"><table class="feeds"><caption class="meta">Subscriptions, polled by <code>crosscheck watch</code></caption><thead><tr><th scope="col">feed</th><th scope="col">last success</th><th scope="col">last error and why</th><th scope="col">next poll</th><th scope="col">items/week</th><th scope="col">errors in a row</th>${
        o.writable ? html`<th scope="col"><span class="visually-hidden">unsubscribe</span></th>` : ''
      }</tr></thead><tbody>${feeds.map((f) => row(f, o.writable, o.inRound))}</tbody></table></div>`
    : html`<p>No subscriptions yet.</p>`;
  const controls = o.writable
    ? html`<fieldset><legend>Subscribe</legend><label for="url">Feed URL</label> <input id="url" name="url" type="url" maxlength="2000" placeholder="https://example.com/feed.xml"> <button type="submit" name="do" value="add">Subscribe</button></fieldset>
<fieldset><legend>Import</legend><label for="opml">OPML file</label> <input id="opml" name="opml" type="file" accept=".opml,.xml,text/x-opml,application/xml"> <button type="submit" name="do" value="import">Import</button></fieldset>`
    : '';
  const body = html`<h1>Feeds</h1>
<p class="meta">${feeds.length} subscription${feeds.length === 1 ? '' : 's'} · <a href="${at(`/api/feeds.opml`)}">Export OPML</a> · <a href="${at(`/api/feeds`)}">JSON</a></p>
${outcomeHtml(o.outcome)}
<form class="manage" method="post" action="${at(`/feeds`)}" enctype="multipart/form-data" aria-label="Change subscriptions">
${tokenField(o.writable, 'subscriptions')}${controls}
${table}
</form>
<section aria-labelledby="queue"><h2 id="queue">Queue</h2><ul class="queue">${o.queue.map((l) => html`<li>${l}</li>`)}</ul></section>`;
  return page({ title: 'Feeds', body, current: 'feeds' });
}
