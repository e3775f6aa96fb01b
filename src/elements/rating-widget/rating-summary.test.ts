import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { MapRatingWidgetElement } from './rating-widget.js';
import { RATINGS_KEY } from '../../storage/ratings.js';
import { summaryUrl, toRatingSummary } from './rating-summary.js';
import { QUEUE_KEY } from '../../delivery/delivery-queue.js';
import { useStoredKeys } from '../../../test/helpers/storage.js';
import { preloadAxe } from '../../../test/helpers/axe.js';
import { requestCount } from '../../../test/helpers/server.js';
import { postRating, ratingFor, startCollector, type TestCollector } from '../../../test/helpers/collector.js';
import { waitUntil } from '../../../test/helpers/wait.js';

const summaryOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="summary"]');
const itemId = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function rated(collector: TestCollector, item: string, ratings: (number | 'yes' | 'no')[]): Promise<void> {
  for (const rating of ratings) expect(await postRating(collector, ratingFor(item, rating))).to.equal(201);
}

async function shown(el: MapRatingWidgetElement): Promise<string> {
  await waitUntil(() => summaryOf(el), 'the summary did not appear', { timeout: 10_000 });
  return summaryOf(el)!.textContent!.trim();
}

describe('<map-rating-widget show-summary>', function () {
  this.timeout(90_000);
  preloadAxe();
  useStoredKeys(RATINGS_KEY, QUEUE_KEY);
  let collector: TestCollector;

  before(async function () {
    this.timeout(200_000);
    collector = await startCollector();
  });

  it('says "Rated 4.3 out of 5 by 3 people", as plain text outside any live region, and passes axe', async () => {
    const item = itemId('stars');
    await rated(collector, item, [4, 5, 4, 'yes']);
    const el = await fixture<MapRatingWidgetElement>(
      html`<map-rating-widget show-summary item-id=${item} endpoint=${`${collector.url}/ratings`}></map-rating-widget>`,
    );
    expect(await shown(el)).to.equal('Rated 4.3 out of 5 by 3 people');
    const summary = summaryOf(el)!;
    // Read once, in reading order: not announced again as a live region would be.
    expect(summary.closest('[role="status"], [role="alert"], [aria-live]')).to.equal(null);
    expect(summary.getAttribute('aria-live')).to.equal(null);
    expect(el.shadowRoot!.textContent!.split('Rated 4.3 out of 5').length - 1).to.equal(1);
    // The widget still asks for a rating below it.
    expect(el.shadowRoot!.querySelector('fieldset')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says "1 person" for one, and "N people found this useful" in useful mode', async () => {
    const one = itemId('one');
    await rated(collector, one, [5]);
    const single = await fixture<MapRatingWidgetElement>(
      html`<map-rating-widget show-summary item-id=${one} endpoint=${`${collector.url}/ratings`}></map-rating-widget>`,
    );
    expect(await shown(single)).to.equal('Rated 5.0 out of 5 by 1 person');

    const useful = itemId('useful');
    await rated(collector, useful, ['yes', 'yes', 'no', 3]);
    const el = await fixture<MapRatingWidgetElement>(
      html`<map-rating-widget mode="useful" show-summary item-id=${useful} endpoint=${`${collector.url}/ratings`}></map-rating-widget>`,
    );
    expect(await shown(el)).to.equal('2 people found this useful');
  });

  it('speaks Welsh inside lang="cy"', async () => {
    const item = itemId('cy');
    await rated(collector, item, [4, 5, 'yes']);
    const wrapper = await fixture(html`<div lang="cy">
      <map-rating-widget show-summary item-id=${item} endpoint=${`${collector.url}/ratings`}></map-rating-widget>
      <map-rating-widget mode="useful" show-summary item-id=${item} endpoint=${`${collector.url}/ratings`}></map-rating-widget>
    </div>`);
    const [stars, useful] = [...wrapper.querySelectorAll<MapRatingWidgetElement>('map-rating-widget')];
    expect(await shown(stars!)).to.equal('Sgôr o 4.5 allan o 5 gan 2 o bobl');
    expect(await shown(useful!)).to.equal('Roedd 1 person o’r farn bod hyn yn ddefnyddiol');
  });

  it('shows nothing when the summary cannot be read, or no one has rated yet, and reads it once', async () => {
    const failing = await fixture<MapRatingWidgetElement>(
      html`<map-rating-widget show-summary item-id="x" endpoint="/__test/status/500"></map-rating-widget>`,
    );
    const failedUrl = '/__test/status/500/summary?item=x';
    await waitUntil(async () => (await requestCount(failedUrl)) >= 1, 'the summary was not asked for', { timeout: 10_000 });
    failing.requestUpdate();
    await failing.updateComplete;
    expect(summaryOf(failing)).to.equal(null);
    expect(await requestCount(failedUrl)).to.equal(1, 're-rendering does not read it again');

    const unrated = await fixture<MapRatingWidgetElement>(
      html`<map-rating-widget show-summary item-id=${itemId('unrated')} endpoint=${`${collector.url}/ratings`}></map-rating-widget>`,
    );
    const response = await fetch(`${collector.url}/ratings/summary?item=${encodeURIComponent(unrated.itemId!)}`);
    expect((await response.json()).count).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(summaryOf(unrated)).to.equal(null);

    const without = await fixture<MapRatingWidgetElement>(html`<map-rating-widget item-id="x" endpoint="/__test/status/500"></map-rating-widget>`);
    expect(summaryOf(without)).to.equal(null);
    expect(await requestCount(failedUrl)).to.equal(1, 'without show-summary nothing is read');
  });

  it('builds the summary address from the endpoint, and refuses answers that are not a summary', () => {
    expect(summaryUrl('https://feedback.example.nhs.uk/ratings', 'a b')).to.equal('https://feedback.example.nhs.uk/ratings/summary?item=a+b');
    expect(summaryUrl('https://feedback.example.nhs.uk/ratings/?x=1#f', 'r')).to.equal('https://feedback.example.nhs.uk/ratings/summary?item=r');
    const stars = { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 };
    expect(toRatingSummary({ average: 4.5, stars, useful: { yes: 1, no: 0 } })).to.deep.equal({ stars: 2, average: 4.5, yes: 1 });
    expect(toRatingSummary({ average: '4.5', stars, useful: { yes: 1, no: 0 } })).to.equal(undefined);
    expect(toRatingSummary({ average: 4.5, stars: { ...stars, '3': -1 }, useful: { yes: 1 } })).to.equal(undefined);
    expect(toRatingSummary('<html>')).to.equal(undefined);
  });
});
