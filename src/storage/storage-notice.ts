import { css, html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/i18n.js';
import type { StorageStatus } from './store.js';

/** What to tell the user for each way storage can fail; each element names its own strings. */
export interface StorageNoticeMessages<K extends string> {
  /** Storage is blocked or full: changes last for this visit only. */
  memory: K;
  /** Earlier saved data could not be read; new changes will be saved. */
  corrupt: K;
}

/**
 * A short note, in the page's language, saying that saved state is not being kept as usual;
 * nothing when storage works. It is ordinary text, not a live region or an alert: it explains
 * a lasting condition, and several elements on one page must not all interrupt at once. Render
 * it once per element (not per item), with {@link storageNoticeStyles} in the element's styles.
 */
export function storageNoticeTemplate<K extends string>(
  t: Translate<K>,
  status: StorageStatus,
  messages: StorageNoticeMessages<K>,
): TemplateResult | typeof nothing {
  if (status === 'persistent') return nothing;
  const key = status === 'corrupt' ? messages.corrupt : messages.memory;
  return html`<p class="storage-notice" part="storage-notice">${t(key)}</p>`;
}

/**
 * The storage note's look, and that of `.refused`: the alert a bookmark element shows when the
 * site's endpoint turned a change down (the change itself is kept in this browser).
 */
export const storageNoticeStyles = css`
  .storage-notice {
    margin: var(--_space-s) 0 0;
    color: var(--_secondary-text);
    font-size: 0.875em;
  }
  .refused {
    margin: var(--_space-s) 0 0;
    padding-inline-start: var(--_space-s);
    border-inline-start: 4px solid var(--_error);
    color: var(--_text);
    font-size: 0.875em;
  }
`;
