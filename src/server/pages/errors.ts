// Pages for requests that cannot be answered: not found, a bad query, a failure (never a stack trace).
import { html } from '../html.ts';
import { page } from '../layout.ts';
import { at } from '../base-path.ts';

export function notFoundPage(title: string, hint: string): string {
  return page({ title, body: html`<h1>${title}</h1><p>${hint}</p><p><a href="${at(`/`)}">All stories</a></p>` });
}

export function errorPage(title: string, detail: string): string {
  return page({ title, body: html`<h1>${title}</h1><p>${detail}</p><p><a href="${at(`/`)}">All stories</a></p>` });
}
