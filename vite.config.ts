// Library mode for the drop-in bundle, dist/map-embed.js: one self-contained ES module (Lit
// included) that exports the public API and registers every element. `npm run build`
// (scripts/build.js) runs it with `mode: 'bundle'`; any other use of Vite here (Storybook, the
// `npm start` demo server) gets an empty config, so those are not built as a library.
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { elementNames, root } from './scripts/elements.js';
import { minifyTemplateLiterals } from './scripts/minify-templates.js';

const BUNDLE_ENTRY = 'virtual:map-embed-bundle';

/** The bundle's entry: the public API of src/index.ts plus every element's define.ts. */
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

const bundle: UserConfig = {
  root,
  logLevel: 'warn',
  // The bundle sits beside dist/feed/, so its default feed is ./feed/maps.json from itself.
  define: { __MAP_EMBED_SAMPLE_FEED__: JSON.stringify('./feed/maps.json') },
  plugins: [bundleEntry(), minifyTemplateLiterals()],
  build: {
    outDir: `${root}dist`,
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
};

export default defineConfig(({ mode }) => (mode === 'bundle' ? bundle : {}));
