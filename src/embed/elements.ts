/**
 * The elements the embed page and the builder offer, and each one's attributes, as
 * custom-elements.json describes them (scripts/build-embed.js bakes them in at build time).
 */
import { catalogue, shortName, type ElementInfo } from './catalogue.js';

export { shortName, type AttributeInfo, type ElementInfo } from './catalogue.js';

declare const __MAP_EMBED_ELEMENTS__: ElementInfo[];

export const ELEMENTS: readonly ElementInfo[] = catalogue(__MAP_EMBED_ELEMENTS__);

export function elementNamed(name: string | null): ElementInfo | undefined {
  return ELEMENTS.find((element) => shortName(element.tag) === name);
}

/** Attribute values an editor chose, in the element's attribute order; booleans as `''`. */
export type AttributeValues = ReadonlyMap<string, string>;

/** The embed page's URL for one element: `element`, `lang` when Welsh, then its attributes. */
export function embedUrl(base: URL, element: ElementInfo, values: AttributeValues, language: string): string {
  const url = new URL('embed.html', base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('element', shortName(element.tag));
  if (language === 'cy') url.searchParams.set('lang', 'cy');
  for (const [name, value] of values) url.searchParams.set(name, value);
  return url.href;
}
