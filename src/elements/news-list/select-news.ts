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

// Each feed's news array is built once and never mutated, so its lower-cased tag sets are
// computed on the first filtered selection and reused by every later one and every element.
const tagSets = new WeakMap<readonly NewsItem[], readonly ReadonlySet<string>[]>();

function tagSetsOf(news: readonly NewsItem[]): readonly ReadonlySet<string>[] {
  let sets = tagSets.get(news);
  if (!sets) {
    sets = news.map((item) => new Set(normaliseTags(item.tags)));
    tagSets.set(news, sets);
  }
  return sets;
}

function hasAny(set: ReadonlySet<string>, wanted: readonly string[]): boolean {
  for (const tag of wanted) if (set.has(tag)) return true;
  return false;
}

/**
 * The news items to show. Pure: the same news, filter and count give the same result, with no
 * DOM. Stops scanning once it knows there is more than `count`, so a short list from a long feed
 * costs little.
 */
export function selectNews(news: readonly NewsItem[], filter: NewsFilter, count: number): NewsSelection {
  const wanted = normaliseTags(filter.tags ?? []);
  if (!wanted.length) return { items: news.slice(0, count), more: news.length > count };
  const sets = tagSetsOf(news);
  const items: NewsItem[] = [];
  for (let i = 0; i < news.length; i++) {
    if (!hasAny(sets[i]!, wanted)) continue;
    if (items.length === count) return { items, more: true };
    items.push(news[i]!);
  }
  return { items, more: false };
}
