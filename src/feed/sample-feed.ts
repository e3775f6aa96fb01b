/**
 * Where the bundled sample feed lives, relative to this module, so elements with no `src` and no
 * provider show real content wherever the package is served from.
 */
export const SAMPLE_FEED_URL: string = new URL('../../feed/maps.json', import.meta.url).href;
