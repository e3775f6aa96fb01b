import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** `heading-level` as a heading tag, or `undefined` when it is not a whole number from 1 to 6. */
export function headingTag(level: unknown): StaticValue | undefined {
  const n = typeof level === 'number' ? level : Number(level);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? TAGS[n - 1] : undefined;
}
