// The drop-in builds in dist/, made by `npm run build` (scripts/build.js), which runs Vite in three
// modes, and `npm start`'s page server runs it in a fourth; any other use of Vite here (Storybook)
// gets an empty config, so it is not built as a library.
//   mode 'loader': dist/map-embed.js, the small autoloader (src/loader/loader.ts), and beside it
//                  one chunk per element plus the shared chunks they import (map-embed.*-<hash>.js)
//   mode 'bundle': dist/map-embed.all.js, one self-contained ES module (Lit included) that
//                  exports the public API (src/index.ts) and registers every element at once
//   mode 'demo':   `npm start`'s page server (scripts/start.js): examples/ from src/, no build
//   mode 'embed':  the output settings scripts/build-embed.js builds dist/embed.html's and
//                  dist/builder.html's scripts with
import { existsSync, readFileSync } from 'node:fs';
import { minify as terser } from 'terser';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { elementNames, gzipSize, LOADER_MANIFEST, root } from './scripts/elements.js';
import { minifyTemplateLiterals } from './scripts/minify-templates.js';

const BUNDLE_ENTRY = 'virtual:map-embed-bundle';
const CHUNK_PREFIX = 'virtual:map-embed-chunk/';
const CHUNKS_PLACEHOLDER = '__MAP_EMBED_CHUNKS__';
const LOADER_FILE = 'map-embed.js';
const ALL_FILE = 'map-embed.all.js';

/** `role-card` → `MapRoleCardElement`, the class src/elements/role-card/role-card.ts exports. */
const className = (name: string) => `Map${name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}Element`;

/** The single-file build's entry: the public API of src/index.ts plus every element's define.ts. */
function bundleEntry(): Plugin {
  return {
    name: 'map-embed:bundle-entry',
    resolveId: (id) => (id === BUNDLE_ENTRY ? id : null),
    load(id) {
      if (id !== BUNDLE_ENTRY) return null;
      return [
        `export * from ${JSON.stringify(`${root}src/index.ts`)};`,
        ...elementNames().map((name) => `import ${JSON.stringify(`${root}src/elements/${name}/define.ts`)};`),
      ].join('\n');
    },
  };
}

/**
 * A second minifying pass, with Terser, over what Vite's minifier (Oxc) wrote: about 0.5 kB
 * gzipped less on the single file and 0.2–0.4 kB less on each page's chunks, which pays for the
 * carousel and the rating widget being split into controllers. First
 * in generateBundle, so the loader's chunk map is made from the final files' sizes.
 */
function terserPass(): Plugin {
  return {
    name: 'map-embed:terser-pass',
    generateBundle: {
      order: 'pre',
      async handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk') continue;
          const result = await terser(file.code, { module: true, ecma: 2020, compress: { passes: 2 } });
          if (result.code !== undefined) file.code = result.code;
        }
      },
    },
  };
}

/**
 * What src/feed/lazy.ts and src/theme/lazy.ts load: each loader they export (`from`: which one),
 * the module (a path under src/; its chunk is named after the file) and the one function used of it.
 */
const LAZY_MODULES = [
  { from: 'feed/lazy', loader: 'loadSyndication', file: 'feed/syndication', uses: 'readXmlFeed' },
  { from: 'feed/lazy', loader: 'loadJsonPosition', file: 'feed/json-position', uses: 'jsonErrorAt' },
  { from: 'theme/lazy', loader: 'loadContrastCheck', file: 'theme/contrast-check', uses: 'contrastProblems' },
];
const lazyPath = (file: string) => `${root}src/${file}.ts`;

/**
 * src/feed/lazy.ts and src/theme/lazy.ts as each build needs them.
 * - 'chunks' (the loader): each module a chunk of its own, imported by URL, so Vite does not wrap
 *   the import() in its preload helper (about 0.5 kB gzipped in the shared chunk every page
 *   downloads, for preload hints these pages never need).
 * - 'static' (the single file, which has nothing beside it to fetch): static imports of only the
 *   functions used, so the rest is shaken out (an inlined import() would also bring the preload
 *   helper and lazy-init wrappers, about 1 kB gzipped).
 */
