/**
 * dist/map-embed.css is src/render/map-embed.css with the elements' own colour, space and border
 * tokens (src/theme/theme.ts) put in at its `@tokens` comment: the same `--map-*` → `--nhsuk-*`
 * → NHS value chains, written once, so the plain stylesheet cannot drift from the elements.
 */
import { tokens } from '../theme/theme.js';

const PLACEHOLDER = '/* @tokens */';

/** The private `--_*` properties the elements declare on `:host`, declared on `.map-embed` instead. */
export function stylesheetTokens(): string {
  const declarations = tokens.cssText.match(/^\s*--_[\w-]+:[^;]+;$/gm) ?? [];
  // The first line takes the indentation of the comment it replaces.
  return declarations.map((line) => line.trim()).join('\n  ');
}

/** The stylesheet from the rules in src/render/map-embed.css. */
export function stylesheet(rules: string): string {
  if (!rules.includes(PLACEHOLDER)) throw new Error(`map-embed.css has no ${PLACEHOLDER} comment for the tokens`);
  return rules.replace(PLACEHOLDER, () => stylesheetTokens());
}
