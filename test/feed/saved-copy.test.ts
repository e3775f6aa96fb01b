import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/elements/role-card/define.js';
import '../../src/elements/news-list/define.js';
import type { MapRoleCardElement } from '../../src/elements/role-card/role-card.js';
import '../../src/elements/case-study-carousel/define.js';
import '../../src/elements/feed/define.js';
import type { MapFeedLoadEvent } from '../../src/elements/feed/events.js';
import type { MapCaseStudyCarouselElement } from '../../src/elements/case-study-carousel/case-study-carousel.js';
import { absoluteFeedUrl, feedCache, onFeedUpdate } from '../../src/feed/feed-cache.js';
import { forgetSavedCopy, MAX_COPIES, readSavedCopy } from '../../src/feed/saved-copy.js';
import type { Feed } from '../../src/feed/types.js';
import { formatDate } from '../../src/i18n/dates.js';
import { captureWarnings } from '../helpers/console.js';
import { settled, visibleText } from '../helpers/render.js';
import { requestCount, uniqueUrl } from '../helpers/server.js';
import { CORE_STRINGS as STRINGS } from '../../src/i18n/strings.js';
import { frames, waitUntil } from '../helpers/wait.js';

const FIRST = "The trust's own wording for this role."; // test/fixtures/local-corrections.json
const SECOND = 'The only role in a second feed.'; // test/fixtures/one-role.json

