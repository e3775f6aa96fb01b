import { carriesAny, normaliseTags } from '../../feed/tags.js';
import type { NewsItem } from '../../feed/types.js';

export { parseTags } from '../../feed/tags.js';

/** What to show: items carrying any of `tags` (compared as src/feed/tags.ts says); none = all. */
export interface NewsFilter {
  tags?: readonly string[];
}

export interface NewsSelection {
  /** At most `count` matching items, in feed order (the feed is already newest first). */
  items: readonly NewsItem[];
  /** Whether more items match than were returned. */
  more: boolean;
}

/**
 * The news items to show. Pure: the same news, filter and count give the same result, with no
 * DOM. Only the first `count` matches are copied out, so a short list from a long feed costs little.
 */
export function selectNews(news: readonly NewsItem[], filter: NewsFilter, count: number): NewsSelection {
  const wanted = normaliseTags(filter.tags ?? []);
  if (!wanted.length) return { items: news.slice(0, count), more: news.length > count };
  // One pass in feed order that stops at the first match past `count`: a short list from a
  // long feed looks at only as many items as it needs. (A tag index built per feed was tried
  // and measured: building it cost more than the single pass it saved.)
  const items: NewsItem[] = [];
  for (const item of news) {
    if (!carriesAny(item, wanted)) continue;
    if (items.length === count) return { items, more: true };
    items.push(item);
  }
  return { items, more: false };
}
