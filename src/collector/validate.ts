/**
 * Checks the JSON bodies the elements post: `<map-rating-widget>`'s rating and
 * `<map-bookmark-button>`'s bookmark change. Unknown fields are ignored, so a newer widget that
 * sends more still works with an older collector.
 */
import { parseRfc3339 } from '../feed/validate.js';
import { COMMENT_LIMIT } from '../storage/limits.js';

export const ITEM_ID_LIMIT = 2048;
const URL_LIMIT = 2048;
const TITLE_LIMIT = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An ISO 8601 date-time with a time zone, as `Date.prototype.toISOString()` writes it. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** How far ahead of the collector's clock a date may be (clocks differ); later dates are refused. */
export const FUTURE_LIMIT_MS = 24 * 60 * 60 * 1000;

/** PostgreSQL cannot store U+0000 in text, so it is refused as bad input (400), never a 5xx. */
export const hasNul = (text: string) => text.includes('\u0000');

export class Invalid extends Error {
  constructor(
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

export interface Rating {
  submissionId: string;
  itemId: string;
  stars: number | null;
  useful: boolean | null;
  comment: string | null;
  pageUrl: string | null;
  submittedAt: string | null;
}

export interface BookmarkChange {
  submissionId: string;
  itemId: string;
  bookmarked: boolean;
  title: string;
  url: string;
  changedAt: string;
}

function object(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Invalid(null, 'The body must be a JSON object.');
  return body as Record<string, unknown>;
}

function submissionId(body: Record<string, unknown>): string {
  const id = body.submissionId;
  if (typeof id !== 'string' || !UUID.test(id)) throw new Invalid('submissionId', 'submissionId must be a UUID.');
  return id.toLowerCase();
}

function itemId(body: Record<string, unknown>): string {
  const id = body.itemId;
  if (typeof id !== 'string' || !id.trim()) throw new Invalid('itemId', 'itemId must be a non-empty string.');
  if (id.length > ITEM_ID_LIMIT) throw new Invalid('itemId', `itemId must be at most ${ITEM_ID_LIMIT} characters.`);
  if (hasNul(id)) throw new Invalid('itemId', 'itemId must not contain the NUL character (U+0000).');
  return id;
}

function optionalString(body: Record<string, unknown>, field: string, limit: number): string | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Invalid(field, `${field} must be a string.`);
  if (value.length > limit) throw new Invalid(field, `${field} must be at most ${limit} characters.`);
  if (hasNul(value)) throw new Invalid(field, `${field} must not contain the NUL character (U+0000).`);
  return value;
}

function time(body: Record<string, unknown>, field: string, required: boolean): string | null {
  const value = body[field];
  if (value === undefined && !required) return null;
  // A date with a time (ISO_TIME), and one that exists: the feed's RFC 3339 reader refuses
  // 30 February, which Date.parse would quietly read as 2 March.
  const ms = typeof value === 'string' && ISO_TIME.test(value) ? parseRfc3339(value) : undefined;
  if (ms === undefined) {
    throw new Invalid(field, `${field} must be an ISO 8601 date and time, such as 2025-03-03T10:15:00.000Z.`);
  }
  // A date far ahead would win every "latest" comparison (a bookmark's title and URL) for ever.
  if (ms > Date.now() + FUTURE_LIMIT_MS) throw new Invalid(field, `${field} must not be more than a day in the future.`);
  return new Date(ms).toISOString();
}

/** The rating widget's body, or throws {@link Invalid} naming the first bad field. */
export function parseRating(raw: unknown): Rating {
  const body = object(raw);
  const id = submissionId(body);
  const item = itemId(body);
  const rating = body.rating;
  let stars: number | null = null;
  let useful: boolean | null = null;
  if (rating === 'yes' || rating === 'no') useful = rating === 'yes';
  else if (typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 5) stars = rating;
  else throw new Invalid('rating', 'rating must be a whole number from 1 to 5, or "yes" or "no".');
  const comment = optionalString(body, 'comment', COMMENT_LIMIT);
  return {
    submissionId: id,
    itemId: item,
    stars,
    useful,
    comment: comment?.trim() ? comment.trim() : null,
    pageUrl: optionalString(body, 'pageUrl', URL_LIMIT),
    submittedAt: time(body, 'submittedAt', false),
  };
}

/** The bookmark button's change body, or throws {@link Invalid} naming the first bad field. */
export function parseBookmarkChange(raw: unknown): BookmarkChange {
  const body = object(raw);
  const id = submissionId(body);
  const item = itemId(body);
  if (typeof body.bookmarked !== 'boolean') throw new Invalid('bookmarked', 'bookmarked must be true or false.');
  const title = optionalString(body, 'title', TITLE_LIMIT) ?? '';
  const url = optionalString(body, 'url', URL_LIMIT) ?? '';
  return { submissionId: id, itemId: item, bookmarked: body.bookmarked, title, url, changedAt: time(body, 'changedAt', true)! };
}
