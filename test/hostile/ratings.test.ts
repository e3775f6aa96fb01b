import { expect } from '@open-wc/testing';
import '../../src/elements/rating-widget/define.js';
import type { MapRatingWidgetElement } from '../../src/elements/rating-widget/rating-widget.js';
import { RATINGS_KEY } from '../../src/storage/ratings.js';
import type { RatingSubmission } from '../../src/elements/rating-widget/events.js';
import { QUEUE_KEY } from '../../src/delivery/delivery-queue.js';
import { deliveryQueue } from '../../src/delivery/page-queue.js';
import { ratingWidgetStrings } from '../../src/elements/rating-widget/rating-widget.strings.js';
import { captureWarnings } from '../helpers/console.js';
import { goOffline, testEndpoint } from '../helpers/server.js';
import { useStoredKeys } from '../helpers/storage.js';
import { trapUncaught } from './harness.js';
import { click, openPage } from './pages.js';
import { waitUntil } from '../helpers/wait.js';

/*
 * Ratings under network faults, counted where it matters: on the server (the test server's
 * recording endpoint). Whatever happens between the reader's click and the endpoint, every
 * rating arrives exactly once, under the id it was given when the reader sent it.
 */

type Widget = MapRatingWidgetElement;
const en = ratingWidgetStrings.en;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const shadow = (el: Element) => el.shadowRoot!;
const statusText = (el: Element) => (shadow(el).querySelector('[part~="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

function mountWidget(itemId: string, endpoint: string): Widget {
  const widget = Object.assign(document.createElement('map-rating-widget'), { itemId, endpoint });
  document.body.append(widget);
  return widget;
}

/** What the widget fired, which is what the endpoint must receive. */
function fired(widget: Widget): RatingSubmission[] {
  const seen: RatingSubmission[] = [];
  widget.addEventListener('map-rating-submit', (event) => seen.push(event.detail));
  return seen;
}

async function rate(widget: Widget, stars: number): Promise<void> {
  await widget.updateComplete;
  await click(shadow(widget).querySelectorAll('input[type="radio"]')[stars - 1]!);
  await click(shadow(widget).querySelector('[part~="submit"]')!);
}

/** Waits until the endpoint has `count` posts, then a little longer to catch any duplicate. */
async function delivered(endpoint: ReturnType<typeof testEndpoint>, count: number, timeout = 8000) {
  await waitUntil(async () => (await endpoint.posts()).length >= count, `${count} posts did not arrive`, { timeout, interval: 100 });
  await sleep(400);
  return endpoint.posts<RatingSubmission>();
}

describe('hostile ratings: every rating reaches the server exactly once', () => {
  useStoredKeys(RATINGS_KEY, QUEUE_KEY);
  let trap: ReturnType<typeof trapUncaught>;
  beforeEach(() => {
    deliveryQueue.baseDelayMs = 20;
    trap = trapUncaught();
  });
  afterEach(() => {
    expect(trap.errors, 'nothing thrown and not caught').to.deep.equal([]);
    trap.dispose();
    document.querySelectorAll('map-rating-widget, iframe').forEach((el) => el.remove());
    deliveryQueue.baseDelayMs = 2_000;
    deliveryQueue.maxPerMinute = 30;
    void deliveryQueue.start();
  });

  it('offline, then back online to a 503, then 200: thanked at once, delivered once', async () => {
    const endpoint = testEndpoint();
    await endpoint.fail(503, 1);
    const backOnline = goOffline();
    let online = false;
    try {
      const widget = mountWidget('offline-503', endpoint.url);
      const seen = fired(widget);
      await rate(widget, 3);
      await waitUntil(() => statusText(widget).startsWith(en['rating.thanks']), 'thanked while offline');
      expect(statusText(widget)).to.contain(en['rating.queued.offline']);
      await sleep(300);
      expect(await endpoint.attempts(), 'nothing sent while offline').to.equal(0);
      backOnline();
      online = true;
      const posts = await delivered(endpoint, 1);
      expect(posts.map((p) => p.body)).to.deep.equal(seen);
      expect(await endpoint.attempts(), 'the 503, then the delivery').to.equal(2);
      expect(deliveryQueue.entries()).to.deep.equal([]);
    } finally {
      if (!online) backOnline();
    }
  });

  it('400: says it was refused, never re-sends it, and a second try is delivered once', async () => {
    const endpoint = testEndpoint();
    await endpoint.fail(400, 1);
    const warnings = captureWarnings();
    try {
      const widget = mountWidget('refused', endpoint.url);
      const seen = fired(widget);
      await rate(widget, 1);
      await waitUntil(() => shadow(widget).querySelector('[part~="rejected"]'), 'the refusal is shown');
      expect(shadow(widget).querySelector('[role="alert"]')!.textContent).to.contain('(error 400)');
      await sleep(500);
      expect(await endpoint.attempts(), 'a refused rating is not retried').to.equal(1);
      expect(await endpoint.posts()).to.deep.equal([]);
      expect(deliveryQueue.entries()).to.deep.equal([]);
      expect(warnings.messages.filter((m) => m.includes('400'))).to.have.length(1);

      await click(shadow(widget).querySelector('[part~="submit"]')!);
      const posts = await delivered(endpoint, 1);
      expect(posts).to.have.length(1);
      expect(posts[0]!.body).to.deep.equal(seen[1]);
      expect(seen[1]!.submissionId).not.to.equal(seen[0]!.submissionId);
    } finally {
      warnings.restore();
    }
  });

  it('page closed while offline: the next page load sends it, once, with the same id', async () => {
    const endpoint = testEndpoint();
    const backOnline = goOffline();
    try {
      const widget = mountWidget('reload-offline', endpoint.url);
      const seen = fired(widget);
      await rate(widget, 5);
      await waitUntil(() => statusText(widget).includes(en['rating.queued.offline']), 'queued while offline');
      // The reader closes the page: its queue stops where it is, the entry stays stored.
      deliveryQueue.stop();
      widget.remove();
      expect(deliveryQueue.entries().map((e) => e.id)).to.deep.equal([seen[0]!.submissionId]);

      // The next page of the site, online, with its own copy of map-embed and a widget (the
      // queue starts when the first element that stores or sends is on the page).
      const next = await openPage();
      const [again] = (await next.show(`<map-rating-widget item-id="reload-offline"></map-rating-widget>`)) as [Widget];
      const posts = await delivered(endpoint, 1);
      expect(posts.map((p) => p.body)).to.deep.equal(seen);
      expect(await endpoint.attempts()).to.equal(1);
      // On that page the widget remembers the rating rather than asking again.
      expect(statusText(again)).to.contain(en['rating.thanks']);
      expect(next.win.__page.errors).to.deep.equal([]);
    } finally {
      backOnline();
    }
  });

  it('page closed while waiting to retry a 503: the next page load sends it once', async () => {
    const endpoint = testEndpoint();
    await endpoint.fail(503, 1);
    // This page closes before its retry; the next page honours the stored backoff (0.5–1 s).
    deliveryQueue.baseDelayMs = 1_000;
    const widget = mountWidget('reload-503', endpoint.url);
    const seen = fired(widget);
    await rate(widget, 2);
    await waitUntil(() => statusText(widget).includes(en['rating.queued.server']), 'queued after the 503');
    deliveryQueue.stop();
    widget.remove();

    const next = await openPage();
    await next.show(`<map-rating-widget item-id="reload-503"></map-rating-widget>`);
    const posts = await delivered(endpoint, 1);
    expect(posts.map((p) => p.body)).to.deep.equal(seen);
    expect(await endpoint.attempts(), 'the 503, then the new page’s delivery').to.equal(2);
    expect(next.win.__page.errors).to.deep.equal([]);
  });

  it('many rapid submissions, each clicked several times, through a run of 503s: each once', async function () {
    this.timeout(30_000);
    const endpoint = testEndpoint();
    await endpoint.fail(503, 8);
    const COUNT = 25;
    // 33 requests in a few seconds: more than the polite per-minute budget of one page.
    deliveryQueue.maxPerMinute = 100;
    const widgets = Array.from({ length: COUNT }, (_, i) => mountWidget(`rapid-${i}`, endpoint.url));
    const seen = widgets.map(fired);
    await Promise.all(widgets.map((w) => w.updateComplete));
    // As fast as script can click: no waiting between widgets or between clicks.
    widgets.forEach((widget, i) => {
      shadow(widget).querySelectorAll<HTMLInputElement>('input[type="radio"]')[i % 5]!.click();
      const submit = shadow(widget).querySelector<HTMLButtonElement>('[part~="submit"]')!;
      submit.click();
      submit.click();
      submit.click();
    });
    const posts = await delivered(endpoint, COUNT, 20_000);
    expect(posts).to.have.length(COUNT);
    const sent = seen.flat();
    expect(sent, 'one submission per widget, however often it was clicked').to.have.length(COUNT);
    expect(new Set(posts.map((p) => p.body.submissionId)).size).to.equal(COUNT);
    expect(posts.map((p) => p.body).sort((a, b) => a.itemId.localeCompare(b.itemId))).to.deep.equal(
      [...sent].sort((a, b) => a.itemId.localeCompare(b.itemId)),
    );
    expect(await endpoint.attempts()).to.equal(COUNT + 8);
    await waitUntil(() => deliveryQueue.entries().length === 0, 'the queue empties');
    for (const widget of widgets) expect(statusText(widget)).to.contain(en['rating.thanks']);
  });
});
