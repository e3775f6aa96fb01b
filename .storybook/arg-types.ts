/**
 * The rows of an element's docs table ("Controls"), from custom-elements.json, in the order an
 * editor reads them: the attributes they type into a page first, then events, slots, parts and
 * CSS custom properties, and last the JavaScript-only properties (`value`, `bookmarked`…).
 * Storybook's own reader puts every class field first, so each attribute appeared twice (as
 * `headingLevel` and as `heading-level`) above everything an editor needs.
 */
import type { ArgTypes } from '@storybook/web-components-vite';

interface Item {
  name?: string;
  kind?: string;
  description?: string;
  type?: { text?: string };
  /** The type with aliases resolved (`'compact' | 'full'`), from @wc-toolkit/type-parser. */
  parsedType?: { text?: string };
  default?: string;
  attribute?: string;
  static?: boolean;
}

interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

export interface Manifest {
  modules: { declarations?: readonly object[] }[];
}

type Row = ArgTypes[string];

/**
 * The control an attribute's values call for. Storybook picks a control from the type's *name*,
 * and a TypeScript text such as `string | undefined` is no name it knows, so it offered a JSON
 * editor ("Set object") for a tag or a feed URL. An attribute is text on the page: `undefined`
 * only means "not set", a union of string literals is a choice, and a number that may also be
 * written as a string (`heading-level`) is a number.
 */
export function attributeControl(typeText: string | undefined): Pick<Row, 'type' | 'control' | 'options'> {
  const members = (typeText ?? '')
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined' && member !== 'null');
  const literals = members.map((member) => /^(['"])(.*)\1$/.exec(member)?.[2]);
  if (members.length > 0 && literals.every((literal) => literal !== undefined)) {
    const options = literals as string[];
    return { type: { name: 'enum', value: options }, control: options.length <= 5 ? 'radio' : 'select', options };
  }
  if (members.length > 0 && members.every((member) => member === 'boolean')) return { type: { name: 'boolean' }, control: 'boolean' };
  if (members.includes('number') && members.every((member) => member === 'number' || member === 'string')) {
    return { type: { name: 'number' }, control: 'number' };
  }
  if (members.length > 0 && members.every((member) => member === 'string')) return { type: { name: 'string' }, control: 'text' };
  // A type an editor cannot type into an attribute: documented, with no control.
  return { type: { name: 'other', value: typeText ?? '' }, control: false };
}

/** One documentation row, as Storybook's own reader makes it. */
function row(item: Item & { name: string }, category: string): Row {
  return {
    name: item.name,
    description: item.description,
    table: {
      category,
      type: { summary: item.type?.text ?? '' },
      defaultValue: { summary: item.default },
    },
  };
}

/** `map-rating-submit` → `onMapRatingSubmit`, the arg a story's `action` is bound to. */
function handlerName(event: string): string {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_match, chr?: string) => (chr ? chr.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

export function editorArgTypes(manifest: Manifest, tagName: string): ArgTypes | undefined {
  const declaration = manifest.modules
    .flatMap((mod) => (mod.declarations ?? []) as Declaration[])
    .find((candidate) => candidate.tagName === tagName);
  if (!declaration) return undefined;
  const named = (items: Item[] | undefined) => (items ?? []).filter((item): item is Item & { name: string } => Boolean(item.name));
  const rows: ArgTypes = {};
  for (const item of named(declaration.attributes)) {
    rows[item.name] = { ...row(item, 'attributes'), ...attributeControl(item.parsedType?.text ?? item.type?.text) };
  }
  // Only attributes are args (a story sets them); the other rows are documentation, keyed by
  // category so that a part named like an attribute (`comment`) does not replace it.
  const documentation = (key: string, item: Item & { name: string }, category: string) => {
    rows[`${key}:${item.name}`] = { ...row(item, category), control: false };
  };
  for (const item of named(declaration.events)) {
    rows[handlerName(item.name)] = { name: handlerName(item.name), action: item.name, table: { disable: true } };
    documentation('event', item, 'events');
  }
  for (const item of named(declaration.slots)) documentation('slot', item, 'slots');
  for (const item of named(declaration.cssParts)) documentation('part', item, 'css shadow parts');
  for (const item of named(declaration.cssProperties)) documentation('cssprop', item, 'css custom properties');
  // Properties last, and only those with no attribute: the rest are already listed above.
  for (const item of named(declaration.members)) {
    if (item.kind !== 'field' || item.attribute || item.static || item.name in rows) continue;
    rows[`property:${item.name}`] = { ...row(item, 'properties'), control: false };
  }
  return rows;
}