function lazyModules(as: 'chunks' | 'static'): Plugin {
  const lazyFiles = new Map([...new Set(LAZY_MODULES.map(({ from }) => from))].map((from) => [lazyPath(from), from]));
  const refs = new Map<string, string>();
  return {
    name: 'map-embed:lazy-modules',
    enforce: 'pre',
    buildStart() {
      if (as !== 'chunks') return;
      for (const { file } of LAZY_MODULES) refs.set(file, this.emitFile({ type: 'chunk', id: lazyPath(file), name: file.split('/').pop() }));
    },
    load(id) {
      const from = lazyFiles.get(id);
      if (!from) return null;
      return LAZY_MODULES.filter((module) => module.from === from).map(({ loader, file, uses }) =>
        as === 'chunks'
          ? `export const ${loader} = () => import(/* @vite-ignore */ import.meta.ROLLUP_FILE_URL_${refs.get(file)});`
          : `import { ${uses} as ${loader}Uses } from ${JSON.stringify(lazyPath(file))};\nexport const ${loader} = async () => ({ ${uses}: ${loader}Uses });`,
      ).join('\n');
    },
  };
}

/**
 * The loader's chunks. Each element gets an entry that registers that element alone (not the
 * `<map-feed>` its define.ts also registers for bundler users: the loader fetches `<map-feed>`'s
 * own chunk when that tag is on the page). Once the chunks are made, the loader's
 * `__MAP_EMBED_CHUNKS__` becomes what it needs to know: the chunk files and their gzipped sizes,
 * each tag's chunk and the chunks it imports, and the single file with its size (built first).
 */
function loaderChunks(): Plugin {
  const tags = new Map(elementNames().map((name) => [`map-${name}`, name]));
  return {
    name: 'map-embed:loader-chunks',
    resolveId: (id) => (id.startsWith(CHUNK_PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(CHUNK_PREFIX)) return null;
      const name = id.slice(CHUNK_PREFIX.length);
      return [
        `import { define } from ${JSON.stringify(`${root}src/core/define.ts`)};`,
        `import { ${className(name)} as Element } from ${JSON.stringify(`${root}src/elements/${name}/${name}.ts`)};`,
        `define(${JSON.stringify(`map-${name}`)}, Element);`,
      ].join('\n');
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const files = chunks.filter((chunk) => chunk.fileName !== LOADER_FILE).map((chunk) => chunk.fileName).sort();
      /** `fileName` and every chunk it imports, directly or not, as indexes in `files`. */
      const closure = (fileName: string, into: number[] = []): number[] => {
        const index = files.indexOf(fileName);
        if (into.includes(index)) return into;
        into.push(index);
        for (const imported of byName.get(fileName)!.imports) closure(imported, into);
        return into;
      };
      const tagChunks: Record<string, number[]> = {};
      for (const [tag, name] of tags) {
        const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === name);
        if (!entry) throw new Error(`map-embed: no chunk was built for <${tag}>`);
        tagChunks[tag] = closure(entry.fileName);
      }
      const all = `${root}dist/${ALL_FILE}`;
      if (!existsSync(all)) throw new Error(`map-embed: build ${ALL_FILE} (mode 'bundle') before the loader`);
      const data = {
        files: files.map((file) => `./${file}`),
        sizes: files.map((file) => gzipSize(byName.get(file)!.code)),
        tags: tagChunks,
        all: [`./${ALL_FILE}`, gzipSize(readFileSync(all))],
      };
      const loader = byName.get(LOADER_FILE);
      const placeholder = new RegExp(`\\b${CHUNKS_PLACEHOLDER}\\b`);
      if (!loader || !placeholder.test(loader.code)) throw new Error('map-embed: the loader has no chunk map to fill in');
      loader.code = loader.code.replace(placeholder, JSON.stringify(data));
    },
  };
}

