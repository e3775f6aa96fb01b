import { expect } from '@open-wc/testing';
import { feedCache, FeedError, type FeedErrorCode } from '../../src/feed/feed-cache.js';
import { absoluteFeedUrl } from '../../src/feed/feed-cache.js';
import type { Feed } from '../../src/feed/types.js';
import { captureWarnings } from '../helpers/console.js';
import { requestCount, uniqueUrl } from '../helpers/server.js';

/** The error a load rejects with; fails the test if it resolves. */
async function failure(src: string): Promise<FeedError> {
  try {
    await feedCache.load(absoluteFeedUrl(src));
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error(`${src} loaded, but it should have failed`);
}

describe('feedCache: documents', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    feedCache.timeoutMs = 10_000;
  });

  it('loads a valid feed, grouped by type, news newest first, URLs absolute', async () => {
    const src = uniqueUrl('/test/fixtures/maps.json');
    const feed = await feedCache.load(absoluteFeedUrl(src));
    expect(feed.title).to.equal('Fixture feed');
    expect(feed.roles).to.have.length(4);
    expect(feed.news).to.have.length(8);
    expect(feed.caseStudies).to.have.length(5);
    expect(feed.news.map((n) => n.id)[0]).to.equal('news-7');
    expect(feed.roles[0]!.url).to.equal(new URL('/roles/advanced-critical-care-practitioner', location.href).href);
    expect(feed.problems).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
  });

  const cases: [string, string, FeedErrorCode][] = [
    ['a 404', '/test/fixtures/no-such-feed.json', 'not-found'],
    ['a 500', '/__test/status/500', 'http'],
    ['HTML', '/__test/html', 'not-json'],
    ['truncated JSON', '/__test/truncated', 'not-json'],
    ['JSON that is not a feed', '/__test/not-feed', 'not-feed'],
    ['a file that is not JSON', '/test/fixtures/not-json.json', 'not-json'],
    ['an RSS document in JSON', '/test/fixtures/not-a-feed.json', 'not-feed'],
  ];
  for (const [what, path, code] of cases) {
    it(`rejects ${what} with code "${code}" and one console warning`, async () => {
      const src = uniqueUrl(path);
      const error = await failure(src);
      expect(error.code).to.equal(code);
      expect(error.url).to.equal(absoluteFeedUrl(src));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(absoluteFeedUrl(src));
    });
  }

  it('names the line and column where a feed stops being JSON, in every engine', async () => {
    const src = uniqueUrl('/test/fixtures/missing-comma.json');
    const error = await failure(src);
    expect(error.code).to.equal('not-json');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(`${absoluteFeedUrl(src)} is not valid JSON at line 8, column 7 (`);
  });

  it('rejects a feed that does not answer within timeoutMs', async () => {
    feedCache.timeoutMs = 150;
    const started = performance.now();
    const error = await failure(uniqueUrl('/__test/slow?ms=2000'));
    expect(error.code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(1500);
  });

  it('rejects an address nothing answers', async () => {
    expect((await failure('http://127.0.0.1:9/feed.json')).code).to.equal('network');
  });

  for (const [what, body, path] of [
    ['a wrong version', { version: 'https://example.org/version/2', title: 'T', items: [] }, '$.version'],
    ['items that are not an array', { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: {} }, '$.items'],
    ['a missing title', { version: 'https://jsonfeed.org/version/1.1', items: [] }, '$.title'],
  ] as const) {
    it(`rejects ${what} as not a feed, naming ${path}`, async () => {
      const src = URL.createObjectURL(new Blob([JSON.stringify(body)], { type: 'application/json' }));
      try {
        const error = await failure(src);
        expect(error.code).to.equal('not-feed');
        expect(error.message).to.contain(path);
      } finally {
        URL.revokeObjectURL(src);
      }
    });
  }

  it('makes one request for many loads of one URL, and forgets a failure so it can be retried', async () => {
    const src = uniqueUrl('/test/fixtures/maps.json?delay=100');
    const url = absoluteFeedUrl(src);
    const feeds = await Promise.all([feedCache.load(url), feedCache.load(url), feedCache.load(url)]);
    expect(feeds[1]).to.equal(feeds[0]);
    expect(await feedCache.load(url)).to.equal(feeds[0]);
    expect(await requestCount(src)).to.equal(1);

    const failing = uniqueUrl('/__test/status/503');
    await failure(failing);
    await failure(failing);
    expect(await requestCount(failing)).to.equal(2);
  });
});

