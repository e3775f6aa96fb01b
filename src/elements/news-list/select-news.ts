import type { NewsItem } from '../../feed/types.js';

/** What to show: items carrying any of `tags` (compared trimmed and case-insensitively); none = all. */
export interface NewsFilter {
  tags?: readonly string[];
}

export interface NewsSelection {
  /** At most `count` matching items, in feed order (the feed is already newest first). */
  items: readonly NewsItem[];
  /** Whether more items match than were returned. */
  more: boolean;
}

/** `"Regulation, workforce ,"` → `['regulation', 'workforce']`. */
export function parseTags(text: string | null | undefined): string[] {
  if (!text) return [];
  return normaliseTags(text.split(','));
}

function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const clean = tag.trim().toLowerCase();
    if (clean && !out.includes(clean)) out.push(clean);
  }
  return out;
}

/** Whether `item` carries any of `wanted` (already normalised), comparing its tags the same way. */
function carriesAny(item: NewsItem, wanted: readonly string[]): boolean {
  for (const tag of item.tags) if (wanted.includes(tag.trim().toLowerCase())) return true;
  return false;
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
