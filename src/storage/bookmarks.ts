/**
 * What "a bookmark" is, and the pure functions that change the saved list. Elements use these
 * with the store (key {@link BOOKMARKS_KEY}); nothing here touches storage itself.
 */

/** One saved bookmark. */
export interface Bookmark {
  /** A feed item id, or the page's canonical URL for a page bookmark. */
  id: string;
  /** What the list shows. */
  title: string;
  /** Where the list links to; checked with `safeUrl()` before it is shown. */
  url: string;
  /** When it was saved, epoch milliseconds. */
  savedAt: number;
}

/** Store key of the saved bookmarks: `Bookmark[]`, newest first. */
export const BOOKMARKS_KEY = 'bookmarks';

function isBookmark(value: unknown): value is Bookmark {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Partial<Bookmark>;
  return (
    typeof b.id === 'string' &&
    b.id !== '' &&
    typeof b.title === 'string' &&
    typeof b.url === 'string' &&
    typeof b.savedAt === 'number' &&
    Number.isFinite(b.savedAt)
  );
}

/**
 * The bookmarks in whatever the store holds, newest first, one per id. Entries that are not
 * bookmarks (written by a hand, a script or a future version) are skipped, not trusted.
 */
export function toBookmarks(value: unknown): Bookmark[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  return value
    .filter(isBookmark)
    .sort((a, b) => b.savedAt - a.savedAt)
    .filter((b) => !seen.has(b.id) && Boolean(seen.add(b.id)));
}

/** The list with `bookmark` saved (replacing any earlier one with its id), newest first. */
export function withBookmark(value: unknown, bookmark: Bookmark): Bookmark[] {
  return [bookmark, ...toBookmarks(value).filter((b) => b.id !== bookmark.id)];
}

/** The list without the bookmark `id`. */
export function withoutBookmark(value: unknown, id: string): Bookmark[] {
  return toBookmarks(value).filter((b) => b.id !== id);
}
