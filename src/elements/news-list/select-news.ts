import { carriesAny, comparedTags } from '../../feed/tags.js';
import type { NewsItem } from '../../feed/types.js';

/** Which news items to show, already checked: see parseTagFilter (src/feed/tags.ts) and parseLimit (src/core/attributes.ts). */
export interface NewsFilter {
  /** Normalised tags; an item matches when it carries any of them. None: every item. */
  readonly tags: readonly string[];
  /** How many matching items to return at most: a whole number of 1 or more. */
  readonly count: number;
}

export interface NewsSelection {
  /** At most `count` matching items, in feed order (the feed is already newest first). */
  items: readonly NewsItem[];
  /** Whether more items match than were returned. */
  more: boolean;
}

/**
 * The news items to show. Pure: the same news and filter give the same result, with no DOM.
 * Only the first `count` matches are copied out, so a short list from a long feed costs little.
 */
export function selectNews(news: readonly NewsItem[], filter: NewsFilter): NewsSelection {
  const { tags, count } = filter;
  if (!tags.length) return { items: news.slice(0, count), more: news.length > count };
  // One pass in feed order that stops at the first match past `count`: a short list from a
  // long feed looks at only as many items as it needs. (A tag index built per feed was tried
  // and measured: building it cost more than the single pass it saved.)
  const items: NewsItem[] = [];
  for (const item of news) {
    if (!carriesAny(item, tags)) continue;
    if (items.length === count) return { items, more: true };
    items.push(item);
  }
  return { items, more: false };
}

/**
 * Works out the compared form of every item's tags (`comparedTags`) ahead of any filter: a list
 * does it once, when it first shows a feed, so that changing its filter (a reader's click, or a
 * page's script) only compares.
 */
export function readTags(news: readonly NewsItem[]): void {
  for (const item of news) comparedTags(item);
}
