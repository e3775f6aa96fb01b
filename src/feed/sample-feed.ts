/**
 * Replaced at build time for the drop-in bundle, which sits beside its `feed/` folder
 * (`dist/map-embed.js` next to `dist/feed/maps.json`); everywhere else it is undefined.
 */
declare const __MAP_EMBED_SAMPLE_FEED__: string | undefined;

/**
 * From the source (`src/feed/`) and the compiled modules (`dist/lib/feed/`) the sample feed is
 * two folders up. A variable, not a literal, so bundlers do not treat it as an asset to copy.
 */
const relative: string =
  typeof __MAP_EMBED_SAMPLE_FEED__ === 'string' ? __MAP_EMBED_SAMPLE_FEED__ : '../../feed/maps.json';

/**
 * Where the bundled sample feed lives, relative to this module, so elements with no `src` and no
 * provider show real content wherever the package is served from.
 */
export const SAMPLE_FEED_URL: string = new URL(relative, import.meta.url).href;
