/**
 * How tags compare, for every element that filters by them: trimmed and case-insensitive,
 * because CMS authors are not consistent about either.
 */

/** Each tag trimmed and lower-cased, empties and repeats dropped: `[' A', 'a', '']` → `['a']`. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const clean = tag.trim().toLowerCase();
    if (clean && !out.includes(clean)) out.push(clean);
  }
  return out;
}

/** A `tag` attribute: `"Regulation, workforce ,"` → `['regulation', 'workforce']`. */
export function parseTags(text: string | null | undefined): string[] {
  if (!text) return [];
  return normaliseTags(text.split(','));
}

/** Whether `item` carries any of `wanted` (already normalised), its own tags compared the same way. */
export function carriesAny(item: { readonly tags: readonly string[] }, wanted: readonly string[]): boolean {
  for (const tag of item.tags) if (wanted.includes(tag.trim().toLowerCase())) return true;
  return false;
}
