#!/usr/bin/env node
// Builds the package into dist/:
//   dist/map-embed.js     the drop-in script: a small loader that imports each element's chunk
//                         (dist/map-embed.<element>-<hash>.js, with the shared chunks it needs)
//                         the first time that element's tag appears on the page
//   dist/map-embed.all.js the single-file build: one minified ES module, Lit included, exporting
//                         the public API and registering every element found in
//                         src/elements/*/define.ts
//   dist/feed/            the sample feed (maps.json + images) the bundle shows by default
//   dist/feed.schema.json the feed's JSON Schema
//   dist/lib/             unbundled ES modules + .d.ts for bundlers (the package's entry points),
//                         with their html``/css`` templates minified as in the bundle
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { buildEmbed } from './build-embed.js';
import { elementNames, gzipSize, root } from './elements.js';
import { minifyTemplates } from './minify-templates.js';

const dist = `${root}dist`;

/** The loader with its chunks, and the single-file build: vite.config.ts's two modes. */
async function buildBundles() {
  for (const file of existsSync(dist) ? readdirSync(dist) : []) {
    if (/^map-embed\..+\.js$/.test(file)) rmSync(`${dist}/${file}`);
  }
  // The single file first: the loader is told its size, to pick it for pages with most elements.
  await build({ configFile: `${root}vite.config.ts`, mode: 'bundle' });
  await build({ configFile: `${root}vite.config.ts`, mode: 'loader' });
}

function buildLibrary() {
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], {
    stdio: 'inherit',
  });
}

/** The same template minifying the bundle gets, on tsc's output, for bundler users. */
function minifyLibraryTemplates() {
  for (const file of readdirSync(`${dist}/lib`, { recursive: true })) {
    if (!file.endsWith('.js')) continue;
    const path = `${dist}/lib/${file}`;
    const code = readFileSync(path, 'utf8');
    const minified = minifyTemplates(code, path);
    if (minified !== code) writeFileSync(path, minified);
  }
}

function copyFeed() {
  cpSync(`${root}feed`, `${dist}/feed`, { recursive: true });
  const schema = [`${root}feed.schema.json`, `${root}feed/feed.schema.json`].find((path) => existsSync(path));
  if (!schema) throw new Error('feed.schema.json is missing; run `npm run build:schema` first.');
  cpSync(schema, `${dist}/feed.schema.json`);
}

/** The look of `map-embed render --format html`, with the elements' tokens (built by build:cli). */
async function buildStylesheet() {
  const { stylesheet } = await import('../dist/node/render/stylesheet.js');
  writeFileSync(`${dist}/map-embed.css`, stylesheet(readFileSync(`${root}src/render/map-embed.css`, 'utf8')));
}

const started = Date.now();
rmSync(`${dist}/lib`, { recursive: true, force: true });
rmSync(`${dist}/feed`, { recursive: true, force: true });
await buildBundles();
buildLibrary();
minifyLibraryTemplates();
copyFeed();
await buildStylesheet();
await buildEmbed();
const gzipped = (file) => `${(gzipSize(readFileSync(`${dist}/${file}`)) / 1000).toFixed(2)} kB`;
console.log(
  `dist/map-embed.js (the loader) ${gzipped('map-embed.js')}, dist/map-embed.all.js ${gzipped('map-embed.all.js')} gzip; ` +
    `elements: ${elementNames().join(', ')}; built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
