// Size budgets, checked by `npm run size` (part of `npm test`) on the built package (dist/). The
// drop-in script's budgets (the loader, and what a page downloads with it) are checked after these,
// by scripts/size-pages.js.
// Minified (esbuild) + gzip (level 9), Lit and every other dependency included; kB = 1000 bytes.
// Single-element entries are found in dist/lib/elements/*/define.js.
//
// Each check's name carries the target (9 kB one element; the single file, target 16 kB,
// is measured as built by scripts/size-pages.js); its limit is
// the size reached, rounded up a little, so any growth fails here and has to be argued for. The
// two "floor" rows have no limit: they show what Lit, @lit/context, @lit/task and valibot weigh
// before any of our own code, which is why the targets are not met (see the size-limit output).
import { existsSync, readdirSync } from 'node:fs';

const elements = existsSync('dist/lib/elements')
  ? readdirSync('dist/lib/elements').filter((name) => existsSync(`dist/lib/elements/${name}/define.js`)).sort()
  : [];

if (!elements.length) throw new Error('dist/lib/elements is empty: run `npm run build` before `npm run size`.');

const TARGET_ELEMENT = '9 kB';

/**
 * Enforced limits: the figures measured on 25 Nov 2026 (after each element's strings moved beside
 * it; bookmark-list again after it began sending removals) plus about 0.3 kB, rounded up to the next 0.5 kB. A new element starts at the issue's target.
 * Raised on 30 Nov 2026 (issue 12) for: the line and column of a JSON syntax error in every
 * element's feed warning (src/feed/json-position.ts, ~0.45 kB), every bad attribute explained
 * through one module (src/core/attributes.ts), the carousel's heading-level (lit/static-html,
 * ~0.4 kB in its own entry) and interval limits, and items' names in button labels.
 */
const LIMITS = {
  // Measured on 30 Nov 2026 once this round's work was merged. What it added, gzipped: issue 13
  // about 3.8 kB to everything that loads a feed (RSS/Atom reading in src/feed/syndication.ts is
  // 2.6 kB of it; the saved copy, several sources, strict dates) and about 1.4 kB to the elements
  // that show review dates, notes and `lang`; issue 11 about 2.1 kB to what stores or sends (one
  // storage key per entry, the bounded queue); issue 12 about 0.5 kB (attribute checks, JSON
  // positions); issue 10 the wrapper and print styles; show-summary 0.7 kB. A page no longer
  // downloads these bundles whole: see scripts/size-pages.js for what the loader sends.
  // Lowered the same day (issue 16) for what loads a feed: the RSS/Atom reader and the JSON error
  // locator are now fetched only for a feed that needs them (src/feed/lazy.ts), about 2.9 kB less.
  // dist/map-embed.all.js is measured as built, once, by scripts/size-pages.js (bundling it again
  // here measured esbuild's minifier rather than ours: 46.30 kB for a 45.33 kB file).
  elements: {
    'bookmark-button': '28 kB', // 27.39 kB
    'bookmark-list': '20.5 kB', // 20.07 kB
    'case-study-carousel': '27 kB', // 26.58 kB
    // Raised on 6 Dec 2026 (issue 26): 15.18 → 15.59 kB for a feed's bytes decoded by their declared
    // encoding (document.ts), and fetched feeds checked in slices (slices.ts) so a 20,000-item feed
    // never holds the page in one long task. The elements' entries grew by 0.35–0.43 kB within their limits.
    feed: '16 kB', // 15.59 kB
    'news-list': '24.5 kB', // 23.99 kB
    // The rating widget split into controllers and templates (issue 14): +0.38 kB here; a
    // bundler's own minifier does what scripts/build.js's Terser pass does for the drop-in files.
    'rating-widget': '23.5 kB', // 23.04 kB
    'role-card': '23.5 kB', // 22.87 kB
  },
};

// size-limit's esbuild step defaults to an IIFE; ESM is what browsers and bundlers get. The RSS/Atom
// reader and the JSON error locator are dynamic imports (src/feed/lazy.ts) that a bundler splits
// off and a page fetches only for an XML or broken feed; esbuild without splitting would inline
// them, so they are left out here, as they are from what a page loads up front.
const modifyEsbuildConfig = (config) => ({
  ...config,
  format: 'esm',
  external: [...(config.external ?? []), './syndication.js', './json-position.js'],
});

/** What every element entry imports from Lit, @lit/context and @lit/task (files: size-limit resolves paths). */
const LIT_STACK = {
  'node_modules/lit/index.js': '{ LitElement, html, css, nothing }',
  'node_modules/lit/decorators.js': '{ property, state }',
  'node_modules/@lit/context/index.js': '{ ContextConsumer, createContext }',
  'node_modules/@lit/task/index.js': '{ Task }',
};

/** The valibot functions src/feed/schema.ts and validate.ts use. */
const VALIBOT =
  '{ array, check, description, literal, looseObject, minLength, number, optional, picklist, pipe, safeParse, startsWith, string, trim, union, unknown }';

export default [
  {
    name: 'dist/embed-host.js (sizes embed.html frames on a host page; issue limit 1 kB)',
    path: 'dist/embed-host.js',
    limit: '1 kB',
    gzip: true,
  },
  ...elements.map((name) => ({
    name: `map-embed/${name} (with Lit; issue target ${TARGET_ELEMENT})`,
    path: `dist/lib/elements/${name}/define.js`,
    limit: LIMITS.elements[name] ?? TARGET_ELEMENT,
    gzip: true,
    modifyEsbuildConfig,
  })),
  {
    name: 'floor: the Lit, @lit/context and @lit/task every element imports (no limit)',
    import: LIT_STACK,
    gzip: true,
    modifyEsbuildConfig,
  },
  {
    name: 'floor: the same plus valibot, which every element needs to validate the feed (no limit)',
    import: { ...LIT_STACK, 'node_modules/valibot/dist/index.mjs': VALIBOT },
    gzip: true,
    modifyEsbuildConfig,
  },
];
