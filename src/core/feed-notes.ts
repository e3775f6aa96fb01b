import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Feed, FeedItem } from '../feed/types.js';
import { formatDate, isoDate } from '../i18n/dates.js';
import type { Language, Translate } from '../i18n/i18n.js';

/**
 * The `lang` to put on text drawn from the feed: the feed's `language` when it differs from the
 * language the element's own words are in (so a Welsh page reads English titles in English),
 * otherwise none (the text inherits the page's).
 */
export function contentLang(itemLang: string | undefined, language: Language): string | undefined {
  if (!itemLang) return undefined;
  return itemLang.split('-')[0]!.toLowerCase() === language ? undefined : itemLang;
}

/** Has the item's `next_review` passed (at `now`)? */
export function dueForReview(item: FeedItem, now = Date.now()): boolean {
  return item.nextReview !== undefined && item.nextReview < now;
}

const dated = (time: number, language: Language) =>
  html`<time datetime=${isoDate(time)}>${formatDate(time, language)}</time>`;

/**
 * What a reader should know about where an item's information stands: when it was last
 * reviewed, a note when it is due for review (the content still shows), and, when the element
 * asks for it (`source`), who publishes it.
 */
export function itemNotes(
  t: Translate,
  language: Language,
  item: FeedItem,
  options: { source?: boolean } = {},
): TemplateResult | typeof nothing {
  const source = options.source && item.source ? item.source : undefined;
  const due = dueForReview(item);
  if (item.lastReviewed === undefined && !due && !source) return nothing;
  return html`<div class="feed-notes" part="notes">
    ${item.lastReviewed === undefined
      ? nothing
      : html`<p class="feed-note" part="reviewed">${t('review.last')} ${dated(item.lastReviewed, language)}</p>`}
    ${due ? html`<p class="feed-note feed-note--due" part="review-due">${t('review.due')}</p>` : nothing}
    ${source
      ? html`<p class="feed-note" part="source">${t('source.from')} <span lang=${ifDefined(contentLang(item.lang, language))}>${source}</span></p>`
      : nothing}
  </div>`;
}

/**
 * The note shown above content drawn from the copy of the feed saved on an earlier visit,
 * because fetching it again failed: it may be out of date, and when it was saved.
 */
export function savedCopyNote(t: Translate, language: Language, feed: Feed): TemplateResult | typeof nothing {
  if (feed.savedAt === undefined) return nothing;
  return html`<p class="feed-note feed-note--saved" part="saved-note">
    ${t('feed.outOfDate')} ${dated(feed.savedAt, language)}.
  </p>`;
}

/** Styles for the notes above; added to each element that shows them. */
export const feedNoteStyles = css`
  .feed-notes {
    margin-block-start: var(--_space-m);
  }
  .feed-note {
    margin: var(--_space-s) 0 0;
    color: var(--_secondary-text);
    font-size: 0.875em;
  }
  .feed-note--due,
  .feed-note--saved {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_link);
    color: var(--_text);
  }
  .feed-note--saved {
    margin: 0 0 var(--_space-s);
  }
`;
