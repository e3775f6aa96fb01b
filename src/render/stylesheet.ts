/**
 * dist/map-embed.css is src/render/map-embed.css with the elements' own colour, space and border
 * tokens and their NHS.UK link and focus styles (src/theme/theme.ts) put in at its `@tokens` and
 * `@links` comments: the same `--map-*` → `--nhsuk-*` → NHS value chains and the same focus
 * style, written once, so the plain stylesheet cannot drift from the elements.
 */
import { interactive, tokens } from '../theme/theme.js';

const TOKENS = '/* @tokens */';
const LINKS = '/* @links */';

/** The private `--_*` properties the elements declare on `:host`, declared on `.map-embed` instead. */
export function stylesheetTokens(): string {
  const declarations = tokens.cssText.match(/^\s*--_[\w-]+:[^;]+;$/gm) ?? [];
  // The first line takes the indentation of the comment it replaces.
  return declarations.map((line) => line.trim()).join('\n  ');
}

/** The elements' link rules (`a`, `a:hover`, `a:focus-visible`…), for links inside `.map-embed`. */
export function stylesheetLinks(): string {
  const rules = interactive.cssText.match(/^\s*a(?::[\w-]+)?\s*\{[^}]*\}/gm) ?? [];
  return rules
    .map((rule) =>
      rule
        .trim()
        .replace(/^a/, '.map-embed a')
        .replace(/\n\s*/g, '\n  ')
        .replace(/\n {2}\}$/, '\n}'),
    )
    .join('\n');
}

/** The stylesheet from the rules in src/render/map-embed.css. */
export function stylesheet(rules: string): string {
  for (const placeholder of [TOKENS, LINKS]) {
    if (!rules.includes(placeholder)) throw new Error(`map-embed.css has no ${placeholder} comment`);
  }
  return rules.replace(TOKENS, () => stylesheetTokens()).replace(LINKS, () => stylesheetLinks());
}