/** A feed on the test server that can be switched on and off, and made slow, between visits. */
function switchableFeed() {
  const name = `saved-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const src = uniqueUrl(`/__test/flaky/${name}`);
  return {
    src,
    url: absoluteFeedUrl(src),
    up: (fixtureName: string, delay = 0) => fetch(`/__test/flaky/${name}?ok=1&fixture=${fixtureName}&delay=${delay}`),
    /** Up, but every answer waits until `release()`. */
    held: (fixtureName: string) => fetch(`/__test/flaky/${name}?ok=1&fixture=${fixtureName}&hold=1`),
    release: () => fetch(`/__test/flaky/${name}?release=1`),
    down: () => fetch(`/__test/flaky/${name}?ok=0`),
  };
}

/** A new visit as far as the feed layer can tell: nothing in memory, only what the browser kept. */
function newVisit(): void {
  fixtureCleanup();
  feedCache.clear();
}

/** Sum of layout-shift scores while `body` runs (Chromium only: other engines have no such entry type). */
async function layoutShift(body: () => Promise<void>): Promise<number | undefined> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    await body();
    return undefined;
  }
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) total += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  try {
    await body();
    // Let the last frames paint and their entries arrive.
    await frames(2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    total += (observer.takeRecords() as (PerformanceEntry & { value: number })[]).reduce((sum, e) => sum + e.value, 0);
  } finally {
    observer.disconnect();
  }
  return total;
}

const card = (src: string, lang = 'en') =>
  fixture<HTMLElement>(html`<div lang=${lang} style="inline-size: 40rem">
    <map-role-card profession="physician-associate" src=${src}></map-role-card>
    <p id="below">Text below the card, which moves if the card changes size.</p>
  </div>`);

describe('the saved copy of a feed (stale-while-revalidate)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
    forgetSavedCopy();
  });
  afterEach(() => {
    warnings.restore();
    forgetSavedCopy();
  });

  for (const lang of ['en', 'cy'] as const) {
    it(`shows the saved copy at once, replaces it when fresh, and keeps it with a dated note when the server goes down (${lang})`, async () => {
      const feed = switchableFeed();

      // Visit 1: the feed is up; it is shown and saved.
      await feed.up('local-corrections.json');
      let page = await card(feed.src, lang);
      let element = page.querySelector<MapRoleCardElement>('map-role-card')!;
      await settled(element);
      expect(visibleText(element)).to.contain(FIRST);
      const saved = readSavedCopy(feed.url);
      expect(saved, 'a copy was saved').to.exist;
      expect(await requestCount(feed.src)).to.equal(1);

      // Visit 2: the feed is up but slow, and has changed. The saved copy shows at once (no
      // loading state), the fresh one replaces it in place, and the card below does not move.
      newVisit();
      await feed.up('one-role.json', 400);
      const shift = await layoutShift(async () => {
        page = await card(feed.src, lang);
        element = page.querySelector<MapRoleCardElement>('map-role-card')!;
        await element.updateComplete;
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[part~="loading"]'), 'no loading state').to.equal(null);
        expect(visibleText(element)).to.contain(FIRST);
        await waitUntil(() => visibleText(element).includes(SECOND), 'the fresh copy did not replace the saved one');
      });
      if (shift !== undefined) {
        console.log(`CLS while the fresh copy replaced the saved one: ${shift}`);
        expect(shift).to.be.below(0.001);
      }
      expect(visibleText(element)).not.to.contain(STRINGS[lang]['feed.outOfDate']);
      expect(await requestCount(feed.src)).to.equal(2);

      // Visit 3: the server is down. The saved copy stays, with a note and the date it was saved.
      newVisit();
      await feed.down();
      warnings.messages.length = 0;
      page = await card(feed.src, lang);
      element = page.querySelector<MapRoleCardElement>('map-role-card')!;
      await waitUntil(
        () => visibleText(element).includes(STRINGS[lang]['feed.outOfDate']),
        'no out-of-date note when the feed failed',
      );
      const text = visibleText(element);
      expect(text).to.contain(SECOND);
      expect(text).to.contain(formatDate(readSavedCopy(feed.url)!.savedAt, lang));
      if (lang === 'en') expect(text).to.contain('may be out of date');
      expect(element.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(feed.url);
      await expect(element).to.be.accessible();

      // Visit 4: the server is back; the note goes.
      newVisit();
      await feed.up('local-corrections.json');
      page = await card(feed.src, lang);
      element = page.querySelector<MapRoleCardElement>('map-role-card')!;
      await waitUntil(() => visibleText(element).includes(FIRST), 'the fresh copy did not replace the saved one');
      expect(visibleText(element)).not.to.contain(STRINGS[lang]['feed.outOfDate']);
    });
  }

  it('keeps the case study on show when the fresh copy replaces the saved one', async () => {
    const feed = switchableFeed();
    await feed.up('case-studies-many.json');
    let carousel = await fixture<MapCaseStudyCarouselElement>(html`<map-case-study-carousel src=${feed.src}></map-case-study-carousel>`);
    await settled(carousel);
    const title = () => carousel.shadowRoot!.querySelector('[part~="slide"]:not([hidden]) [part~="title"]')!.textContent!.trim();
    const first = title();

    newVisit();
    await feed.held('case-studies-many.json');
    const updated = new Promise<void>((resolve) => {
      const stop = onFeedUpdate((url) => {
        if (url === feed.url) {
          stop();
          resolve();
        }
      });
    });
    carousel = await fixture<MapCaseStudyCarouselElement>(html`<map-case-study-carousel src=${feed.src}></map-case-study-carousel>`);
    await settled(carousel);
    carousel.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await carousel.updateComplete;
    const second = title();
    expect(second).not.to.equal(first);
    await feed.release();
    await updated;
    await carousel.updateComplete;
    expect(title(), 'still the slide the reader chose').to.equal(second);
  });

  it('keeps an RSS feed as the JSON Feed it was read as, and shows that copy while the feed is down', async () => {
    const feed = switchableFeed();
    await feed.up('news.rss.xml');
    const first = await feedCache.load(feed.url);
    const saved = readSavedCopy(feed.url);
    expect(saved, 'a copy was saved').to.exist;
    // JSON, so the next visit shows it without fetching the RSS/Atom reader.
    const document = JSON.parse(saved!.text) as { items: { id: string }[] };
    expect(document.items.map((item) => item.id)).to.have.members(['rss-newer', 'rss-older', 'rss-british']);

    newVisit();
    await feed.down();
    warnings.messages.length = 0;
    const shown = await feedCache.load(feed.url);
    expect(shown.news.map((item) => item.id)).to.deep.equal(first.news.map((item) => item.id));
    expect(shown.news[0]!.title).to.equal(first.news[0]!.title);
  });

  it('leaves a copy saved as XML (by an earlier version) for the fresh copy to replace', async () => {
    const feed = switchableFeed();
    await feed.up('news.rss.xml');
    await feedCache.load(feed.url);
    const envelope = Object.keys(localStorage)
      .filter((key) => key.startsWith('map-embed-feed-copy:'))
      .map((key) => [key, JSON.parse(localStorage.getItem(key)!) as { v: number; data: { url: string; text: string } }] as const)
      .find(([, value]) => value.data.url === feed.url);
    expect(envelope, 'the saved envelope').to.exist;
    const rss = await (await fetch('/test/fixtures/news.rss.xml')).text();
    const [key, value] = envelope!;
    localStorage.setItem(key, JSON.stringify({ ...value, data: { ...value.data, text: rss } }));

    newVisit();
    await feed.down();
    warnings.messages.length = 0;
    // No usable copy: the failure shows, as without one.
    const error = await feedCache.load(feed.url).then(() => undefined, (e: unknown) => e);
    expect(error, 'the load failed rather than showing the XML copy').to.exist;
  });

  it('<map-feed> fires map-feed-load again when the fresh copy replaces the saved one, and when the saved one is marked out of date', async () => {
    const feed = switchableFeed();
    const loads: Feed[] = [];
    const provider = () =>
      fixture(html`<map-feed src=${feed.src} @map-feed-load=${(event: MapFeedLoadEvent) => loads.push(event.detail.feed)}></map-feed>`);
    const shows = (loaded: Feed | undefined, text: string) => JSON.stringify(loaded ?? null).includes(text);

    await feed.up('local-corrections.json');
    await provider();
    await waitUntil(() => loads.length === 1, 'no map-feed-load on the first visit');
    expect(readSavedCopy(feed.url), 'a copy was saved').to.exist;

    // Next visit, the feed has changed: the saved copy first, then the fresh one.
    newVisit();
    loads.length = 0;
    await feed.up('one-role.json', 400);
    await provider();
    await waitUntil(() => loads.length === 2, 'no second map-feed-load when the fresh copy arrived');
    expect(shows(loads[0], FIRST), 'the saved copy first').to.equal(true);
    expect(shows(loads[1], SECOND), 'then the fresh one').to.equal(true);
    expect(loads[1]!.savedAt).to.equal(undefined);

    // Next visit, the server is down: the saved copy, then the same marked with when it was saved.
    newVisit();
    loads.length = 0;
    await feed.down();
    await provider();
    await waitUntil(() => loads.length === 2, 'no second map-feed-load when the saved copy went out of date');
    expect(loads[0]!.savedAt).to.equal(undefined);
    expect(loads[1]!.savedAt).to.equal(readSavedCopy(feed.url)!.savedAt);
    expect(shows(loads[1], SECOND)).to.equal(true);
    expect(warnings.messages).to.have.length(1);
  });

  it('without a saved copy, a failing feed is an error as before', async () => {
    const feed = switchableFeed();
    await feed.down();
    const page = await card(feed.src);
    const element = page.querySelector<MapRoleCardElement>('map-role-card')!;
    await settled(element);
    expect(visibleText(element)).to.contain(STRINGS.en['error.http']);
  });

  it('behaves as before when storage is full: shown, not saved, no error', async () => {
    const feed = switchableFeed();
    await feed.up('one-role.json');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const page = await card(feed.src);
      const element = page.querySelector<MapRoleCardElement>('map-role-card')!;
      await settled(element);
      expect(visibleText(element)).to.contain(SECOND);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(readSavedCopy(feed.url)).to.equal(undefined);
    expect(warnings.messages).to.deep.equal([]);
  });

  it(`keeps at most ${MAX_COPIES} feeds, the oldest saved going first`, async () => {
    const urls: string[] = [];
    for (let i = 0; i <= MAX_COPIES; i++) {
      const src = uniqueUrl('/test/fixtures/one-role.json');
      urls.push(absoluteFeedUrl(src));
      await feedCache.load(absoluteFeedUrl(src));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(readSavedCopy(urls[0]!)).to.equal(undefined);
    for (const url of urls.slice(1)) expect(readSavedCopy(url)).to.exist;
  });
});

describe('the layout-shift probe used above', () => {
  it('sees a shift when content above other content grows (so a 0 above means something)', async function () {
    if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip();
    const page = await fixture<HTMLElement>(html`<div><div id="grow"></div><p>Text that will move down.</p></div>`);
    await frames(2);
    const shift = await layoutShift(async () => {
      page.querySelector<HTMLElement>('#grow')!.style.blockSize = '200px';
    });
    expect(shift).to.be.above(0);
  });
});
