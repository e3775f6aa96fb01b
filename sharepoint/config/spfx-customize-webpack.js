// Heft's SPFx webpack configuration, adjusted (the rig runs this file: config/heft.json in
// @microsoft/spfx-web-build-rig, task "customize-configure-webpack").
const { join, relative, sep } = require('node:path');

const repository = join(__dirname, '..', '..');
/** The repository's sample feed: its JSON and images. */
const feed = join(repository, 'feed');

module.exports = function customize(configuration, _taskSession, _heftConfiguration, webpack) {
  // Every file of the sample feed is emitted as-is at feed/<path> (no content hash), so the feed's
  // relative image addresses ("images/x.svg") still resolve beside it in the package's assets.
  configuration.module.rules.push({
    test: (path) => path.startsWith(feed + sep),
    type: 'asset/resource',
    generator: { filename: (data) => `feed/${relative(feed, data.module.resource).split(sep).join('/')}` },
  });
  // map-embed finds its sample feed beside its own module (new URL(…, import.meta.url)), which in
  // a webpack bundle is a file: address on the build machine. In this bundle the sample feed is
  // the package's copy (src/webparts/mapContent/sampleFeed.ts). Replaced by request ("./sample-feed.js"),
  // before resolving, so the stand-in is read as this project's module, where require.context works
  // (dist/lib/ is an ES module package, where webpack leaves `require` alone).
  configuration.plugins.push(
    new webpack.NormalModuleReplacementPlugin(
      /[\\/]sample-feed\.js$/,
      join(__dirname, '..', 'lib', 'webparts', 'mapContent', 'sampleFeed.js'),
    ),
  );
};
