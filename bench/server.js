// The benchmark's web server: the repository's files as a trust's server would send them, with
// two additions the figures need. Every request is counted (GET /__count?url=<path and query>)
// and `?delay=<ms>` on any file holds the answer back, as a slow CMS would. The sample feed the
// bundle reads by default (/dist/feed/maps.json) is always held back SAMPLE_FEED_DELAY ms so the
// elements are on the page, waiting, when it arrives.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SAMPLE_FEED_PATH = '/dist/feed/maps.json';
const SAMPLE_FEED_DELAY = 300;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const LOREM = 'Trusts across England are recruiting medical associate professionals to join their teams; ';

/**
 * /__generated/news.rss?items=N (RSS 2.0, about 400 bytes an item: 20,000 items make 8 MB) and
 * /__generated/news.json?items=N (JSON Feed): big feeds made on request, the same every time.
 */
function generatedFeed(url, res) {
  const count = Math.min(Number(url.searchParams.get('items') ?? 20_000), 200_000);
  const date = (i) => new Date(Date.UTC(2025, 11, 31, 9) - i * 3_600_000);
  const headers = { 'cache-control': 'no-store', 'cross-origin-resource-policy': 'same-origin' };
  if (url.pathname === '/__generated/news.rss') {
    const items = Array.from(
      { length: count },
      (_, i) =>
        `<item><guid>https://trust.example/news/${i}</guid><title>News item ${i} &amp; its title</title>` +
        `<link>https://trust.example/news/${i}</link><description>&lt;p&gt;${LOREM}${LOREM.slice(0, 30)}&lt;/p&gt;</description>` +
        `<pubDate>${date(i).toUTCString()}</pubDate><category>physician-associate</category></item>\n`,
    );
    res.writeHead(200, { ...headers, 'content-type': 'application/rss+xml' });
    res.end(`<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>${count} news items</title>\n${items.join('')}</channel></rss>\n`);
    return;
  }
  if (url.pathname === '/__generated/news.json') {
    const items = Array.from({ length: count }, (_, i) => ({
      id: `https://trust.example/news/${i}`,
      title: `News item ${i} & its title`,
      url: `https://trust.example/news/${i}`,
      summary: LOREM,
      date_published: date(i).toISOString(),
      tags: ['physician-associate'],
    }));
    res.writeHead(200, { ...headers, 'content-type': 'application/feed+json' });
    res.end(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: `${count} news items`, items }));
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}

/** Starts the server on a free loopback port; resolves to its origin and a close function. */
export async function startServer() {
  const counts = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__count') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ count: counts.get(url.searchParams.get('url')) ?? 0 }));
      return;
    }
    counts.set(req.url, (counts.get(req.url) ?? 0) + 1);
    if (url.pathname.startsWith('/__generated/')) return generatedFeed(url, res);
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
    const file = ROOT + path;
    if (path.split(sep).includes('..') || path.startsWith('node_modules')) {
      res.writeHead(403).end();
      return;
    }
    const delay = url.searchParams.has('delay')
      ? Number(url.searchParams.get('delay'))
      : url.pathname === SAMPLE_FEED_PATH
        ? SAMPLE_FEED_DELAY
        : 0;
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      if (delay > 0) await sleep(delay);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        // Cross-origin isolation: performance.now() then ticks in 5 µs steps, not 100 µs, which
        // matters for figures of a few milliseconds. Everything the pages load is same-origin.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
