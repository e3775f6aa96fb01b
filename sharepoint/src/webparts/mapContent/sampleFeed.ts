/**
 * The sample feed (the repository's feed/ folder) ships inside the package: config/
 * spfx-customize-webpack.js emits each of its files as an asset at `feed/<path>`, so the feed's
 * relative image addresses resolve beside it wherever SharePoint serves the package's assets.
 * The same file stands in for map-embed's own src/feed/sample-feed.ts in this bundle, so an
 * element with no feed at all shows this copy too.
 */
const files = require.context('../../../../feed', true, /\.(json|svg)$/);

/** The sample feed's address, for a web part whose feed URL is empty. */
export const SAMPLE_FEED_URL: string = files('./maps.json');
