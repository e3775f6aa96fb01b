import { html, type TemplateResult } from 'lit';
import { FeedError } from '../feed/feed-cache.js';
import type { CoreStringKey, Translate } from '../i18n/i18n.js';

/**
 * The one error box every element shows: what went wrong in the page's language (a line per
 * problem), and, when trying again could help, a button that does. Not a live region: several
 * elements failing on one feed must not all interrupt a screen-reader user at once.
 */
export function errorTemplate(t: Translate, message: string | readonly string[], retry?: () => void): TemplateResult {
  const messages = typeof message === 'string' ? [message] : message;
  return html`<div class="error" part="error">
    <p class="error__title">${t('error.title')}</p>
    ${messages.map((line) => html`<p class="error__message">${line}</p>`)}
    ${retry ? html`<button type="button" class="button" part="retry" @click=${retry}>${t('retry')}</button>` : ''}
  </div>`;
}

/** The error box for a feed that failed to load; the cache has already warned in the console. */
export function feedErrorTemplate(t: Translate, error: Error, retry: () => void): TemplateResult {
  const key = error instanceof FeedError ? (`error.${error.code}` as CoreStringKey) : 'error.unknown';
  return errorTemplate(t, t(key), retry);
}

/**
 * Placeholder lines that hold the space content will take. Hidden from assistive technology;
 * the container says it is busy and carries one quiet "Loading" for anyone who reads that far.
 */
export function loadingTemplate(t: Translate, body: TemplateResult): TemplateResult {
  return html`<div class="loading" part="loading" aria-busy="true">
    <span class="visually-hidden">${t('loading')}</span>
    <div aria-hidden="true">${body}</div>
  </div>`;
}

const skeletonLine = html`<span class="skeleton"></span>`;

/**
 * `count` placeholder lines of text for a loading template (`.skeleton` in theme.ts), each as tall
 * as a line of the element they are put in. An element's styles may make the last of several
 * shorter, as a paragraph's last line is.
 */
export function skeletonLines(count: number): TemplateResult[] {
  return Array<TemplateResult>(count).fill(skeletonLine);
}
