/**
 * The submission contract (`map-embed/contract`): the JSON bodies `<map-rating-widget>` and
 * `<map-bookmark-button>` post, as valibot schemas. The widgets take their types from here and the
 * collector (`map-embed-collector`) validates request bodies with the same schemas, so the two
 * cannot drift apart. Unknown fields are ignored, so a newer widget that sends more still works
 * with an older collector.
 *
 * Each schema's issues name the field (`issue.path[0].key`) and say what it must be; parsing with
 * `{ abortEarly: true }` gives the first bad field in body order. Every text field goes through
 * {@link text} and every time through {@link timestamp}: a rule for all text or all times (such as
 * refusing a character) is one more action there.
 */
import * as v from 'valibot';
import { parseRfc3339 } from './feed/validate.js';
import { COMMENT_LIMIT } from './storage/limits.js';

export { COMMENT_LIMIT };
/** Longest `itemId`, in characters. */
export const ITEM_ID_LIMIT = 2048;
/** Longest `pageUrl` and bookmark `url`, in characters. */
export const URL_LIMIT = 2048;
/** Longest bookmark `title`, in characters. */
export const TITLE_LIMIT = 1000;

const utf8 = new TextEncoder();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An ISO 8601 date-time with a time zone, as `Date.prototype.toISOString()` writes it. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** How far ahead of the collector's clock a time may be (clocks differ); later ones are refused. */
export const FUTURE_LIMIT_MS = 24 * 60 * 60 * 1000;

/** U+0000, which PostgreSQL cannot store in text: refused as bad input (400), never a 5xx. */
export const hasNul = (value: string) => value.includes('\u0000');
const noNul = (field: string) => v.check((value: string) => !hasNul(value), `${field} must not contain the NUL character (U+0000).`);

/** A string of at most `limit` characters; `field` names it in the messages. */
export function text(field: string, limit: number) {
  return v.pipe(v.string(`${field} must be a string.`), v.maxLength(limit, `${field} must be at most ${limit} characters.`), noNul(field));
}

/**
 * A date and time (ISO 8601 with a time zone) that exists: the feed's RFC 3339 reader refuses
 * 30 February, which `Date.parse` would quietly read as 2 March. Read as its UTC `toISOString()`.
 */
export function timestamp(field: string) {
  const message = `${field} must be an ISO 8601 date and time, such as 2025-03-03T10:15:00.000Z.`;
  return v.pipe(
    v.string(message),
    v.regex(ISO_TIME, message),
    v.check((value) => parseRfc3339(value) !== undefined, message),
    // A time far ahead would win every "latest" comparison (a bookmark's title and URL) for ever.
    v.check((value) => parseRfc3339(value)! <= Date.now() + FUTURE_LIMIT_MS, `${field} must not be more than a day in the future.`),
    v.transform((value) => new Date(parseRfc3339(value)!).toISOString()),
  );
}

/** A v4-style UUID the sender makes once per submission and reuses on every re-send; read in lower case. */
export const submissionId = v.pipe(v.string('submissionId must be a UUID.'), v.regex(UUID, 'submissionId must be a UUID.'), v.toLowerCase());

/** What was rated or bookmarked: a feed item id or a page's canonical URL. */
export const itemId = v.pipe(
  v.string('itemId must be a non-empty string.'),
  v.check((value) => value.trim() !== '', 'itemId must be a non-empty string.'),
  v.maxLength(ITEM_ID_LIMIT, `itemId must be at most ${ITEM_ID_LIMIT} characters.`),
  // The collector indexes item ids, and an index entry must stay under PostgreSQL's 2,704 bytes.
  v.check(
    (value) => utf8.encode(value).length <= ITEM_ID_LIMIT,
    `itemId must be at most ${ITEM_ID_LIMIT} bytes in UTF-8 (${ITEM_ID_LIMIT} characters of plain Latin letters, fewer of others).`,
  ),
  noNul('itemId'),
);

/** A star rating (1–5) or, in `useful` mode, the answer to "Is this page useful?". */
export const ratingValue = v.picklist([1, 2, 3, 4, 5, 'yes', 'no'], 'rating must be a whole number from 1 to 5, or "yes" or "no".');

const NOT_AN_OBJECT = 'The body must be a JSON object.';
/** A JSON object and not an array: valibot's `object()` takes arrays for objects. */
const jsonObject = v.custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), NOT_AN_OBJECT);

/** `<map-rating-widget>`'s body, as the widget sends it. */
export const ratingSubmission = v.object(
  {
    submissionId,
    itemId,
    rating: ratingValue,
    /** The free-text comment, when the widget has one and it was filled in; read trimmed. */
    comment: v.optional(v.pipe(text('comment', COMMENT_LIMIT), v.trim())),
    /** The address of the page the rating was given on, without its fragment. */
    pageUrl: text('pageUrl', URL_LIMIT),
    /** When the person submitted. */
    submittedAt: timestamp('submittedAt'),
  },
  NOT_AN_OBJECT,
);

/**
 * A rating body as a collector accepts it: the widget's, and also from senders that leave out
 * `pageUrl` or `submittedAt` or send `null` for `comment` or `pageUrl`.
 */
export const ratingBody = v.pipe(
  jsonObject,
  v.object({
    ...ratingSubmission.entries,
    comment: v.nullish(ratingSubmission.entries.comment.wrapped),
    pageUrl: v.nullish(ratingSubmission.entries.pageUrl),
    submittedAt: v.optional(ratingSubmission.entries.submittedAt),
  }),
);

/** `<map-bookmark-button>`'s body for one change (saved or removed), as the button sends it. */
export const bookmarkChangeSubmission = v.object(
  {
    submissionId,
    itemId,
    bookmarked: v.boolean('bookmarked must be true or false.'),
    /** What the bookmark list shows for it. */
    title: text('title', TITLE_LIMIT),
    /** Where the bookmark links to. */
    url: text('url', URL_LIMIT),
    /** When it was saved or removed. */
    changedAt: timestamp('changedAt'),
  },
  NOT_AN_OBJECT,
);

/** A bookmark change as a collector accepts it: `title` and `url` may be left out or `null`. */
export const bookmarkChangeBody = v.pipe(
  jsonObject,
  v.object({
    ...bookmarkChangeSubmission.entries,
    title: v.nullish(bookmarkChangeSubmission.entries.title),
    url: v.nullish(bookmarkChangeSubmission.entries.url),
  }),
);

export type RatingValue = v.InferInput<typeof ratingValue>;
/** One submission from `<map-rating-widget>`: the `map-rating-submit` event's `detail` and the body it POSTs. */
export type RatingSubmission = v.InferInput<typeof ratingSubmission>;
/** The body `<map-bookmark-button>` (and `<map-bookmark-list>`, for a removal) POSTs for each change. */
export type BookmarkChangeSubmission = v.InferInput<typeof bookmarkChangeSubmission>;
/** A rating body once read by {@link ratingBody}: id in lower case, comment trimmed, time as UTC. */
export type RatingBody = v.InferOutput<typeof ratingBody>;
/** A bookmark change once read by {@link bookmarkChangeBody}. */
export type BookmarkChangeBody = v.InferOutput<typeof bookmarkChangeBody>;
