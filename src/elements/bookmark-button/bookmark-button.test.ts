import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { MapBookmarkButtonElement } from './bookmark-button.js';
import type { MapBookmarkChangeEvent } from './events.js';
import type { BookmarkChangeSubmission } from '../../storage/bookmarks.js';
import { BOOKMARKS_KEY, type Bookmark } from '../../storage/bookmarks.js';
import { QUEUE_KEY } from '../../delivery/delivery-queue.js';
import { deliveryQueue } from '../../delivery/page-queue.js';
import { store } from '../../storage/store.js';
import { testEndpoint, uniqueUrl } from '../../../test/helpers/server.js';
import { captureWarnings } from '../../../test/helpers/console.js';
import { visibleText } from '../../../test/helpers/render.js';
import { accessibleName } from '../../../test/helpers/accessible-name.js';
import { clearStoredValues, simulateFullStorage, useStoredKeys } from '../../../test/helpers/storage.js';
import { preloadAxe } from '../../../test/helpers/axe.js';
import { waitUntil } from '../../../test/helpers/wait.js';

const FIXTURE = '/test/fixtures/maps.json';

const button = (el: MapBookmarkButtonElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
const status = (el: MapBookmarkButtonElement) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const saved = () => store.get<Bookmark[]>(BOOKMARKS_KEY) ?? [];

/** Clicks, then waits for the toggle (which may first read the feed for a title) to land. */
async function click(el: MapBookmarkButtonElement): Promise<void> {
  const before = button(el).getAttribute('aria-pressed');
  button(el).click();
  await waitUntil(() => button(el).getAttribute('aria-pressed') !== before, 'the button did not toggle');
  await el.updateComplete;
}

describe('map-bookmark-button', () => {
  preloadAxe();
  // Other test files share this origin's localStorage: claim what this file writes.
  useStoredKeys(BOOKMARKS_KEY, QUEUE_KEY);

  beforeEach(() => {
    deliveryQueue.baseDelayMs = 20;
  });

  it('is a toggle named after its item, the same while aria-pressed, style and status change', async () => {
    const el = await fixture<MapBookmarkButtonElement>(
      html`<map-bookmark-button item-id="page-1" label="Page one" url="/page-1"></map-bookmark-button>`,
    );
    const b = button(el);
    expect(b.getAttribute('aria-pressed')).to.equal('false');
    expect(b.textContent!.trim()).to.equal('Bookmark');
    expect(accessibleName(b)).to.equal('Bookmark Page one');
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(status(el)).to.equal('');
    const offBackground = getComputedStyle(b).backgroundColor;
    await expect(el).to.be.accessible();

    await click(el);
    expect(b.getAttribute('aria-pressed')).to.equal('true');
    expect(b.textContent!.trim()).to.equal('Bookmark');
    expect(accessibleName(b), 'the name does not change with the state').to.equal('Bookmark Page one');
    expect(status(el)).to.equal('Bookmarked');
    b.blur();
    expect(getComputedStyle(b).backgroundColor).not.to.equal(offBackground);
    expect(saved().map((s) => [s.id, s.title, new URL(s.url).pathname])).to.deep.equal([['page-1', 'Page one', '/page-1']]);
    await expect(el).to.be.accessible();

    await click(el);
    expect(b.getAttribute('aria-pressed')).to.equal('false');
    expect(accessibleName(b)).to.equal('Bookmark Page one');
    expect(status(el)).to.equal('Bookmark removed');
    expect(saved()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('toggles with Enter and with Space', async () => {
    const el = await fixture<MapBookmarkButtonElement>(
      html`<map-bookmark-button item-id="keys" label="Keys" url="/keys"></map-bookmark-button>`,
    );
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(status(el)).to.equal('Bookmark removed');
  });

  it('fires map-bookmark-change with what was saved, bubbling out of shadow roots', async () => {
    const el = await fixture<MapBookmarkButtonElement>(
      html`<map-bookmark-button item-id="evt" label="Event page" url="https://example.nhs.uk/evt"></map-bookmark-button>`,
    );
    const on = oneEvent(document, 'map-bookmark-change') as Promise<MapBookmarkChangeEvent>;
    button(el).click();
    const event = await on;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ id: 'evt', bookmarked: true, title: 'Event page', url: 'https://example.nhs.uk/evt' });
    const off = oneEvent(el, 'map-bookmark-change') as Promise<MapBookmarkChangeEvent>;
    button(el).click();
    expect((await off).detail.bookmarked).to.equal(false);
  });

  it('keeps every button for the same item in step, and leaves others alone', async () => {
    const wrapper = await fixture(html`<div>
      <map-bookmark-button item-id="same" label="Same" url="/same"></map-bookmark-button>
      <map-bookmark-button item-id="same" label="Same" url="/same"></map-bookmark-button>
      <map-bookmark-button item-id="other" label="Other" url="/other"></map-bookmark-button>
    </div>`);
    const [a, b, other] = [...wrapper.querySelectorAll('map-bookmark-button')];
    await click(a);
    await b.updateComplete;
    expect(button(b).getAttribute('aria-pressed')).to.equal('true');
    expect(button(other).getAttribute('aria-pressed')).to.equal('false');
    // Only the button the user pressed speaks.
    expect(status(a)).to.equal('Bookmarked');
    expect(status(b)).to.equal('');
    await click(b);
    await a.updateComplete;
    expect(button(a).getAttribute('aria-pressed')).to.equal('false');
    expect(status(a)).to.equal('');
  });

  it('follows a change made in another tab', async () => {
    const el = await fixture<MapBookmarkButtonElement>(
      html`<map-bookmark-button item-id="tab" label="Tab" url="/tab"></map-bookmark-button>`,
    );
    const newValue = JSON.stringify({ v: 1, data: [{ id: 'tab', title: 'Tab', url: 'https://x.nhs.uk/', savedAt: 1 }] });
    localStorage.setItem('map-embed:bookmarks', newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: 'map-embed:bookmarks', newValue, storageArea: localStorage }));
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
  });

  it('without item-id, bookmarks this page by its canonical URL and title', async () => {
    const link = Object.assign(document.createElement('link'), { rel: 'canonical', href: 'https://trust.nhs.uk/maps?x=1' });
    document.head.append(link);
    const title = document.title;
    document.title = 'Our MAPs page';
    try {
      const el = await fixture<MapBookmarkButtonElement>(html`<map-bookmark-button></map-bookmark-button>`);
      expect(el.bookmarkId).to.equal('https://trust.nhs.uk/maps?x=1');
      expect(accessibleName(button(el))).to.equal('Bookmark Our MAPs page');
      const on = oneEvent(el, 'map-bookmark-change') as Promise<MapBookmarkChangeEvent>;
      button(el).click();
      expect((await on).detail).to.deep.equal({
        id: 'https://trust.nhs.uk/maps?x=1',
        bookmarked: true,
        title: 'Our MAPs page',
        url: 'https://trust.nhs.uk/maps?x=1',
      });
    } finally {
      link.remove();
      document.title = title;
    }
  });

  it('without item-id or canonical link, uses the address without its fragment', async () => {
    const el = await fixture<MapBookmarkButtonElement>(html`<map-bookmark-button></map-bookmark-button>`);
    const expected = new URL(location.href);
    expected.hash = '';
    expect(el.bookmarkId).to.equal(expected.href);
  });

  it('takes the title and address of the feed item named by item-id', async () => {
    const src = uniqueUrl(FIXTURE);
    const el = await fixture<MapBookmarkButtonElement>(
      html`<map-bookmark-button item-id="role-physician-associate" src=${src}></map-bookmark-button>`,
    );
    await waitUntil(() => accessibleName(button(el)) === 'Bookmark Physician associates', 'not named after the feed item');
    const on = oneEvent(el, 'map-bookmark-change') as Promise<MapBookmarkChangeEvent>;
    button(el).click();
    const { detail } = await on;
    expect(detail.title).to.equal('Physician associates');
    expect(detail.url).to.equal(new URL('/roles/physician-associate', location.href).href);
    expect(saved()[0].title).to.equal('Physician associates');
  });

  it('does not load a feed when label and url say everything', async () => {
    const src = uniqueUrl(FIXTURE);
    const el = await fixture<MapBookmarkButtonElement>(
      html`<map-bookmark-button item-id="news-1" label="Given" url="/given" src=${src}></map-bookmark-button>`,
    );
    await click(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const count = (await (await fetch(`/__test/count?url=${encodeURIComponent(src)}`)).json()) as { count: number };
    expect(count.count).to.equal(0);
    expect(saved()[0].title).to.equal('Given');
  });

  it('falls back to the page title, with one warning, when item-id is not in the feed', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<MapBookmarkButtonElement>(
        html`<map-bookmark-button item-id="no-such-item" src=${uniqueUrl(FIXTURE)}></map-bookmark-button>`,
      );
      const on = oneEvent(el, 'map-bookmark-change') as Promise<MapBookmarkChangeEvent>;
      button(el).click();
      expect((await on).detail.title).to.equal(document.title.trim() || 'no-such-item');
      expect(warnings.messages.filter((m) => m.includes('no-such-item'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('posts each change to endpoint with an idempotency id', async () => {
    const endpoint = testEndpoint();
    const el = await fixture<MapBookmarkButtonElement>(
      html`<map-bookmark-button item-id="posted" label="Posted" url="https://example.nhs.uk/p" endpoint=${endpoint.url}></map-bookmark-button>`,
    );
    await click(el);
    // A change still waiting in the queue is replaced by a newer one of the same item, so the
    // second click waits until the first change has been delivered.
    await waitUntil(async () => (await endpoint.posts()).length === 1, 'the first post', { timeout: 5000 });
    await click(el);
    await waitUntil(async () => (await endpoint.posts()).length === 2, 'two posts', { timeout: 5000 });
    const posts = await endpoint.posts<BookmarkChangeSubmission>();
    expect(posts[0].contentType).to.contain('application/json');
    const bodies = posts.map((p) => p.body).sort((a, b) => Number(b.bookmarked) - Number(a.bookmarked));
    for (const body of bodies) {
      expect(Object.keys(body).sort()).to.deep.equal(['bookmarked', 'changedAt', 'itemId', 'submissionId', 'title', 'url']);
      expect(body).to.include({ itemId: 'posted', title: 'Posted', url: 'https://example.nhs.uk/p' });
      expect(body.submissionId).to.match(/^[0-9a-f-]{36}$/);
      expect(Number.isNaN(Date.parse(body.changedAt))).to.equal(false);
    }
    expect(bodies.map((b) => b.bookmarked)).to.deep.equal([true, false]);
    expect(bodies[0].submissionId).not.to.equal(bodies[1].submissionId);
  });

  it('keeps a change through a 503 and delivers it once, with the same id', async () => {
    const endpoint = testEndpoint();
    await endpoint.fail(503, 2);
    const el = await fixture<MapBookmarkButtonElement>(
      html`<map-bookmark-button item-id="retried" label="Retried" url="https://example.nhs.uk/r" endpoint=${endpoint.url}></map-bookmark-button>`,
    );
    await click(el);
    await waitUntil(async () => (await endpoint.posts()).length === 1, 'not delivered', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await endpoint.attempts()).to.equal(3);
    expect((await endpoint.posts<BookmarkChangeSubmission>())[0].body).to.include({ itemId: 'retried', bookmarked: true });
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('says so when the endpoint refuses a change (4xx), keeps the bookmark, and does not retry', async () => {
    const endpoint = testEndpoint();
    await endpoint.fail(403, 1);
    const warnings = captureWarnings();
    try {
      const el = await fixture<MapBookmarkButtonElement>(
        html`<map-bookmark-button item-id="refused" label="Refused" url="https://example.nhs.uk/x" endpoint=${endpoint.url}></map-bookmark-button>`,
      );
      await click(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the refusal was not shown', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
        'Your bookmark is saved in this browser, but the site did not accept it (error 403).',
      );
      expect(button(el).getAttribute('aria-pressed')).to.equal('true');
      expect(saved().map((b) => b.id)).to.deep.equal(['refused']);
      expect(warnings.messages.filter((m) => m.includes('403'))).to.have.length(1);
      await expect(el).to.be.accessible();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await endpoint.attempts()).to.equal(1);
      expect(deliveryQueue.entries()).to.deep.equal([]);

      // The next change is accepted: the old message goes.
      await click(el);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      await waitUntil(async () => (await endpoint.posts()).length === 1, 'the next change was not sent', { timeout: 5000 });
    } finally {
      warnings.restore();
    }
  });

  it('shows an error and warns once for an endpoint that is not http(s)', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<MapBookmarkButtonElement>(
        html`<map-bookmark-button endpoint="javascript:alert(1)"></map-bookmark-button>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
      expect(visibleText(el)).to.contain('javascript:alert(1)');
      expect(warnings.messages.filter((m) => m.includes('endpoint'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('speaks Welsh', async () => {
    const wrapper = await fixture(
      html`<div lang="cy"><map-bookmark-button item-id="cy" label="Tudalen" url="/cy"></map-bookmark-button></div>`,
    );
    const el = wrapper.querySelector('map-bookmark-button')!;
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal('Nod tudalen');
    expect(accessibleName(button(el))).to.equal('Nod tudalen Tudalen');
    await click(el);
    expect(status(el)).to.equal('Nod tudalen wedi’i ychwanegu');
    expect(button(el).textContent!.trim()).to.equal('Nod tudalen');
    expect(accessibleName(button(el))).to.equal('Nod tudalen Tudalen');
    await expect(wrapper).to.be.accessible();
  });

  it('keeps working, and says so once, when storage is full', async () => {
    const el = await fixture<MapBookmarkButtonElement>(
      html`<map-bookmark-button item-id="full" label="Full"></map-bookmark-button>`,
    );
    expect(el.shadowRoot!.querySelector('[part~="storage-notice"]')).to.equal(null);
    const warnings = captureWarnings();
    const restoreStorage = simulateFullStorage();
    try {
      await click(el);
      expect(button(el).getAttribute('aria-pressed')).to.equal('true');
      expect(store.status).to.equal('full');
      const notices = el.shadowRoot!.querySelectorAll('[part~="storage-notice"]');
      expect(notices).to.have.length(1);
      expect(notices[0].textContent).to.equal('Your bookmarks are saved for this visit only.');
      expect(notices[0].closest('[role="status"], [role="alert"], [aria-live]')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      restoreStorage();
      warnings.restore();
      clearStoredValues([BOOKMARKS_KEY]);
    }
    expect(store.status).to.equal('persistent');
  });
});
