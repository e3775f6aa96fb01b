/**
 * The elements the embed page and the builder offer, and each one's attributes, as
 * custom-elements.json describes them (scripts/build-embed.js bakes them in at build time).
 */
import { PROFESSIONS } from '../feed/professions.js';

export interface AttributeInfo {
  name: string;
  description: string;
  kind: 'text' | 'number' | 'boolean' | 'enum';
  /** The allowed values of an `enum`. */
  values?: string[];
}

export interface ElementInfo {
  /** `map-role-card` */
  tag: string;
  summary: string;
  attributes: AttributeInfo[];
}

declare const __MAP_EMBED_ELEMENTS__: ElementInfo[];

/** A profession attribute is typed as a string (a bad value shows an error) but takes one of four ids. */
function withProfessions(attribute: AttributeInfo): AttributeInfo {
  return attribute.name === 'profession' && attribute.kind === 'text'
    ? { ...attribute, kind: 'enum', values: [...PROFESSIONS] }
    : attribute;
}

/** The order an editor meets them in: what the hub page shows first, then what visitors do. */
const ORDER = ['map-role-card', 'map-news-list', 'map-case-study-carousel', 'map-bookmark-button', 'map-bookmark-list', 'map-rating-widget'];
const rank = (tag: string) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);

export const ELEMENTS: readonly ElementInfo[] = __MAP_EMBED_ELEMENTS__.map((element) => ({
  ...element,
  attributes: element.attributes.map(withProfessions),
})).sort((a, b) => rank(a.tag) - rank(b.tag));

/** `map-role-card` → `role-card`, the embed page's `element` parameter. */
export const shortName = (tag: string): string => tag.replace(/^map-/, '');

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
