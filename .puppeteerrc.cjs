// Puppeteer drives Firefox ESR from apt in the tests and never needs a browser of its own: this
// keeps `npm ci` from trying to download Chrome (which fails offline and is wasted time online),
// with or without PUPPETEER_SKIP_DOWNLOAD in the environment.
module.exports = { skipDownload: true };
