import type { CaseStudyItem, Feed, FeedItem, NewsItem, RoleItem } from './types.js';

/** Items by id, later feeds replacing earlier ones' items in place (first appearance keeps its position). */
function byId<T extends FeedItem>(lists: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, T>();
  for (const list of lists) for (const item of list) merged.set(item.id, item);
  return [...merged.values()];
}

/** Newest first, undated last; stable, so feed order breaks ties. */
export function newestFirst(a: NewsItem, b: NewsItem): number {
  if (a.published === b.published) return 0;
  if (a.published === undefined) return 1;
  if (b.published === undefined) return -1;
  return b.published - a.published;
}

/**
 * Several feeds as one, for `<map-feed src="a.json b.json">`: when two feeds have an item with the
 * same `id`, the one from the feed listed later wins, so a trust's own feed can correct a
 * national one. `url` is the space-separated list; the saved-copy date is the oldest shown.
 */
export function mergeFeeds(url: string, feeds: readonly Feed[]): Feed {
  if (feeds.length === 1) return feeds[0]!;
  const last = feeds[feeds.length - 1]!;
  // An id names one item across types too: a later role replaces an earlier news item of that id.
  const winners = new Map<string, FeedItem>();
  for (const feed of feeds) {
    for (const item of [...feed.roles, ...feed.news, ...feed.caseStudies]) winners.set(item.id, item);
  }
  const keep = <T extends FeedItem>(items: T[]) => items.filter((item) => winners.get(item.id) === item);
  const savedAt = feeds.map((f) => f.savedAt).filter((t): t is number => t !== undefined);
  const languages = new Set(feeds.map((f) => f.language));
  const sources = new Set(feeds.map((f) => f.source));
  return {
    url,
    title: last.title,
    ...(languages.size === 1 && last.language ? { language: last.language } : {}),
    ...(sources.size === 1 && last.source ? { source: last.source } : {}),
    ...(savedAt.length ? { savedAt: Math.min(...savedAt) } : {}),
    roles: keep(byId<RoleItem>(feeds.map((f) => f.roles))),
    news: keep(byId<NewsItem>(feeds.map((f) => f.news))).sort(newestFirst),
    caseStudies: keep(byId<CaseStudyItem>(feeds.map((f) => f.caseStudies))),
    problems: feeds.flatMap((f) => f.problems),
  };
}
