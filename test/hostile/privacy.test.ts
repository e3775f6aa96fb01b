import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/role-card/define.js';
import '../../src/elements/case-study-carousel/define.js';
import '../../src/elements/rating-widget/define.js';
import type { MapRatingWidgetElement } from '../../src/elements/rating-widget/rating-widget.js';
import { RATINGS_KEY } from '../../src/storage/ratings.js';
import type { RatingSubmission } from '../../src/elements/rating-widget/events.js';
import { BOOKMARKS_KEY } from '../../src/storage/bookmarks.js';
import { QUEUE_KEY } from '../../src/delivery/delivery-queue.js';
import { store } from '../../src/storage/store.js';
import { testEndpoint, uniqueUrl } from '../helpers/server.js';
import { useStoredKeys } from '../helpers/storage.js';
import { click, openPage } from './pages.js';
import { waitUntil } from '../helpers/wait.js';

/*
 * What leaves the page and what stays in the browser: addresses with patient identifiers,
 * referrers, shared ward computers, and pages embedded in sandboxed frames.
 */

const shadow = (el: Element) => el.shadowRoot!;
const namesIn = (storage: Storage, prefix: string) => Object.keys(storage).filter((name) => name.startsWith(prefix));

describe('privacy and embedding', () => {
  useStoredKeys(BOOKMARKS_KEY, RATINGS_KEY, QUEUE_KEY);
  afterEach(() => document.querySelectorAll('iframe, map-rating-widget').forEach((el) => el.remove()));

  describe('the page address sent with a rating', () => {
    it('leaves out the query string and fragment by default (they can hold an NHS number)', async () => {
      // This test page's own address has a query string (the runner's session id).
      expect(location.search).not.to.equal('');
      const endpoint = testEndpoint();
      const widget = Object.assign(document.createElement('map-rating-widget'), { endpoint: endpoint.url }) as MapRatingWidgetElement;
      document.body.append(widget);
      await widget.updateComplete;
      shadow(widget).querySelectorAll<HTMLInputElement>('input[type="radio"]')[4]!.click();
      shadow(widget).querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      await waitUntil(async () => (await endpoint.posts()).length === 1, 'not posted');
      const [post] = await endpoint.posts<RatingSubmission>();
      const bare = location.origin + location.pathname;
      expect(post!.body.pageUrl).to.equal(bare);
      expect(post!.body.itemId, 'the default item id (what is stored)').to.equal(bare);
      expect(Object.keys(store.get<object>(RATINGS_KEY)!)).to.deep.equal([`stars:${bare}`]);
      expect(JSON.stringify(store.get(RATINGS_KEY))).not.to.contain('?');
    });

    it('sends the full address only when the editor opts in with full-page-url', async () => {
      const endpoint = testEndpoint();
      const widget = Object.assign(document.createElement('map-rating-widget'), { endpoint: endpoint.url, itemId: 'full-url-page' }) as MapRatingWidgetElement;
      widget.setAttribute('full-page-url', '');
      document.body.append(widget);
      await widget.updateComplete;
      shadow(widget).querySelectorAll<HTMLInputElement>('input[type="radio"]')[0]!.click();
      shadow(widget).querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      await waitUntil(async () => (await endpoint.posts()).length === 1, 'not posted');
      const [post] = await endpoint.posts<RatingSubmission>();
      expect(post!.body.pageUrl).to.equal(location.href.split('#')[0]);
    });
  });

  describe('feed images', () => {
    it('are fetched with a referrer policy that gives other hosts the origin at most', async () => {
      const card = await fixture(html`<map-role-card profession="physician-associate" layout="full" src=${uniqueUrl('/test/fixtures/roles-varied.json')}></map-role-card>`);
      await waitUntil(() => shadow(card).querySelector('img'), 'the role card shows its image', { timeout: 5000 });
      expect(shadow(card).querySelector('img')!.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
      const carousel = await fixture(html`<map-case-study-carousel src=${uniqueUrl('/test/fixtures/maps.json')}></map-case-study-carousel>`);
      await waitUntil(() => shadow(carousel).querySelector('img'), 'the carousel shows an image', { timeout: 5000 });
      for (const img of shadow(carousel).querySelectorAll('img')) {
        expect(img.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
      }
    });
  });

  describe('shared ward computers: <meta name="map-embed:storage" content="session">', () => {
    it('keeps bookmarks, ratings and the queue in sessionStorage, nothing in localStorage', async () => {
      const endpoint = testEndpoint();
      await endpoint.fail(503, 1);
      const page = await openPage({ storage: 'session' });
      const session = page.win.sessionStorage;
      try {
        const [button, widget] = (await page.show(
          '<map-bookmark-button item-id="ward-pc" label="Ward PC" url="https://example.org/ward"></map-bookmark-button>' +
            `<map-rating-widget item-id="ward-page" endpoint="${endpoint.url}"></map-rating-widget>`,
        )) as [HTMLElement, MapRatingWidgetElement];
        await click(shadow(button).querySelector('[part~="button"]')!);
        await waitUntil(() => namesIn(session, 'map-embed:bookmarks/').length === 1, 'the bookmark is kept for the session');
        await click(shadow(widget).querySelectorAll('input[type="radio"]')[2]!);
        await click(shadow(widget).querySelector('[part~="submit"]')!);
        await waitUntil(() => shadow(widget).querySelector('[part~="thanks"]'), 'thanked');
        expect(namesIn(session, 'map-embed:ratings/')).to.have.length(1);
        expect(namesIn(session, 'map-embed:delivery-queue/'), 'the 503 leaves it queued').to.have.length(1);
        expect(namesIn(localStorage, 'map-embed:bookmarks/')).to.deep.equal([]);
        expect(namesIn(localStorage, 'map-embed:ratings/')).to.deep.equal([]);
        expect(namesIn(localStorage, 'map-embed:delivery-queue/')).to.deep.equal([]);
        expect(page.win.__page.errors).to.deep.equal([]);
      } finally {
        for (const name of namesIn(session, 'map-embed:')) session.removeItem(name);
      }
    });
  });

  describe('in a sandboxed frame without allow-forms', () => {
    it('sends a rating on the Send button and on Enter (no form submission involved)', async () => {
      const endpoint = testEndpoint();
      const page = await openPage({ sandbox: 'allow-scripts allow-same-origin' });
      const [first, second] = (await page.show(
        `<map-rating-widget item-id="sandboxed-1" endpoint="${endpoint.url}"></map-rating-widget>` +
          `<map-rating-widget item-id="sandboxed-2" endpoint="${endpoint.url}"></map-rating-widget>`,
      )) as [MapRatingWidgetElement, MapRatingWidgetElement];
      await click(shadow(first).querySelectorAll('input[type="radio"]')[3]!);
      await click(shadow(first).querySelector('[part~="submit"]')!);
      await waitUntil(async () => (await endpoint.posts()).length === 1, 'the Send button did not send', { timeout: 5000 });

      await click(shadow(second).querySelectorAll('input[type="radio"]')[1]!);
      await sendKeys({ press: 'Enter' });
      await waitUntil(async () => (await endpoint.posts()).length === 2, 'Enter did not send', { timeout: 5000 });
      const posts = await endpoint.posts<RatingSubmission>();
      expect(posts.map((p) => [p.body.itemId, p.body.rating]).sort()).to.deep.equal([['sandboxed-1', 4], ['sandboxed-2', 2]]);
      expect(page.win.__page.errors).to.deep.equal([]);
    });
  });
});
