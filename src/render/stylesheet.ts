/**
 * dist/map-embed.css is src/render/map-embed.css with the elements' own colour, space and border
 * tokens and their NHS.UK link and focus styles (src/theme/theme.ts) put in at its `@tokens` and
 * `@links` comments, and any other rule it shares with an element copied in at a
 * `@rule <selector> from <sheet> as <selector>` comment: the same `--map-*` → `--nhsuk-*` → NHS
 * value chains, the same focus style and the same declarations, written once, so the plain
 * stylesheet cannot drift from the elements.
 */
import type { CSSResult } from 'lit';
import { roleCardStyles } from '../elements/role-card/role-card.styles.js';
import { interactive, tokens, utilities } from '../theme/theme.js';

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

/** The element stylesheets a `@rule` comment may copy from, by the name it uses. */
const SHEETS: Record<string, CSSResult> = { utilities, 'role-card': roleCardStyles };

/** `/* @rule .image from role-card as .map-role-card__image *\/` */
const RULE = /\/\* @rule (.+?) from ([\w-]+) as (.+?) \*\//g;

/** The declarations of the rule for exactly `selector` in `sheet`, under `as`. */
export function stylesheetRule(selector: string, sheet: string, as: string): string {
  const source = SHEETS[sheet];
  if (!source) throw new Error(`map-embed.css: no stylesheet "${sheet}" to copy "${selector}" from`);
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = new RegExp(`^\\s*${escaped}\\s*\\{([^}]*)\\}`, 'm').exec(source.cssText)?.[1];
  if (body === undefined) throw new Error(`map-embed.css: "${sheet}" has no rule for "${selector}"`);
  const declarations = body.split(';').map((declaration) => declaration.trim()).filter(Boolean);
  return `${as} {\n${declarations.map((declaration) => `  ${declaration};\n`).join('')}}`;
}

/** The stylesheet from the rules in src/render/map-embed.css. */
export function stylesheet(rules: string): string {
  for (const placeholder of [TOKENS, LINKS]) {
    if (!rules.includes(placeholder)) throw new Error(`map-embed.css has no ${placeholder} comment`);
  }
  return rules
    .replace(TOKENS, () => stylesheetTokens())
    .replace(LINKS, () => stylesheetLinks())
    .replace(RULE, (_, selector: string, sheet: string, as: string) => stylesheetRule(selector, sheet, as));
}
