// Size budgets for bundler users, checked by `npm run size` (part of `npm test`) on the built
// package (dist/): each element's entry, dist/lib/elements/<name>/define.js, minified (esbuild) and
// gzipped (level 9) with Lit and every other dependency included. The limits are in
// size-budgets.json (one place for every budget); the drop-in script's budgets, what a page
// downloads with the loader, are checked after these by scripts/size-pages.js. The two "floor"
// rows have no limit: they show what Lit, @lit/context, @lit/task and valibot weigh before any of
// our own code, which is why the per-element target is not met.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8')).library;
const kB = (n) => `${n} kB`;

const elements = existsSync('dist/lib/elements')
  ? readdirSync('dist/lib/elements').filter((name) => existsSync(`dist/lib/elements/${name}/define.js`)).sort()
  : [];

if (!elements.length) throw new Error('dist/lib/elements is empty: run `npm run build` before `npm run size`.');

// size-limit's esbuild step defaults to an IIFE; ESM is what browsers and bundlers get. The RSS/Atom
// reader, the JSON error locator and the contrast check are dynamic imports (src/feed/lazy.ts,
// src/theme/lazy.ts) that a bundler splits off and a page fetches only for an XML or broken feed
// or for colours the page set; esbuild without splitting would inline
// them, so they are left out here, as they are from what a page loads up front.
const modifyEsbuildConfig = (config) => ({
  ...config,
  format: 'esm',
  external: [...(config.external ?? []), './syndication.js', './json-position.js', './contrast-check.js'],
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
    name: `dist/embed-host.js (sizes embed.html frames on a host page; limit ${kB(budgets.embedHost)})`,
    path: 'dist/embed-host.js',
    limit: kB(budgets.embedHost),
    gzip: true,
  },
  ...elements.map((name) => ({
    name: `map-embed/${name} (with Lit; target ${kB(budgets.targets.element)})`,
    path: `dist/lib/elements/${name}/define.js`,
    // A new element starts at the target.
    limit: kB(budgets.limits[name] ?? budgets.targets.element),
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
