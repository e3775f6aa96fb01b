/**
 * End to end: <map-rating-widget> posting to a running `map-embed collect` (embedded database),
 * through an offline spell and a collector crash, counted exactly once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/rating-widget/define.js';
import type { MapRatingWidgetElement } from '../../src/elements/rating-widget/rating-widget.js';
import { RATINGS_KEY } from '../../src/storage/ratings.js';
import type { MapRatingSubmitEvent, RatingSubmission } from '../../src/elements/rating-widget/events.js';
import { QUEUE_KEY } from '../../src/delivery/delivery-queue.js';
import { deliveryQueue } from '../../src/delivery/page-queue.js';
import { clearStoredValues, useStoredKeys } from '../helpers/storage.js';
import { goOffline } from '../helpers/server.js';
import { postRating, startCollector, stopCollector } from '../helpers/collector.js';
import { waitUntil } from '../helpers/wait.js';

const root = (el: Element) => el.shadowRoot!;
const statusText = (el: Element) => (root(el).querySelector('[role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('rating widget → map-embed collect', function () {
  this.timeout(400_000);
  useStoredKeys(RATINGS_KEY, QUEUE_KEY);

  it('posts, goes offline, comes back (the collector restarted meanwhile), and the summary counts the rating once', async () => {
    deliveryQueue.baseDelayMs = 50;
    let collector = await startCollector();
    const endpoint = `${collector.url}/ratings`;
    const item = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

    // Another visitor's rating, posted while everything is up.
    const el = await fixture<MapRatingWidgetElement>(
      html`<map-rating-widget item-id=${item} endpoint=${endpoint} comment></map-rating-widget>`,
    );
    const radios = (widget: Element) => widget.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    radios(el)[4]!.focus();
    await sendKeys({ press: ' ' });
    let submitted: RatingSubmission | undefined;
    el.addEventListener('map-rating-submit', (event: MapRatingSubmitEvent) => (submitted = event.detail), { once: true });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusText(el).includes('Thank you'), 'no thank-you', { timeout: 15_000 });
    await waitUntil(() => deliveryQueue.entries().length === 0, 'the first rating was not delivered', { timeout: 15_000 });
    expect(submitted!.rating).to.equal(5);
    el.remove();
    // This browser now remembers the item as rated; the next rating is another visitor's.
    clearStoredValues([RATINGS_KEY]);

    // Offline: this visitor rates 3 stars; the queue keeps it. Meanwhile the collector crashes.
    const backOnline = goOffline();
    const widget = await fixture<MapRatingWidgetElement>(
      html`<map-rating-widget item-id=${item} endpoint=${endpoint}></map-rating-widget>`,
    );
    radios(widget)[2]!.focus();
    await sendKeys({ press: ' ' });
    let queued: RatingSubmission | undefined;
    widget.addEventListener('map-rating-submit', (event: MapRatingSubmitEvent) => (queued = event.detail), { once: true });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusText(widget).includes('back online'), 'not queued as offline', { timeout: 15_000 });
    expect(deliveryQueue.entries().map((e) => e.id)).to.deep.equal([queued!.submissionId]);
    await stopCollector(collector);

    // Back online while the collector is still down: the attempt fails and the rating stays queued.
    backOnline();
    await waitUntil(() => (deliveryQueue.entries()[0]?.attempts ?? 0) >= 1, 'no attempt while the collector was down', { timeout: 15_000 });
    expect(deliveryQueue.entries().map((e) => e.id)).to.deep.equal([queued!.submissionId]);

    // The collector comes back on the same data and address; the queue delivers the rating.
    collector = await startCollector(collector);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => deliveryQueue.entries().length === 0, 'the queued rating was not delivered after the restart', { timeout: 30_000 });

    // The same submission again (a second tab, or an answer lost on the way back): not counted twice.
    expect(await postRating(collector, queued as unknown as Record<string, unknown>)).to.equal(200);

    const summary = await (await fetch(`${collector.url}/ratings/summary?item=${encodeURIComponent(item)}`)).json();
    expect(summary.count).to.equal(2);
    expect(summary.stars).to.deep.equal({ '1': 0, '2': 0, '3': 1, '4': 0, '5': 1 });

    // And a visitor's widget with show-summary says so.
    const reader = await fixture<MapRatingWidgetElement>(
      html`<map-rating-widget show-summary item-id=${item} endpoint=${endpoint}></map-rating-widget>`,
    );
    await waitUntil(() => reader.shadowRoot!.querySelector('[part="summary"]'), 'no summary', { timeout: 10_000 });
    expect(reader.shadowRoot!.querySelector('[part="summary"]')!.textContent!.trim()).to.equal('Rated 4.0 out of 5 by 2 people');
  });
});