describe('feedCache: items', () => {
  let feed: Feed;
  let warnings: string[];
  before(async () => {
    const capture = captureWarnings();
    try {
      feed = await feedCache.load(absoluteFeedUrl(uniqueUrl('/test/fixtures/invalid-items.json')));
    } finally {
      capture.restore();
    }
    warnings = capture.messages;
  });

  const skipped: [string, string][] = [
    ['bad-type', '$.items[1]._map.type'],
    ['bad-profession', '$.items[2]._map.profession'],
    ['role-no-title', '$.items[3].title'],
    ['case-no-organisation', '$.items[4]._map.organisation'],
    ['news-ok', '$.items[10].id'],
  ];
  for (const [id, path] of skipped) {
    it(`skips item "${id}" with exactly one warning naming it and ${path}`, () => {
      const mine = warnings.filter((m) => m.includes(`(id "${id}")`));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain(path);
    });
  }

  it('skips items without a usable id with one warning naming their index', () => {
    expect(warnings.filter((m) => m.includes('$.items[13]'))).to.have.length(1);
    expect(warnings.filter((m) => m.includes('$.items[14].id'))).to.have.length(1);
  });

  it('warns once for each of the other problems and nothing else', () => {
    expect(warnings).to.have.length(11);
  });

  it('keeps every valid item', () => {
    expect(feed.roles.map((r) => r.id)).to.deep.equal(['role-pa']);
    expect(feed.caseStudies.map((c) => c.id)).to.deep.equal(['case-no-alt', 'case-data-image']);
    expect(feed.news.map((n) => n.id)).to.have.members([
      'news-javascript-url',
      'news-bad-date',
      'news-ok',
      '42',
      'https://trust.example/blog/welcome',
    ]);
  });

  it('keeps the first of two items with one id', () => {
    expect(feed.news.find((n) => n.id === 'news-ok')!.title).to.equal('A valid news item');
  });

  it('keeps an item with a bad date, undated and last', () => {
    const item = feed.news.find((n) => n.id === 'news-bad-date')!;
    expect(item.published).to.equal(undefined);
    expect(feed.news.at(-1)).to.equal(item);
  });

  it('drops unsafe URLs and images without alt text, keeping the item', () => {
    expect(feed.news.find((n) => n.id === 'news-javascript-url')!.url).to.equal(undefined);
    expect(feed.caseStudies.find((c) => c.id === 'case-data-image')!.image).to.equal(undefined);
    expect(feed.caseStudies.find((c) => c.id === 'case-no-alt')!.image).to.equal(undefined);
    expect(warnings.filter((m) => m.includes('(id "case-no-alt")'))[0]).to.contain('$.items[5]._map.image_alt');
    expect(warnings.filter((m) => m.includes('(id "news-javascript-url")'))[0]).to.contain('$.items[6].url');
    expect(warnings.filter((m) => m.includes('(id "case-data-image")'))[0]).to.contain('$.items[7].image');
  });

  it('reads a plain CMS item (content_html, authors, attachments) as news, shown as text only', () => {
    const item = feed.news.find((n) => n.id === 'https://trust.example/blog/welcome')!;
    expect(item).to.deep.include({ type: 'news', title: "A post from a trust's blog", url: 'https://trust.example/blog/welcome' });
    expect(JSON.stringify(item)).not.to.contain('<strong>');
  });

  it('turns a numeric id into a string', () => {
    expect(feed.news.find((n) => n.id === '42')!.published).to.equal(Date.parse('2025-05-01T09:00:00Z'));
  });
});
