import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../bookmark-button/define.js';
import type { MapBookmarkListElement } from './bookmark-list.js';
import type { MapBookmarkChangeEvent } from '../bookmark-button/events.js';
import { BOOKMARKS_KEY, type Bookmark, type BookmarkChangeSubmission } from '../../storage/bookmarks.js';
import { QUEUE_KEY } from '../../delivery/delivery-queue.js';
import { deliveryQueue } from '../../delivery/page-queue.js';
import { store } from '../../storage/store.js';
import { testEndpoint } from '../../../test/helpers/server.js';
import { captureWarnings } from '../../../test/helpers/console.js';
import { visibleText } from '../../../test/helpers/render.js';
import { useStoredKeys } from '../../../test/helpers/storage.js';
import { preloadAxe } from '../../../test/helpers/axe.js';
import { waitUntil } from '../../../test/helpers/wait.js';

const DAY = 24 * 60 * 60 * 1000;
const MARCH_3_2025 = Date.UTC(2025, 2, 3, 12);

function bookmark(n: number, savedAt = MARCH_3_2025 + n * DAY): Bookmark {
  return { id: `item-${n}`, title: `Item ${n}`, url: `https://example.nhs.uk/${n}`, savedAt };
}

const titles = (el: MapBookmarkListElement) =>
  [...el.shadowRoot!.querySelectorAll('[part~="item"] [part~="link"], [part~="item"] [part~="title"]')].map((a) =>
    a.textContent!.trim(),
  );
const removeButtons = (el: MapBookmarkListElement) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="remove"]'),
];

