// Builds the pages for platforms that allow no script tag, into dist/ beside map-embed.js:
//   dist/embed.html      one element in an iframe, configured by query parameters (src/embed/embed.ts)
//   dist/builder.html    the embed-code builder for web editors (src/embed/builder.ts)
//   dist/embed-host.js   an optional script for host pages: sizes <iframe data-map-embed> frames
// The pages need only ./map-embed.js beside them (whatever it is inside). What each element's
// attributes are comes from custom-elements.json, baked into the pages' scripts at build time, so
// they work from a static host with no request but the feed.
import { cpSync, readFileSync } from 'node:fs';
import { build } from 'vite';
import { embedElements } from './embed-elements.js';
import { gzipSize, root } from './elements.js';

const dist = `${root}dist`;
const source = `${root}src/embed`;

async function bundle(entry, fileName, format, elements) {
  // vite.config.ts's 'embed' mode: the same output settings as the drop-in files, no plugins.
  await build({
    configFile: `${root}vite.config.ts`,
    mode: 'embed',
    define: { __MAP_EMBED_ELEMENTS__: JSON.stringify(elements) },
    build: {
      rolldownOptions: {
        input: `${source}/${entry}`,
        output: { format, entryFileNames: fileName, codeSplitting: false },
      },
    },
  });
}

/** Builds the embed page, the builder and embed-host.js into dist/. */
export async function buildEmbed() {
  const elements = embedElements();
  await bundle('embed.ts', 'embed.js', 'es', elements);
  await bundle('builder.ts', 'builder.js', 'es', elements);
  await bundle('embed-host.ts', 'embed-host.js', 'iife', elements);
  for (const file of ['embed.html', 'embed.css', 'builder.html', 'builder.css']) cpSync(`${source}/${file}`, `${dist}/${file}`);
  console.log(`dist/embed.html, dist/builder.html; dist/embed-host.js ${gzipSize(readFileSync(`${dist}/embed-host.js`))} B gzip`);
}
