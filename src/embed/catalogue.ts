/**
 * The elements an editor can choose (in the embed builder, the embed page and the SharePoint web
 * part), from what scripts/embed-elements.js reads out of custom-elements.json. A pure module with
 * no build-time globals, so the SharePoint build can run it too (scripts/build-sharepoint.ts).
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

/** A profession attribute is typed as a string (a bad value shows an error) but takes one of four ids. */
function withProfessions(attribute: AttributeInfo): AttributeInfo {
  return attribute.name === 'profession' && attribute.kind === 'text'
    ? { ...attribute, kind: 'enum', values: [...PROFESSIONS] }
    : attribute;
}

/** The order an editor meets them in: what the hub page shows first, then what visitors do. */
const ORDER = ['map-role-card', 'map-news-list', 'map-case-study-carousel', 'map-bookmark-button', 'map-bookmark-list', 'map-rating-widget'];
const rank = (tag: string) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);

/** The elements as custom-elements.json describes them, ordered for an editor, professions as a choice. */
export function catalogue(elements: readonly ElementInfo[]): ElementInfo[] {
  return elements
    .map((element) => ({ ...element, attributes: element.attributes.map(withProfessions) }))
    .sort((a, b) => rank(a.tag) - rank(b.tag));
}

/** `map-role-card` → `role-card`, the embed page's and the web part's `element` value. */
export const shortName = (tag: string): string => tag.replace(/^map-/, '');
