// Size budgets, checked by `npm run size` (part of `npm test`) on the built package (dist/).
// Minified (esbuild) + gzip (level 9), Lit and every other dependency included; kB = 1000 bytes.
// Single-element entries are found in dist/lib/elements/*/define.js.
//
// Each check's name carries the target (16 kB everything, 9 kB one element); its limit is
// the size reached, rounded up a little, so any growth fails here and has to be argued for. The
// two "floor" rows have no limit: they show what Lit, @lit/context, @lit/task and valibot weigh
// before any of our own code, which is why the targets are not met (see the size-limit output).
import { existsSync, readdirSync } from 'node:fs';

const elements = existsSync('dist/lib/elements')
  ? readdirSync('dist/lib/elements').filter((name) => existsSync(`dist/lib/elements/${name}/define.js`)).sort()
  : [];

if (!elements.length) throw new Error('dist/lib/elements is empty: run `npm run build` before `npm run size`.');

const TARGET_ALL = '16 kB';
const TARGET_ELEMENT = '9 kB';

/**
 * Enforced limits: the figures measured on 25 Nov 2026 (after each element's strings moved beside
 * it; bookmark-list again after it began sending removals) plus about 0.3 kB, rounded up to the next 0.5 kB. A new element starts at the target.
 */
const LIMITS = {
  all: '38.5 kB', // 37.87 kB (+2.1 kB: one storage key per entry, the bounded queue; issue 11)
  elements: {
    'bookmark-button': '24 kB', // 23.54 kB (same +2.1 kB)
    'bookmark-list': '19 kB', // 18.62 kB (with the delivery queue, for removals; same +2.1 kB)
    'case-study-carousel': '21.5 kB', // 20.99 kB
    feed: '13.5 kB', // 12.98 kB
    'news-list': '20.5 kB', // 19.97 kB
    'rating-widget': '21 kB', // 20.35 kB (same +2.1 kB)
    'role-card': '18.5 kB', // 18.19 kB
  },
};

// size-limit's esbuild step defaults to an IIFE; ESM is what browsers and bundlers get.
const modifyEsbuildConfig = (config) => ({ ...config, format: 'esm' });

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
    name: `dist/map-embed.js (every element, Lit included; issue target ${TARGET_ALL})`,
    path: 'dist/map-embed.js',
    limit: LIMITS.all,
    gzip: true,
    modifyEsbuildConfig,
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
