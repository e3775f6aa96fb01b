/**
 * The feed contract: JSON Feed 1.1 (https://jsonfeed.org/version/1.1) whose items may carry a
 * `_map` extension object. These valibot schemas are the single source of the TypeScript input
 * types, the runtime validation and the published `feed.schema.json`.
 *
 * They describe and check the document only; turning a checked item into what elements render
 * (resolving URLs, parsing dates, sorting) happens in `validate.ts`.
 */
import * as v from 'valibot';
import { PROFESSIONS } from './professions.js';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const urlText = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

/** Fields every JSON Feed item may have; readers ignore the rest, as JSON Feed requires. */
const baseItemEntries = {
  id: v.union([text, v.number()], 'must be a non-empty string'),
  url: v.optional(urlText),
  external_url: v.optional(v.string()),
  title: v.optional(v.string()),
  summary: v.optional(v.string()),
  content_text: v.optional(v.string()),
  content_html: v.optional(v.string()),
  image: v.optional(urlText),
  banner_image: v.optional(v.string()),
  date_published: v.optional(v.string()),
  date_modified: v.optional(v.string()),
  tags: v.optional(v.array(v.string('each tag must be a string'))),
};

/** Review dates NHS.UK's syndication asks partners to show (its `lastReviewed` / `nextReview`). */
const reviewEntries = {
  last_reviewed: v.optional(
    v.pipe(v.string(), v.description('When the content was last checked: an RFC 3339 date (`2025-01-10`) or date-time.')),
  ),
  next_review: v.optional(
    v.pipe(
      v.string(),
      v.description('When the content is next due to be checked: an RFC 3339 date or date-time. Past it, elements say the information is due for review.'),
    ),
  ),
};

const imageAlt = v.optional(
  v.pipe(
    v.string(),
    v.description('Text alternative for `image`. An empty string marks the image as decorative.'),
  ),
);

export const RoleExtensionSchema = v.looseObject({
  type: v.literal('role'),
  profession: v.picklist(PROFESSIONS, `must be one of ${PROFESSIONS.join(', ')}`),
  image_alt: imageAlt,
  duties: v.optional(
    v.pipe(
      v.array(text),
      v.description('What people in the role do, one task per entry.'),
    ),
  ),
  supervision: v.optional(v.pipe(text, v.description('Who supervises the role.'))),
  regulation: v.optional(v.pipe(text, v.description('How, and by whom, the role is regulated.'))),
  training: v.optional(v.pipe(text, v.description('The route into the role and its training.'))),
  ...reviewEntries,
});

export const CaseStudyExtensionSchema = v.looseObject({
  type: v.literal('case-study'),
  organisation: v.pipe(text, v.description('The NHS organisation the case study is from.')),
  quote: v.optional(text),
  person: v.optional(v.pipe(text, v.description('Who is quoted, with their job title.'))),
  image_alt: imageAlt,
  ...reviewEntries,
});

export const NewsExtensionSchema = v.looseObject({
  type: v.literal('news'),
  ...reviewEntries,
});

export const RoleItemSchema = v.looseObject({
  ...baseItemEntries,
  title: text,
  _map: RoleExtensionSchema,
});

export const CaseStudyItemSchema = v.looseObject({
  ...baseItemEntries,
  title: text,
  _map: CaseStudyExtensionSchema,
});

/** A news item has to have some text to show; exported so `feed.schema.json` can say the same. */
export function hasTextToShow(item: { title?: string; summary?: string; content_text?: string }): boolean {
  return Boolean(item.title?.trim() || item.summary?.trim() || item.content_text?.trim());
}

const NewsItemEntriesSchema = v.looseObject({
  ...baseItemEntries,
  _map: v.optional(NewsExtensionSchema),
});

/** A news item: any plain JSON Feed item (no `_map`) or one marked `"type": "news"`. */
export const NewsItemSchema = v.pipe(
  NewsItemEntriesSchema,
  v.check<v.InferOutput<typeof NewsItemEntriesSchema>, string>(
    hasTextToShow,
    'needs a title, summary or content_text to show',
  ),
);

export const FeedItemSchema = v.union([RoleItemSchema, CaseStudyItemSchema, NewsItemSchema]);

/** The document as a whole; `items` are checked one by one so one bad item never sinks the rest. */
export const FeedDocumentSchema = v.looseObject({
  version: v.pipe(
    v.string(),
    v.startsWith('https://jsonfeed.org/version/1', 'must be a JSON Feed version URL'),
  ),
  title: v.string(),
  home_page_url: v.optional(v.string()),
  feed_url: v.optional(v.string()),
  language: v.optional(
    v.pipe(v.string(), v.description('Language of the content (BCP 47, e.g. `en-GB`, `cy`); elements mark the content with it.')),
  ),
  authors: v.optional(
    v.pipe(
      v.array(v.looseObject({ name: v.optional(v.string()), url: v.optional(v.string()) })),
      v.description('Who publishes the feed; elements with the `source` attribute show the first name ("From NHS Employers").'),
    ),
  ),
  items: v.array(v.unknown()),
});

/** The whole contract with items spelled out, used only to publish `feed.schema.json`. */
export const FeedSchema = v.looseObject({
  ...FeedDocumentSchema.entries,
  items: v.array(FeedItemSchema),
});

export type RoleItemInput = v.InferInput<typeof RoleItemSchema>;
export type CaseStudyItemInput = v.InferInput<typeof CaseStudyItemSchema>;
export type NewsItemInput = v.InferInput<typeof NewsItemSchema>;
export type FeedInput = v.InferInput<typeof FeedSchema>;
