// The Alerts page: saved searches with the stories that matched them (new or grown), each alert's Atom feed
// and webhook deliveries; one form to add an alert (with an optional webhook) or remove one (with the token).
import { html, idPath, safeUrl, utcStamp, type Html } from '../html.ts';
import { page } from '../layout.ts';
import { type Alert, type AlertMatch, MAX_ALERT_QUERY } from '../../watch/index.ts';
import { outcomeHtml, tokenField, type Outcome } from './feeds.ts';
import { at } from '../base-path.ts';

const when = utcStamp;

function matchHtml(m: AlertMatch): Html {
  const delivery = m.delivery
    ? m.delivery.delivered
      ? html` · posted to the webhook ${when(m.delivery.delivered)}`
      : html` · <span class="bad">webhook not delivered yet${m.delivery.lastError ? `: ${m.delivery.lastError}` : ''}</span> (${m.delivery.attempts} attempt${m.delivery.attempts === 1 ? '' : 's'})`
    : '';
  return html`<li><a href="${at(`/stories/${idPath(m.story.id)}`)}">${m.story.title}</a> <span class="tag">${m.reason === 'new' ? 'new story' : 'story grew'}</span>
<div class="meta"><span class="count" title="independent sources">${m.story.independentSources}</span> independent source${m.story.independentSources === 1 ? '' : 's'} · ${m.story.documents} article${m.story.documents === 1 ? '' : 's'} · matched ${when(m.matched)}${delivery}</div>${
    m.articles.length
      ? html`<div class="meta">matching: ${m.articles.slice(0, 5).map((a, i) => html`${i ? '; ' : ''}${a.outlet ? `${a.outlet}: ` : ''}${a.title}`)}${m.articles.length > 5 ? ` and ${m.articles.length - 5} more` : ''}</div>`
      : ''
  }</li>`;
}

function alertHtml(a: Alert, matches: AlertMatch[], writable: boolean): Html {
  const hook = a.webhook ? (safeUrl(a.webhook) ?? a.webhook) : null;
  return html`<section class="alert" aria-labelledby="alert-${a.id}"><h2 id="alert-${a.id}">${a.query}</h2>
<p class="meta">${a.matches} match${a.matches === 1 ? '' : 'es'} · since ${when(a.created)} · ${hook ? html`webhook <code>${hook}</code>${a.pendingDeliveries ? ` (${a.pendingDeliveries} waiting)` : ''}${a.failedDeliveries ? html` <span class="bad">(${a.failedDeliveries} given up)</span>` : ''}` : 'no webhook'} · <a href="${at(`/feeds/alerts/${a.id}.atom`)}">Atom feed</a> · <a href="${at(`/api/alerts/${a.id}`)}">JSON</a>${
    writable ? html` <button type="submit" name="remove" value="${a.id}" class="secondary" aria-label="Remove the alert ${a.query}">Remove</button>` : ''
  }</p>
${matches.length ? html`<ol class="matches">${matches.map(matchHtml)}</ol>` : html`<p class="meta">No story has matched since the alert was made.</p>`}</section>`;
}

export function alertsPage(alerts: Array<{ alert: Alert; matches: AlertMatch[] }>, o: { writable: boolean; outcome?: Outcome }): string {
  const controls = o.writable
    ? html`<fieldset><legend>New alert</legend><p><label for="query">Search words</label> <input id="query" name="query" type="text" maxlength="${MAX_ALERT_QUERY}"></p>
<p><label for="webhook">Webhook URL (optional: each match is POSTed there as JSON)</label> <input id="webhook" name="webhook" type="url" maxlength="2000"></p>
<button type="submit" name="do" value="add">Add alert</button></fieldset>`
    : '';
  const body = html`<h1>Alerts</h1>
<p class="meta">Saved searches: a story that is new or grew and matches one is listed under it, added to its Atom feed and posted to its webhook (by <code>crosscheck watch</code>). · <a href="${at(`/api/alerts`)}">JSON</a></p>
${outcomeHtml(o.outcome)}
<form class="manage" method="post" action="${at(`/alerts`)}" aria-label="Change alerts">
${tokenField(o.writable, 'alerts')}${controls}
${alerts.length ? alerts.map((a) => alertHtml(a.alert, a.matches, o.writable)) : html`<p>No alerts yet.</p>`}
</form>`;
  return page({ title: 'Alerts', body, current: 'alerts' });
}