describe('map-bookmark-list', () => {
  preloadAxe();
  useStoredKeys(BOOKMARKS_KEY, QUEUE_KEY);

  beforeEach(() => {
    deliveryQueue.baseDelayMs = 20;
  });

  it('lists bookmarks newest first, with links and the date saved', async () => {
    store.set(BOOKMARKS_KEY, [bookmark(1), bookmark(3), bookmark(2)]);
    const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list></map-bookmark-list>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Your bookmarks');
    expect(titles(el)).to.deep.equal(['Item 3', 'Item 2', 'Item 1']);
    const first = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
    expect(first.href).to.equal('https://example.nhs.uk/3');
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-03-06');
    expect(el.shadowRoot!.querySelector('[part~="saved"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Saved 6 March 2025',
    );
    expect(removeButtons(el).map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Remove Item 3',
      'Remove Item 2',
      'Remove Item 1',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows an unsafe address as plain text, never as a link', async () => {
    store.set(BOOKMARKS_KEY, [{ ...bookmark(1), url: 'javascript:alert(1)' }]);
    const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list></map-bookmark-list>`);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(titles(el)).to.deep.equal(['Item 1']);
  });

  it('skips stored entries that are not bookmarks', async () => {
    store.set(BOOKMARKS_KEY, [bookmark(1), { id: 'x' }, 'junk', null]);
    const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list></map-bookmark-list>`);
    expect(titles(el)).to.deep.equal(['Item 1']);
  });

  it('shows at most limit bookmarks and says how many there are', async () => {
    store.set(BOOKMARKS_KEY, [1, 2, 3, 4, 5].map((n) => bookmark(n)));
    const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list limit="2"></map-bookmark-list>`);
    expect(titles(el)).to.deep.equal(['Item 5', 'Item 4']);
    expect(el.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.equal('Showing 2 of 5 bookmarks');
    await expect(el).to.be.accessible();
  });

  for (const bad of ['0', '-1', 'two', '2.5', '']) {
    it(`shows an error and warns once for limit="${bad}"`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list limit=${bad}></map-bookmark-list>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
        expect(visibleText(el)).to.contain(`"${bad}" is not a number of bookmarks`);
        expect(warnings.messages.filter((m) => m.includes('limit'))).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }

  it('shows both a bad limit and a bad heading-level, each warned once', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list limit="two" heading-level="0"></map-bookmark-list>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(visibleText(el)).to.contain('"two" is not a number of bookmarks').and.contain('"0" is not a heading level');
      expect(warnings.messages.filter((m) => m.includes('limit "two"'))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('heading-level "0"'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('removes a bookmark and moves focus to the next, then the previous, then the empty message', async () => {
    store.set(BOOKMARKS_KEY, [1, 2, 3].map((n) => bookmark(n)));
    const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list></map-bookmark-list>`);
    const changes: MapBookmarkChangeEvent[] = [];
    el.addEventListener('map-bookmark-change', (e) => changes.push(e));

    // Item 3, Item 2, Item 1: remove the middle one by keyboard.
    removeButtons(el)[1].focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(el).length === 2);
    expect(titles(el)).to.deep.equal(['Item 3', 'Item 1']);
    expect(el.shadowRoot!.activeElement).to.equal(removeButtons(el)[1]);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal(
      'Item 2 removed from your bookmarks',
    );
    expect(changes.map((e) => e.detail)).to.deep.equal([
      { id: 'item-2', bookmarked: false, title: 'Item 2', url: 'https://example.nhs.uk/2' },
    ]);
    await expect(el).to.be.accessible();

    // The last one: focus goes back to the previous.
    await sendKeys({ press: ' ' });
    await waitUntil(() => titles(el).length === 1);
    expect(el.shadowRoot!.activeElement).to.equal(removeButtons(el)[0]);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(el).length === 0);
    const empty = el.shadowRoot!.querySelector('[part~="empty"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(empty);
    expect(store.get(BOOKMARKS_KEY)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows a translated empty state', async () => {
    const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list></map-bookmark-list>`);
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.contain('You have no bookmarks yet.');
    expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('updates live from a bookmark button on the page', async () => {
    const wrapper = await fixture(html`<div>
      <map-bookmark-button item-id="live" label="Live item" url="https://example.nhs.uk/live"></map-bookmark-button>
      <map-bookmark-list></map-bookmark-list>
    </div>`);
    const list = wrapper.querySelector('map-bookmark-list')!;
    const button = wrapper.querySelector('map-bookmark-button')!;
    const toggle = button.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    toggle.click();
    await waitUntil(() => titles(list).length === 1);
    expect(titles(list)).to.deep.equal(['Live item']);
    await expect(wrapper).to.be.accessible();

    removeButtons(list)[0].click();
    await waitUntil(() => toggle.getAttribute('aria-pressed') === 'false');
    await button.updateComplete;
    expect(titles(list)).to.deep.equal([]);
  });

  it('updates live from another tab', async () => {
    const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list></map-bookmark-list>`);
    const newValue = JSON.stringify({ v: 1, data: [bookmark(7)] });
    localStorage.setItem('map-embed:bookmarks', newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: 'map-embed:bookmarks', newValue, storageArea: localStorage }));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Item 7']);
  });

  it('speaks Welsh, dates included', async () => {
    store.set(BOOKMARKS_KEY, [bookmark(0)]);
    const wrapper = await fixture(html`<div lang="cy"><map-bookmark-list></map-bookmark-list></div>`);
    const el = wrapper.querySelector('map-bookmark-list')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Eich nodau tudalen');
    expect(el.shadowRoot!.querySelector('[part~="saved"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Cadwyd 3 Mawrth 2025',
    );
    expect(removeButtons(el)[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Tynnu Item 0');
    await expect(wrapper).to.be.accessible();

    store.set(BOOKMARKS_KEY, []);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.contain('Nid oes gennych unrhyw nodau tudalen');
    await expect(wrapper).to.be.accessible();
  });

  it('says once, as plain text, when saved bookmarks could not be read', async () => {
    const warnings = captureWarnings();
    try {
      localStorage.setItem('map-embed:bookmarks', '{not json');
      const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list></map-bookmark-list>`);
      await el.updateComplete;
      const notices = el.shadowRoot!.querySelectorAll('[part~="storage-notice"]');
      expect(notices).to.have.length(1);
      expect(notices[0].textContent).to.equal('Your earlier bookmarks could not be read. New bookmarks will be saved.');
      expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
      expect(localStorage.getItem('map-embed:bookmarks')).to.equal('{not json');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('has a heading level to fit the page', async () => {
    const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list heading-level="3"></map-bookmark-list>`);
    expect(el.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Your bookmarks');
  });

  it('sends a removal to the endpoint of the button that saved the bookmark, once, and nothing for others', async () => {
    const endpoint = testEndpoint();
    const wrapper = await fixture(html`<div>
      <map-bookmark-button item-id="sent" label="Sent item" url="https://example.nhs.uk/sent" endpoint=${endpoint.url}></map-bookmark-button>
      <map-bookmark-list></map-bookmark-list>
    </div>`);
    store.update<Bookmark[]>(BOOKMARKS_KEY, (current) => [...(current ?? []), bookmark(1)]);
    const list = wrapper.querySelector('map-bookmark-list')!;
    wrapper.querySelector('map-bookmark-button')!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => titles(list).length === 2);
    const savedWith = (store.get<Bookmark[]>(BOOKMARKS_KEY) ?? []).find((b) => b.id === 'sent')!;
    expect(savedWith.endpoint, 'the endpoint is kept with the bookmark, as an absolute URL').to.equal(
      new URL(endpoint.url, document.baseURI).href,
    );
    await waitUntil(async () => (await endpoint.posts()).length === 1, 'the save was not sent', { timeout: 5000 });

    // Item 1 was saved without an endpoint: removing it sends nothing.
    removeButtons(list)[1]!.click();
    await waitUntil(() => titles(list).length === 1);
    removeButtons(list)[0]!.click();
    await waitUntil(() => titles(list).length === 0);
    await waitUntil(async () => (await endpoint.posts()).length === 2, 'the removal was not sent', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const posts = await endpoint.posts<BookmarkChangeSubmission>();
    expect(posts).to.have.length(2);
    const removal = posts.find((p) => !p.body.bookmarked)!.body;
    expect(removal).to.include({ itemId: 'sent', bookmarked: false, title: 'Sent item', url: 'https://example.nhs.uk/sent' });
    expect(removal.submissionId).to.match(/^[0-9a-f-]{36}$/);
    expect(removal.submissionId).not.to.equal(posts.find((p) => p.body.bookmarked)!.body.submissionId);
    expect(deliveryQueue.entries()).to.deep.equal([]);
  });

  it('says so when the site refuses a removal (4xx), keeps it removed, and does not retry', async () => {
    const endpoint = testEndpoint();
    await endpoint.fail(410, 1);
    store.set(BOOKMARKS_KEY, [{ ...bookmark(4), endpoint: new URL(endpoint.url, document.baseURI).href }]);
    const warnings = captureWarnings();
    try {
      const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list></map-bookmark-list>`);
      removeButtons(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the refusal was not shown', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(
        'Item 4 is removed from your bookmarks in this browser, but the site did not accept the change (error 410).',
      );
      expect(titles(el)).to.deep.equal([]);
      expect(warnings.messages.filter((m) => m.includes('410'))).to.have.length(1);
      await expect(el).to.be.accessible();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await endpoint.attempts()).to.equal(1);
      expect(deliveryQueue.entries()).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('warns once and sends nothing when a stored bookmark names an endpoint that is not http(s)', async () => {
    store.set(BOOKMARKS_KEY, [{ ...bookmark(5), endpoint: 'javascript:alert(1)' }]);
    const warnings = captureWarnings();
    try {
      const el = await fixture<MapBookmarkListElement>(html`<map-bookmark-list></map-bookmark-list>`);
      removeButtons(el)[0]!.click();
      await waitUntil(() => titles(el).length === 0);
      expect(warnings.messages.filter((m) => m.includes('item-5') && m.includes('javascript:'))).to.have.length(1);
      expect(deliveryQueue.entries()).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('keeps two lists in step when one removes a bookmark', async () => {
    store.set(BOOKMARKS_KEY, [bookmark(1), bookmark(2)]);
    const wrapper = await fixture(html`<div><map-bookmark-list></map-bookmark-list><map-bookmark-list></map-bookmark-list></div>`);
    const [a, b] = [...wrapper.querySelectorAll('map-bookmark-list')];
    const event = oneEvent(a, 'map-bookmark-change');
    removeButtons(a)[0].click();
    expect(((await event) as MapBookmarkChangeEvent).detail.id).to.equal('item-2');
    await b.updateComplete;
    expect(titles(b)).to.deep.equal(['Item 1']);
  });
});
