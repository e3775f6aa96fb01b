import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/feed/define.js';
import '../../src/elements/role-card/define.js';
import '../../src/elements/news-list/define.js';
import type { MapRoleCardElement } from '../../src/elements/role-card/role-card.js';
import type { MapNewsListElement } from '../../src/elements/news-list/news-list.js';
import type { MapFeedElement } from '../../src/elements/feed/feed.js';
import type { MapFeedErrorEvent, MapFeedLoadEvent } from '../../src/elements/feed/events.js';
import { absoluteFeedUrl, feedCache, FeedError } from '../../src/feed/feed-cache.js';
import { captureWarnings } from '../helpers/console.js';
import { settled, visibleText } from '../helpers/render.js';
import { requestCount, uniqueUrl } from '../helpers/server.js';
import { CORE_STRINGS as STRINGS } from '../../src/i18n/strings.js';
import { waitUntil } from '../helpers/wait.js';

const shadow = (el: Element) => el.shadowRoot!;
const CORRECTED = "The trust's own wording for this role.";

describe('<map-feed src> that is not a URL', () => {
  for (const lang of ['en', 'cy'] as const) {
    it(`shows the feed error and warns once for "http://[::1" (${lang}), without an uncaught error`, async () => {
      const warnings = captureWarnings();
      const uncaught: unknown[] = [];
      const onError = (event: ErrorEvent) => uncaught.push(event.error);
      const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const errors: MapFeedErrorEvent[] = [];
      try {
        const page = await fixture(html`<div lang=${lang}>
          <map-feed src="http://[::1" @map-feed-error=${(e: MapFeedErrorEvent) => errors.push(e)}>
            <map-role-card profession="physician-associate"></map-role-card>
          </map-feed>
          <map-role-card id="own" profession="surgical-care-practitioner" src="http://[::1"></map-role-card>
        </div>`);
        for (const card of page.querySelectorAll<MapRoleCardElement>('map-role-card')) {
          await settled(card);
          expect(visibleText(card)).to.contain(STRINGS[lang]['error.title']).and.contain(STRINGS[lang]['error.bad-url']);
        }
        await waitUntil(() => errors.length === 1, 'no map-feed-error');
        expect((errors[0]!.detail.error as FeedError).code).to.equal('bad-url');
        expect(warnings.messages.filter((m) => m.includes('http://[::1'))).to.have.length(1);
        expect(uncaught).to.deep.equal([]);
      } finally {
        warnings.restore();
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
  }
});

describe('<map-feed> switching src', () => {
  it('fires map-feed-load only for the current src when a slow feed settles after a fast one', async () => {
    const slow = uniqueUrl('/__test/slow?ms=800');
    const fast = uniqueUrl('/test/fixtures/one-role.json');
    const loads: string[] = [];
    const provider = await fixture<MapFeedElement>(
      html`<map-feed src=${slow} @map-feed-load=${(e: MapFeedLoadEvent) => loads.push(e.detail.url)}></map-feed>`,
    );
    provider.src = fast;
    await waitUntil(() => loads.length === 1, 'the fast feed did not load');
    // Wait for the slow feed itself, then for anything it would still set off.
    await feedCache.load(absoluteFeedUrl(slow));
    await provider.loaded;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).to.deep.equal([absoluteFeedUrl(fast)]);
  });
});

const feedOf = (items: object[], extra: object = {}) =>
  `data:application/feed+json,${encodeURIComponent(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', ...extra, items }))}`;

describe('several sources in one src', () => {
  it('merges two feeds, the later one winning on a shared id, one request per URL', async () => {
    const national = uniqueUrl('/test/fixtures/maps.json');
    const local = uniqueUrl('/test/fixtures/local-corrections.json');
    const page = await fixture(html`<div>
      <map-feed src="${national}  ${local}">
        <map-role-card profession="physician-associate"></map-role-card>
        <map-role-card profession="surgical-care-practitioner"></map-role-card>
        <map-news-list></map-news-list>
      </map-feed>
      <map-role-card id="own" profession="physician-associate" src="${national} ${local}"></map-role-card>
    </div>`);
    const [pa, scp, own] = [...page.querySelectorAll<MapRoleCardElement>('map-role-card')];
    const list = page.querySelector<MapNewsListElement>('map-news-list')!;
    await Promise.all([pa!, scp!, own!, list].map((el) => settled(el)));
    // The local role-physician-associate replaces the national one; the national feed's other items stay.
    expect(visibleText(pa!)).to.contain(CORRECTED);
    expect(visibleText(own!)).to.contain(CORRECTED);
    expect(shadow(scp!).querySelector('h3')).to.exist;
    expect(shadow(list).querySelectorAll('li').length).to.be.greaterThan(0);
    expect(await requestCount(national)).to.equal(1);
    expect(await requestCount(local)).to.equal(1);
  });

  it('keeps the other sources when one fails, with one warning naming it; errors only when all fail', async () => {
    const warnings = captureWarnings();
    try {
      const good = uniqueUrl('/test/fixtures/one-role.json');
      const bad = uniqueUrl('/__test/status/500');
      const card = await fixture<MapRoleCardElement>(
        html`<map-role-card profession="physician-associate" src="${bad} ${good}"></map-role-card>`,
      );
      await settled(card);
      expect(visibleText(card)).to.contain('The only role in a second feed.');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(absoluteFeedUrl(bad));

      const worse = uniqueUrl('/__test/status/503');
      const failing = await fixture<MapRoleCardElement>(
        html`<map-role-card profession="physician-associate" src="${uniqueUrl('/__test/status/500')} ${worse}"></map-role-card>`,
      );
      await settled(failing);
      expect(visibleText(failing)).to.contain(STRINGS.en['error.http']);
    } finally {
      warnings.restore();
    }
  });

  it('merges news by date across feeds, later feed replacing an item with the same id', async () => {
    const first = feedOf([
      { id: 'a', title: 'National A', date_published: '2025-01-01' },
      { id: 'b', title: 'National B', date_published: '2025-03-01' },
    ]);
    const second = feedOf([
      { id: 'a', title: 'Local correction of A', date_published: '2025-01-01' },
      { id: 'c', title: 'Local C', date_published: '2025-02-01' },
    ]);
    const feed = await feedCache.load(`${first} ${second}`);
    expect(feed.news.map((n) => n.title)).to.deep.equal(['National B', 'Local C', 'Local correction of A']);
  });
});