const SHARED_PACKAGES = /[/\\]node_modules[/\\](lit|lit-html|lit-element|@lit[/\\](reactive-element|context|task)|valibot)[/\\]|@oxc-project/;
const SHARED_SOURCE = /[/\\]src[/\\]((core|feed|i18n|theme)[/\\]|storage[/\\]envelope\.ts$)/;
/**
 * Fetched only when a page needs them (src/feed/lazy.ts, src/theme/lazy.ts): never part of the
 * shared chunk. A lazy module's helpers are named after it (feed/syndication-xml.ts) and go with it.
 */
const LAZY = new RegExp(`[/\\\\]src[/\\\\](${LAZY_MODULES.map(({ file }) => file.replace('/', '[/\\\\]')).join('|')})(-[\\w-]+)?\\.ts$`);
const PARTS = /(lit|lit-html)[/\\](directives[/\\]|directive-helpers|directive\.js|async-directive)|[/\\]src[/\\](i18n[/\\]dates|feed[/\\]tags|core[/\\](page|keyed-nodes))\.ts$/;
const CHUNK_GROUPS = [
  {
    name: 'shared',
    priority: 3,
    test: (id: string) =>
      (SHARED_PACKAGES.test(id) || SHARED_SOURCE.test(id)) && !PARTS.test(id) && !LAZY.test(id) && !/context-provider|value-notifier/.test(id),
  },
  { name: 'storage', priority: 2, test: /[/\\]src[/\\]((storage|delivery)[/\\](?!ratings\.ts)|elements[/\\]bookmark-button[/\\]events)/ },
  { name: 'parts', priority: 1, test: PARTS, minShareCount: 2 },
];

const shared = {
  root,
  logLevel: 'warn',
  // The builds sit beside dist/feed/, so the default feed is ./feed/maps.json from each file.
  define: { __MAP_EMBED_SAMPLE_FEED__: JSON.stringify('./feed/maps.json') },
  build: {
    outDir: `${root}dist`,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    copyPublicDir: false,
    modulePreload: false,
  },
} satisfies UserConfig;

const bundle: UserConfig = {
  ...shared,
  plugins: [bundleEntry(), lazyModules('static'), minifyTemplateLiterals(), terserPass()],
  build: {
    ...shared.build,
    rolldownOptions: {
      input: BUNDLE_ENTRY,
      preserveEntrySignatures: 'strict',
      output: { format: 'es', entryFileNames: ALL_FILE, codeSplitting: false },
    },
  },
};

const loader: UserConfig = {
  ...shared,
  // Chunk URLs relative to the chunk that imports them (new URL(…, import.meta.url)), wherever dist/ is served.
  base: './',
  plugins: [lazyModules('chunks'), terserPass(), loaderChunks(), minifyTemplateLiterals()],
  build: {
    ...shared.build,
    // What each tag's chunk imports, for scripts/size-pages.js.
    manifest: LOADER_MANIFEST,
    rolldownOptions: {
      input: {
        'map-embed': `${root}src/loader/loader.ts`,
        ...Object.fromEntries(elementNames().map((name) => [name, `${CHUNK_PREFIX}${name}`])),
      },
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: (chunk) => (chunk.name === 'map-embed' ? LOADER_FILE : 'map-embed.[name]-[hash].js'),
        chunkFileNames: 'map-embed.[name]-[hash].js',
        codeSplitting: { groups: CHUNK_GROUPS },
      },
    },
  },
};

/**
 * The example pages load the built `../dist/map-embed.js` and `../dist/feed/`, as a trust's page
 * would. `npm start` serves them from src/index.ts and feed/ instead, so they need no build and
 * reload as src/ is edited.
 */
function examplesFromSource(): Plugin {
  return {
    name: 'map-embed:examples-from-source',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const url = request.url ?? '';
        if (url === '/dist/map-embed.js' || url.startsWith('/dist/map-embed.js?')) request.url = '/src/index.ts';
        else if (url.startsWith('/dist/feed/')) request.url = url.slice('/dist'.length);
        next();
      });
    },
  };
}

const demo: UserConfig = { plugins: [examplesFromSource()] };

/** scripts/build-embed.js's pages: the shared output settings; it gives each page's entry itself. */
const embed: UserConfig = shared;

const modes: Record<string, UserConfig> = { bundle, loader, demo, embed };
export default defineConfig(({ mode }) => modes[mode] ?? {});
