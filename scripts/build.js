#!/usr/bin/env node
// Builds the package into dist/:
//   dist/map-embed.js     the drop-in bundle: one minified ES module, Lit included, registering
//                         every element found in src/elements/*/define.ts
//   dist/feed/            the sample feed (maps.json + images) the bundle shows by default
//   dist/feed.schema.json the feed's JSON Schema
//   dist/lib/             unbundled ES modules + .d.ts for bundlers (the package's entry points)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyTemplateLiterals } from './minify-templates.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;

/** Every element's registering entry, so a new element is in the bundle without editing this. */
function elementEntries() {
  return readdirSync(`${root}src/elements`)
    .filter((name) => existsSync(`${root}src/elements/${name}/define.ts`))
    .sort();
}

const BUNDLE_ENTRY = 'virtual:map-embed-bundle';

/** The bundle's entry: the public API of src/index.ts plus every element's define.ts. */
function bundleEntry() {
  return {
    name: 'map-embed:bundle-entry',
    resolveId: (id) => (id === BUNDLE_ENTRY ? id : null),
    load(id) {
      if (id !== BUNDLE_ENTRY) return null;
      return [
        `export * from ${JSON.stringify(`${root}src/index.ts`)};`,
        ...elementEntries().map((name) => `import ${JSON.stringify(`${root}src/elements/${name}/define.ts`)};`),
      ].join('\n');
    },
  };
}

async function buildBundle() {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // The bundle sits beside dist/feed/, so its default feed is ./feed/maps.json from itself.
    define: { __MAP_EMBED_SAMPLE_FEED__: JSON.stringify('./feed/maps.json') },
    plugins: [bundleEntry(), minifyTemplateLiterals()],
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: BUNDLE_ENTRY,
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: 'map-embed.js', codeSplitting: false },
      },
    },
  });
}

function buildLibrary() {
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], {
    stdio: 'inherit',
  });
}

function copyFeed() {
  cpSync(`${root}feed`, `${dist}/feed`, { recursive: true });
  const schema = [`${root}feed.schema.json`, `${root}feed/feed.schema.json`].find((path) => existsSync(path));
  if (!schema) throw new Error('feed.schema.json is missing; run `npm run build:schema` first.');
  cpSync(schema, `${dist}/feed.schema.json`);
}

const started = Date.now();
rmSync(`${dist}/lib`, { recursive: true, force: true });
rmSync(`${dist}/feed`, { recursive: true, force: true });
await buildBundle();
buildLibrary();
copyFeed();
const bundle = readFileSync(`${dist}/map-embed.js`);
const size = bundle.length;
const gzipped = gzipSync(bundle, { level: 9 }).length;
console.log(
  `dist/map-embed.js ${(size / 1024).toFixed(1)} KB minified, ${(gzipped / 1024).toFixed(1)} KB gzip; ` +
    `elements: ${elementEntries().join(', ')}; built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
