#!/usr/bin/env node
// `node scripts/weight.js`: where the drop-in script's weight goes, as the two Markdown tables in
// the README's Benchmarks section. Run after `npm run build`.
//   1. Every module of the package bundled and minified by esbuild (dist/lib/index.js, the content
//      of dist/map-embed.all.js), with its metafile: minified bytes per part, largest first.
//   2. The loader's chunks as built (vite.config.ts, mode 'loader'): each file's gzipped size and
//      the parts it holds, so a page's download is the loader plus its tags' rows.
import { build as esbuild } from 'esbuild';
import { readFileSync } from 'node:fs';
import { build as viteBuild } from 'vite';
import { gzipSize as gzip, root } from './elements.js';

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** The part a module belongs to, from its path (source, compiled or node_modules). */
function partOf(path) {
  const id = path.replace(/\\/g, '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)/.exec(id);
  if (pkg) {
    const [, name, rest] = pkg;
    if (/^(lit|lit-html)$/.test(name) && /directive|static/.test(rest)) return 'Lit directives (repeat, guard, live, static)';
    if (/^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(name)) return 'Lit';
    if (name === '@lit/context') return '@lit/context';
    if (name === '@lit/task') return '@lit/task';
    return name;
  }
  if (id.includes('@oxc-project')) return 'Lit';
  const chunkEntry = /^virtual:map-embed-chunk\/(.+)$/.exec(id.replace(/^\0/, ''))?.[1];
  if (chunkEntry) return `\`<map-${chunkEntry}>\``;
  const own = /(?:src|dist\/lib)\/(.*)\.[jt]s$/.exec(id)?.[1];
  if (!own) return id;
  const [, element, file] = /^elements\/([^/]+)\/(.+)$/.exec(own) ?? [];
  if (element) return file === 'events' ? `\`<map-${element}>\` events` : `\`<map-${element}>\``;
  if (/^feed\/(validate|schema)$/.test(own)) return 'feed validation (validate, schema)';
  if (own === 'feed/syndication') return 'RSS/Atom reader (fetched for XML feeds only)';
  if (own === 'feed/json-position') return 'JSON error position (fetched for broken feeds only)';
  if (own === 'theme/contrast-check') return 'contrast check (fetched for pages that set colours only)';
  if (own === 'theme/contrast-guard' || own === 'theme/lazy') return 'contrast guard (looks for page colours)';
  if (own.startsWith('feed/')) return 'feed loading (cache, controller, context)';
  if (own.startsWith('storage/')) return 'storage (bookmarks, ratings, delivery queue)';
  if (own.startsWith('theme/')) return 'theme (NHS.UK styles)';
  if (own.startsWith('i18n/')) return 'strings and dates (i18n)';
  if (own.startsWith('core/')) return 'element base (core)';
  if (own.startsWith('loader/')) return 'loader';
  return own;
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

// 1. Everything, with esbuild's metafile.
const result = await esbuild({
  entryPoints: [`${root}dist/lib/index.js`],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  outfile: 'weight.js',
  absWorkingDir: root,
  logLevel: 'silent',
});
const output = Object.values(result.metafile.outputs)[0];
const parts = new Map();
for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
  const part = partOf(path);
  parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
}
const total = result.outputFiles[0].contents;
const sorted = [...parts].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
console.log(
  `Every module, bundled and minified by esbuild (metafile): ${kB(total.length)} minified, ${kB(gzip(total))} gzipped.\n`,
);
console.log(table(['Part', 'Minified', 'Share'], sorted.map(([part, bytes]) => [part, kB(bytes), `${((bytes / total.length) * 100).toFixed(1)} %`])));

// 2. The loader's chunks as built.
const built = await viteBuild({ configFile: `${root}vite.config.ts`, mode: 'loader', build: { write: false }, logLevel: 'error' });
const chunks = (Array.isArray(built) ? built : [built]).flatMap((out) => out.output).filter((file) => file.type === 'chunk');
const rows = chunks
  .map((chunk) => {
    const held = new Map();
    for (const [id, { renderedLength }] of Object.entries(chunk.modules)) {
      const part = partOf(id);
      held.set(part, (held.get(part) ?? 0) + renderedLength);
    }
    const holds = [...held].filter(([, length]) => length > 0).sort((a, b) => b[1] - a[1]).map(([part]) => part);
    return { name: chunk.fileName.replace(/-[\w-]{8}\.js$/, '-<hash>.js'), size: gzip(chunk.code), holds };
  })
  .sort((a, b) => b.size - a.size);
console.log(`\nThe loader's chunks (dist/map-embed.*.js), each gzipped on its own as a server sends it:\n`);
console.log(table(['File', 'Gzipped', 'Holds (largest first)'], rows.map((row) => [`\`${row.name}\``, kB(row.size), row.holds.join(', ')])));
console.log(`\n\`dist/map-embed.all.js\`: ${kB(gzip(readFileSync(`${root}dist/map-embed.all.js`)))} gzipped.`);
