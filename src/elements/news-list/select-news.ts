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

// Each feed's news array is built once and never mutated, so it is indexed once, on its first
// filtered selection, and every later selection from any element reading that feed only looks
// tags up: for each lower-cased tag, the positions (in feed order) of the items that carry it.
// One pass and one array per distinct tag, rather than a set per item, keeps that first filter
// change about as cheap as testing each item's tags would be.
const tagIndexes = new WeakMap<readonly NewsItem[], ReadonlyMap<string, readonly number[]>>();

function tagIndexOf(news: readonly NewsItem[]): ReadonlyMap<string, readonly number[]> {
  let index = tagIndexes.get(news);
  if (!index) {
    const built = new Map<string, number[]>();
    news.forEach((item, position) => {
      for (const tag of item.tags) {
        const clean = tag.trim().toLowerCase();
        const positions = built.get(clean);
        if (!positions) built.set(clean, [position]);
        // An item naming one tag twice ("Training", "training") is still listed once.
        else if (positions[positions.length - 1] !== position) positions.push(position);
      }
    });
    index = built;
    tagIndexes.set(news, index);
  }
  return index;
}

/** Positions of the items carrying any of `wanted`, in feed order. */
function matching(news: readonly NewsItem[], wanted: readonly string[]): readonly number[] {
  const index = tagIndexOf(news);
  if (wanted.length === 1) return index.get(wanted[0]!) ?? [];
  const marked = new Uint8Array(news.length);
  for (const tag of wanted) for (const position of index.get(tag) ?? []) marked[position] = 1;
  const positions: number[] = [];
  marked.forEach((mark, position) => {
    if (mark) positions.push(position);
  });
  return positions;
}

/**
 * The news items to show. Pure: the same news, filter and count give the same result, with no
 * DOM. Only the first `count` matches are copied out, so a short list from a long feed costs little.
 */
export function selectNews(news: readonly NewsItem[], filter: NewsFilter, count: number): NewsSelection {
  const wanted = normaliseTags(filter.tags ?? []);
  if (!wanted.length) return { items: news.slice(0, count), more: news.length > count };
  const positions = matching(news, wanted);
  const shown = Math.min(count, positions.length);
  const items: NewsItem[] = [];
  for (let i = 0; i < shown; i++) items.push(news[positions[i]!]!);
  return { items, more: positions.length > count };
}
