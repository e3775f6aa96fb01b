#!/usr/bin/env node
/**
 * A static site's build step, the way Eleventy, Astro or a trust's own script would do it: each
 * `<!-- map-embed: <element> name=value … -->` comment in staff-bulletin.template.html is replaced
 * by that element's HTML from `map-embed/render`, and the finished page is written with the
 * stylesheet beside it. Run it after `npm run build` (the package must be built):
 *
 *   node examples/prerender/build-page.mjs [--src FEED] [--base URL] [--out DIR]
 *
 * The page does not update itself: run the build again on a schedule (docs/pages-without-script.md).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
// Inside this repository the package refers to itself by name, as it will in a site that installs it.
import { render } from 'map-embed/render';

const { values } = parseArgs({
  options: {
    src: { type: 'string' },
    base: { type: 'string', default: 'https://example.nhs.uk/map-embed/feed/maps.json' },
    out: { type: 'string', default: 'examples/prerender/site' },
  },
});

const template = readFileSync(new URL('staff-bulletin.template.html', import.meta.url), 'utf8');
const marker = /<!-- map-embed: ([a-z-]+)((?: [a-z-]+=[^\s]+)*) -->/g;
let page = template;
for (const [comment, element, pairs] of template.matchAll(marker)) {
  const attributes = Object.fromEntries(pairs.trim().split(/\s+/).filter(Boolean).map((pair) => pair.split('=')));
  const html = await render(element, {
    attributes,
    ...(values.src ? { src: values.src } : {}),
    base: values.base,
    warn: (message) => console.warn(`warning ${message}`),
  });
  page = page.replace(comment, html.trim());
}

mkdirSync(values.out, { recursive: true });
writeFileSync(`${values.out}/index.html`, page);
copyFileSync(createRequire(import.meta.url).resolve('map-embed/map-embed.css'), `${values.out}/map-embed.css`);
console.log(`${values.out}/index.html`);
