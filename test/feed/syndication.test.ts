import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/news-list/define.js';
import type { MapNewsListElement } from '../../src/elements/news-list/news-list.js';
import { absoluteFeedUrl, feedCache } from '../../src/feed/feed-cache.js';
import { readFeed } from '../../src/feed/document.js';
import { feedDate, htmlToText } from '../../src/feed/syndication.js';
import { MAX_COPY_CHARS, readSavedCopy } from '../../src/feed/saved-copy.js';
import { captureWarnings } from '../helpers/console.js';
import { settled, visibleText } from '../helpers/render.js';
import { requestCount, uniqueUrl } from '../helpers/server.js';

declare global {
  interface Window {
    __mapRssRan?: boolean;
    __mapAtomRan?: boolean;
  }
}

const shadow = (el: Element) => el.shadowRoot!;
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('RSS 2.0 and Atom 1.0 read as news', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('reads RSS: title, link, pubDate, description as plain text, category as tags, guid as id', async () => {
    const src = uniqueUrl('/test/fixtures/news.rss.xml');
    const feed = await feedCache.load(absoluteFeedUrl(src));
    expect(feed.title).to.equal('Trust news (RSS)');
    expect(feed.language).to.equal('en-GB');
    expect(feed.news.map((n) => n.id)).to.deep.equal(['rss-newer', 'rss-older', 'rss-british']);
    const [newer, older, british] = feed.news;
    expect(newer!.url).to.equal('https://trust.example/news/newer');
    expect(newer!.published).to.equal(Date.parse('2025-03-11T10:00:00Z'));
    expect(newer!.tags).to.deep.equal(['physician-associate', 'workforce']);
    expect(newer!.summary).to.equal('Safe words. After the image.');
    expect(older!.title).to.equal('Older item & friends');
    expect(older!.summary).to.equal('Plain bold text & an entity.');
    expect(older!.published).to.equal(Date.parse('2025-01-07T09:30:00Z'));
    expect(british!.published).to.equal(undefined);
    expect(british!.summary).not.to.contain('<script');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('"rss-british"').and.contain('date_published');
    expect(await requestCount(src)).to.equal(1);
  });

  it('reads Atom: xml:lang, authors, published/updated, html and xhtml text, category terms, id', async () => {
    const feed = await feedCache.load(absoluteFeedUrl(uniqueUrl('/test/fixtures/news.atom.xml')));
    expect(feed.title).to.equal('Trust news (Atom)');
    expect(feed.language).to.equal('en-GB');
    expect(feed.source).to.equal('Example NHS Trust (example)');
    const [first, second] = feed.news;
    expect(first!.id).to.equal('tag:trust.example,2025:atom-1');
    expect(first!.title).to.equal('Hostile entry');
    expect(first!.summary).to.equal('Summary & more second line');
    expect(first!.published).to.equal(Date.parse('2025-03-11T10:00:00Z'));
    expect(first!.tags).to.deep.equal(['regulation']);
    expect(second!.summary).to.equal('XHTML content.');
    expect(second!.published).to.equal(Date.parse('2025-01-07T09:00:00Z'));
    expect(warnings.messages).to.deep.equal([]);
  });

  for (const file of ['news.rss.xml', 'news.atom.xml']) {
    it(`shows ${file} in a news list as text: no script runs, no element is made from its markup`, async () => {
      delete window.__mapRssRan;
      delete window.__mapAtomRan;
      const list = await fixture<MapNewsListElement>(
        html`<map-news-list limit="10" src=${uniqueUrl(`/test/fixtures/${file}`)}></map-news-list>`,
      );
      await settled(list);
      // Give an image error or a script every chance to run.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(window.__mapRssRan).to.equal(undefined);
      expect(window.__mapAtomRan).to.equal(undefined);
      expect(shadow(list).querySelectorAll('script, img, b, em, p.summary *')).to.have.length(0);
      expect(visibleText(list)).not.to.match(/<|onerror/);
      expect(shadow(list).querySelectorAll('li').length).to.be.greaterThan(1);
      await expect(list).to.be.accessible();
    });
  }

  it('detects the format from the document, not its content type', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id><title>A</title><updated>2025-01-01T00:00:00Z</updated></entry></feed>`;
    expect(((await readFeed(utf8(atom))).document as { items: unknown[] }).items).to.have.length(1);
    const rejection = (text: string) => readFeed(utf8(text)).then(() => undefined, (error: unknown) => error);
    expect(await rejection('<!doctype html><title>Not a feed</title><p>Page not found')).to.be.instanceOf(SyntaxError);
    expect(await rejection('<html><body>no</body></html>')).to.be.instanceOf(SyntaxError);
    expect(await rejection('<rss><channel><title>x</title>')).to.be.instanceOf(SyntaxError);
  });

  it("reads RSS's own link, not the atom:link many feeds put first, and content:encoded when there is no description", async () => {
    const rss = `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><atom:link href="https://trust.example/feed.xml" rel="self" type="application/rss+xml"/>
        <title>T</title><link>https://trust.example/</link>
        <item><atom:link href="https://elsewhere.example/"/><title>A</title><link>https://trust.example/a</link>
          <content:encoded><![CDATA[<p>Full <em>text</em></p>]]></content:encoded></item>
      </channel></rss>`;
    const doc = (await readFeed(utf8(rss))).document as { home_page_url: string; items: { id: string; url: string; summary: string }[] };
    expect(doc.home_page_url).to.equal('https://trust.example/');
    expect(doc.items[0]).to.include({ id: 'https://trust.example/a', url: 'https://trust.example/a', summary: 'Full text' });
  });

  it('reduces hostile HTML to text', () => {
    // Entities are decoded once, after the tags are gone: an escaped tag is text, not markup.
    expect(htmlToText('<script>alert(1)</script><img src=x onerror="alert(1)">Hello <b>there</b>&nbsp;&amp;&lt;b&gt;')).to.equal(
      'Hello there &<b>',
    );
    expect(htmlToText('<a title="a>b" href="javascript:alert(1)">link</a><!-- <img onerror=x> -->')).to.equal('link');
    expect(htmlToText('<style>p{}</style><svg onload="x()"><text>t</text></svg>ok')).to.equal('ok');
  });

  it('turns RFC 822 pubDates into RFC 3339 and leaves anything else for validation to report', () => {
    expect(feedDate('Tue, 11 Mar 2025 10:00:00 GMT')).to.equal('2025-03-11T10:00:00+00:00');
    expect(feedDate('11 Mar 2025 10:00 +0100')).to.equal('2025-03-11T10:00:00+01:00');
    expect(feedDate('03/11/2025')).to.equal('03/11/2025');
  });
});

describe('the feeds that exist: declared encodings, RSS 1.0, CMS dates, deep nesting', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  const CORPUS = '/__test/xml/node_modules/feed-corpus-rss-parser/test/input';

  async function newsList(src: string, limit = 50) {
    const list = await fixture<MapNewsListElement>(html`<map-news-list limit=${limit} src=${src}></map-news-list>`);
    await settled(list, 10_000);
    return list;
  }

  it('is served without a charset, so only the document can say its encoding', async () => {
    const response = await fetch(`${CORPUS}/encoding.rss`);
    expect(response.headers.get('content-type')).to.equal('application/rss+xml');
  });

  it('shows an ISO-8859-1 feed (declared in its prolog) in the news list as written', async () => {
    // A real Portuguese news feed; the issue saw "Rea��es dos partidos" here.
    const list = await newsList(uniqueUrl(`${CORPUS}/encoding.rss`));
    const text = visibleText(list);
    expect(text).to.contain('Reações dos partidos');
    expect(text).to.contain('Mãe de utente é a nova presidente da Raríssimas');
    expect(text).not.to.contain('\ufffd');
    await expect(list).to.be.accessible();
  });

  it('shows a windows-1252 feed in the news list with its quotes, dashes and euro sign', async () => {
    const list = await newsList(uniqueUrl('/__test/xml/test/fixtures/news-windows-1252.rss.xml'));
    const text = visibleText(list);
    expect(text).to.contain('“Physician associates” – a year on');
    expect(text).to.contain('Training costs €1,200 — about £1,000 — per associate…');
    expect(shadow(list).querySelector('time')!.getAttribute('datetime')).to.equal('2025-06-05');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows an RSS 1.0 (RDF) feed as news: items beside the channel, dc:date, dc:subject', async () => {
    const src = uniqueUrl(`${CORPUS}/rss-1.rss`);
    const feed = await feedCache.load(absoluteFeedUrl(src));
    expect(feed.news).to.have.length(69);
    const fungi = feed.news.find((n) => n.title === 'Food for fungi')!;
    expect(fungi.url).to.equal('http://science.sciencemag.org/cgi/content/short/356/6343/1134-a?rss=1');
    expect(fungi.published).to.equal(Date.parse('2017-06-15T17:29:47Z'));
    const list = await newsList(src, 5);
    expect(shadow(list).querySelectorAll('li')).to.have.length(5);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('dates "Sun, 12 August 2012 10:00:00 EST" (a full month name) instead of listing it last, undated', async () => {
    const feed = await feedCache.load(absoluteFeedUrl(uniqueUrl(`${CORPUS}/itunes-missing-image.rss`)));
    const item = feed.news.find((n) => n.title === 'Taverncast Special - Outtakes and Bloopers 2: 2007-2011')!;
    expect(item.published).to.equal(Date.parse('2012-08-12T15:00:00Z'));
    expect(feed.news.every((n) => n.published !== undefined)).to.equal(true);
  });

  it('keeps a saved copy of an RSS feed that fits, and none of one too long to keep', async () => {
    const rss = (count: number) => {
      const items = Array.from({ length: count }, (_, i) => `<item><guid>n${i}</guid><title>Item ${i}</title><description>${'Words. '.repeat(40)}</description></item>`);
      return URL.createObjectURL(new Blob([`<rss version="2.0"><channel><title>T</title>${items.join('')}</channel></rss>`], { type: 'application/rss+xml' }));
    };
    const small = await feedCache.load(rss(10));
    expect(readSavedCopy(small.url)).to.exist;
    const big = await feedCache.load(rss(Math.ceil(MAX_COPY_CHARS / 250)));
    expect(big.news.length).to.be.greaterThan(1000);
    expect(readSavedCopy(big.url)).to.equal(undefined);
  });

  it('says a feed of 200,000 nested elements could not be read, not that the network failed', async () => {
    const list = await newsList(uniqueUrl('/__test/deep'));
    const text = visibleText(list);
    expect(text).to.contain('The content feed is damaged and could not be read.');
    expect(text).not.to.contain('could not be reached');
    expect(warnings.messages.join('\n')).to.contain('too deeply nested');
    await expect(list).to.be.accessible();
  });
});
