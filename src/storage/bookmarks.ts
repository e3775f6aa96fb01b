/**
 * What "a bookmark" is and the pure functions that change the saved list. Elements use these with
 * the store (key {@link BOOKMARKS_KEY}); the list functions never touch storage themselves. A
 * change is sent to a site's endpoint by delivery/bookmark-changes.ts.
 */
import type { BookmarkChangeSubmission } from '../contract.js';
import { defineCollection, numberField } from './collections.js';

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
  /**
   * The `endpoint` of the button that saved it, if it had one: a removal from
   * `<map-bookmark-list>` is sent there too, so the site does not go on thinking it is saved.
   */
  endpoint?: string;
}

/** The body POSTed for each change (the submission contract's); `submissionId` is the idempotency key. */
export type { BookmarkChangeSubmission };

/** Unreadable saved bookmarks are warned about once per page, however often the list is read. */
let warnedSkipped = false;

/** Store key of the saved bookmarks: `Bookmark[]`, newest first. */
export const BOOKMARKS_KEY = defineCollection('bookmarks', {
  kind: 'list',
  order: (a, b) => numberField(b, 'savedAt') - numberField(a, 'savedAt'),
});

function isBookmark(value: unknown): value is Bookmark {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Partial<Bookmark>;
  return (
    typeof b.id === 'string' &&
    b.id !== '' &&
    typeof b.title === 'string' &&
    typeof b.url === 'string' &&
    typeof b.savedAt === 'number' &&
    // A time a Date can hold (±8.64e15 ms): anything else makes date formatting throw.
    Math.abs(b.savedAt) <= 8.64e15 &&
    (b.endpoint === undefined || typeof b.endpoint === 'string')
  );
}

/**
 * The bookmarks in whatever the store holds, newest first, one per id. Entries that are not
 * bookmarks (written by a hand, a script or a future version) are skipped, not trusted.
 */
export function toBookmarks(value: unknown): Bookmark[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const valid = value.filter(isBookmark);
  if (valid.length < value.length && !warnedSkipped) {
    warnedSkipped = true;
    const example = value.find((entry) => !isBookmark(entry));
    console.warn(
      `map-embed: ${value.length - valid.length} saved bookmark(s) could not be read and are skipped (for example ${JSON.stringify(example)?.slice(0, 120)}).`,
    );
  }
  return valid
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
