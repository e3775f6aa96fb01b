/**
 * How tags compare, for every element that filters by them: case ignored, and spaces, hyphens
 * and underscores alike, because CMS authors are not consistent about either. A feed tag
 * `"Physician Associate"`, `"physician_associate"` or `" physician-associate "` matches
 * `profession="physician-associate"`.
 */

import type { ProfessionId } from './professions.js';

/**
 * Feed tags repeat (every item of a profession carries its tag), and a filter compares each
 * item's tags on every change, so each distinct tag is normalised once. Bounded, for feeds that
 * use every tag once.
 */
const normalised = new Map<string, string>();
const REMEMBERED_TAGS = 1_000;

/** One tag in the form it is compared in: `" Physician  Associate"` → `"physician-associate"`. */
export function normaliseTag(tag: string): string {
  let clean = normalised.get(tag);
  if (clean === undefined) {
    clean = tag
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .replace(/^-|-$/g, '');
    if (normalised.size >= REMEMBERED_TAGS) normalised.clear();
    normalised.set(tag, clean);
  }
  return clean;
}

/** Each tag normalised, empties and repeats dropped: `[' A', 'a', '']` → `['a']`. */
function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const clean = normaliseTag(tag);
    if (clean && !out.includes(clean)) out.push(clean);
  }
  return out;
}

/** A `tag` attribute: `"Regulation, workforce ,"` → `['regulation', 'workforce']`. */
export function parseTags(text: string | null | undefined): string[] {
  if (!text) return [];
  return normaliseTags(text.split(','));
}

/**
 * A `tag` attribute and an already checked `profession` (src/core/attributes.ts) as the tags an
 * element filters by: an item matches when it carries any of the tags or the profession's own
 * tag. None means no filter.
 */
export function parseTagFilter(tag: string | null | undefined, profession: ProfessionId | ''): string[] {
  const tags = parseTags(tag);
  if (profession && !tags.includes(profession)) tags.push(profession);
  return tags;
}

/** Each item's tags in compared form, worked out once per item rather than on every filter. */
const comparedTagsOf = new WeakMap<object, readonly string[]>();

/**
 * `item`'s tags as they are compared (`normaliseTag`), remembered for the item: a list filters
 * the same items again on every change of `tag` or `profession`, so an element that filters asks
 * for them when it first shows a feed, and a filter change (a reader's click) only looks them up.
 */
export function comparedTags(item: { readonly tags: readonly string[] }): readonly string[] {
  let tags = comparedTagsOf.get(item);
  if (!tags) {
    tags = item.tags.map(normaliseTag);
    comparedTagsOf.set(item, tags);
  }
  return tags;
}

/** Whether `item` carries any of `wanted` (already normalised), its own tags compared the same way. */
export function carriesAny(item: { readonly tags: readonly string[] }, wanted: readonly string[]): boolean {
  for (const tag of comparedTags(item)) if (wanted.includes(tag)) return true;
  return false;
}
