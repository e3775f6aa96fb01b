// Size budgets, checked by `npm run size` (part of `npm test`) on the built package (dist/).
// Minified + gzip, Lit and every other dependency included. Single-element entries are found in
// dist/lib/elements/*/define.js, so a new element is budgeted without editing this file.
import { existsSync, readdirSync } from 'node:fs';

const elements = existsSync('dist/lib/elements')
  ? readdirSync('dist/lib/elements').filter((name) => existsSync(`dist/lib/elements/${name}/define.js`)).sort()
  : [];

if (!elements.length) throw new Error('dist/lib/elements is empty: run `npm run build` before `npm run size`.');

// size-limit's esbuild step defaults to an IIFE; ESM is what browsers and bundlers get.
const modifyEsbuildConfig = (config) => ({ ...config, format: 'esm' });

export default [
  {
    name: 'dist/map-embed.js (every element, Lit included)',
    path: 'dist/map-embed.js',
    limit: '16 KB',
    gzip: true,
    modifyEsbuildConfig,
  },
  ...elements.map((name) => ({
    name: `map-embed/${name} (with Lit)`,
    path: `dist/lib/elements/${name}/define.js`,
    limit: '9 KB',
    gzip: true,
    modifyEsbuildConfig,
  })),
];
