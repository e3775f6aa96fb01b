import { literal, type StaticValue } from 'lit/static-html.js';
import { parseHeadingLevel } from './attributes.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * `heading-level` as a heading tag (`absent`'s when it is not set), or `undefined` when it is not
 * a whole number from 1 to 6.
 */
export function headingTag(level: unknown, absent: number): StaticValue | undefined {
  const n = parseHeadingLevel(level, absent);
  return n === undefined ? undefined : TAGS[n - 1];
}
