import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/elements/role-card/define.js';
import type { MapRoleCardElement } from '../../src/elements/role-card/role-card.js';
import { MapFeedErrorEvent, MapFeedLoadEvent } from '../../src/elements/feed/events.js';
import type { MapFeedElement } from '../../src/elements/feed/feed.js';
import { absoluteFeedUrl, feedCache, FeedError } from '../../src/feed/feed-cache.js';
import { PROFESSIONS } from '../../src/feed/professions.js';
import { SAMPLE_FEED_URL } from '../../src/feed/sample-feed.js';
import { roleCardStrings } from '../../src/elements/role-card/role-card.strings.js';
import { withCore } from '../helpers/strings.js';
import { captureWarnings } from '../helpers/console.js';
import { settled, visibleText } from '../helpers/render.js';
import { requestCount, uniqueUrl } from '../helpers/server.js';
import { waitUntil } from '../helpers/wait.js';

const STRINGS = withCore(roleCardStrings);

const MAPS = '/test/fixtures/maps.json';
/** A second feed whose only role has an unmistakable summary. */
const OTHER = '/test/fixtures/one-role.json';
const OTHER_SUMMARY = 'The only role in a second feed.';

const cards = (root: ParentNode) => [...root.querySelectorAll('map-role-card')];
const shadow = (el: Element) => el.shadowRoot!;

/** Runs a test body with console warnings captured, so expected failures do not clutter the log. */
async function quietly<T>(body: () => Promise<T>): Promise<T> {
  const warnings = captureWarnings();
  try {
    return await body();
  } finally {
    warnings.restore();
  }
}

describe('<map-feed>: events', () => {
  it('fires map-feed-load with the feed when it has no consumers, bubbling out of shadow roots', async () => {
    const src = uniqueUrl(MAPS);
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    let target: EventTarget | undefined;
    const seen = new Promise<MapFeedLoadEvent>((resolve) =>
      document.addEventListener(
        'map-feed-load',
        (event) => {
          target = event.composedPath()[0];
          resolve(event as MapFeedLoadEvent);
        },
        { once: true },
      ),
    );
    root.innerHTML = `<map-feed src="${src}"></map-feed>`;
    document.body.append(host);
    try {
      const event = await seen;
      expect(event).to.be.instanceOf(MapFeedLoadEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(target === root.querySelector('map-feed'), 'dispatched by the provider').to.equal(true);
      expect(event.detail.url).to.equal(absoluteFeedUrl(src));
      expect(event.detail.feed.roles).to.have.length(4);
      expect(await requestCount(src)).to.equal(1);
    } finally {
      host.remove();
    }
  });

  it('fires map-feed-error with a typed FeedError when the feed fails', async () => {
    await quietly(async () => {
      const src = uniqueUrl('/test/fixtures/missing-feed.json');
      const seen = new Promise<MapFeedErrorEvent>((resolve) =>
        document.addEventListener('map-feed-error', (event) => resolve(event as MapFeedErrorEvent), { once: true }),
      );
      const provider = await fixture<MapFeedElement>(html`<div><map-feed src=${src}></map-feed></div>`);
      const event = await seen;
      expect(event).to.be.instanceOf(MapFeedErrorEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.url).to.equal(absoluteFeedUrl(src));
      expect(event.detail.error).to.be.instanceOf(FeedError);
      expect((event.detail.error as FeedError).code).to.equal('not-found');
      expect(provider.querySelector('map-feed')).to.exist;
    });
  });
});

describe('<map-feed>: sharing', () => {
  it('makes one request however many elements and providers name one URL', async () => {
    const src = uniqueUrl(`${MAPS}?delay=200`);
    const page = await fixture(html`<div>
      <map-feed src=${src}>
        ${PROFESSIONS.map((p) => html`<map-role-card profession=${p}></map-role-card>`)}
      </map-feed>
      <map-feed src=${src}><map-role-card profession="physician-associate"></map-role-card></map-feed>
      <map-role-card profession="surgical-care-practitioner" src=${src}></map-role-card>
    </div>`);
    await Promise.all(cards(page).map((card) => settled(card)));
    expect(cards(page)).to.have.length(6);
    for (const card of cards(page)) expect(shadow(card).querySelector('h3')).to.exist;
    expect(await requestCount(src)).to.equal(1);
  });

  it("uses an element's own src over its provider's", async () => {
    const provided = uniqueUrl(MAPS);
    const own = uniqueUrl(OTHER);
    const page = await fixture(html`<map-feed src=${provided}>
      <map-role-card id="provided" profession="physician-associate"></map-role-card>
      <map-role-card id="own" profession="physician-associate" src=${own}></map-role-card>
    </map-feed>`);
    await Promise.all(cards(page).map((card) => settled(card)));
    expect(visibleText(page.querySelector('#own')!)).to.contain(OTHER_SUMMARY);
    expect(visibleText(page.querySelector('#provided')!)).not.to.contain(OTHER_SUMMARY);
    expect(await requestCount(provided)).to.equal(1);
    expect(await requestCount(own)).to.equal(1);
  });

  it('moves its consumers to a new feed when its src changes', async () => {
    const first = uniqueUrl(MAPS);
    const second = uniqueUrl(OTHER);
    const provider = await fixture<MapFeedElement>(html`<map-feed src=${first}>
      <map-role-card profession="physician-associate"></map-role-card>
    </map-feed>`);
    const card = cards(provider)[0]!;
    await settled(card);
    expect(visibleText(card)).not.to.contain(OTHER_SUMMARY);
    provider.src = second;
    await waitUntil(() => visibleText(card).includes(OTHER_SUMMARY), 'the card did not follow the provider');
    expect(await requestCount(second)).to.equal(1);
  });

  it('falls back to the bundled sample feed with no src and no provider', async () => {
    const card = await fixture<MapRoleCardElement>(html`<map-role-card profession="physician-associate"></map-role-card>`);
    await settled(card);
    expect(visibleText(card)).to.contain('Physician associates');
    const feed = await feedCache.load(SAMPLE_FEED_URL);
    expect(feed.problems).to.deep.equal([]);
    const image = shadow(card).querySelector('img')!;
    image.loading = 'eager';
    await waitUntil(() => image.complete, 'the sample feed logo did not load');
    expect(image.naturalWidth).to.be.greaterThan(0);
    await expect(card).to.be.accessible();
  });
});

describe('feed states in elements', () => {
  afterEach(() => (feedCache.timeoutMs = 10_000));

  const failures: [string, string, keyof (typeof STRINGS)['en']][] = [
    ['a missing feed', '/test/fixtures/missing-feed.json', 'error.not-found'],
    ['a server error', '/__test/status/500', 'error.http'],
    ['a document that is not JSON', '/__test/html', 'error.not-json'],
    ['JSON that is not a feed', '/__test/not-feed', 'error.not-feed'],
    ['a feed that times out', '/__test/slow?ms=3000', 'error.timeout'],
  ];
  for (const [what, path, key] of failures) {
    for (const lang of ['en', 'cy'] as const) {
      it(`shows ${what} as a visible error in ${lang === 'en' ? 'English' : 'Welsh'}, accessibly`, async () => {
        if (key === 'error.timeout') feedCache.timeoutMs = 300;
        await quietly(async () => {
          const page = await fixture(html`<div lang=${lang}>
            <map-feed src=${uniqueUrl(path)}><map-role-card profession="physician-associate"></map-role-card></map-feed>
          </div>`);
          const card = cards(page)[0]!;
          await settled(card);
          const box = shadow(card).querySelector('[part="error"]') as HTMLElement;
          expect(box.getBoundingClientRect().height).to.be.greaterThan(0);
          expect(visibleText(card)).to.contain(STRINGS[lang]['error.title']).and.contain(STRINGS[lang][key]);
          const retry = shadow(card).querySelector('button')!;
          expect(retry.textContent!.trim()).to.equal(STRINGS[lang].retry);
          expect(shadow(card).querySelector('[aria-live], [role="alert"], [role="status"]')).to.equal(null);
          await expect(card).to.be.accessible();
        });
      });
    }
  }

  it('recovers every element on the feed when one "Try again" is pressed', async () => {
    const name = `retry-${Date.now()}`;
    const src = uniqueUrl(`/__test/flaky/${name}`);
    const events: string[] = [];
    await quietly(async () => {
      const page = await fixture(html`<div>
        <map-feed src=${src} @map-feed-load=${() => events.push('load')} @map-feed-error=${() => events.push('error')}>
          <map-role-card profession="physician-associate"></map-role-card>
          <map-role-card profession="surgical-care-practitioner"></map-role-card>
        </map-feed>
        <map-role-card profession="advanced-critical-care-practitioner" src=${src}></map-role-card>
      </div>`);
      await Promise.all(cards(page).map((card) => settled(card)));
      for (const card of cards(page)) expect(visibleText(card)).to.contain(STRINGS.en['error.http']);
      expect(events).to.deep.equal(['error']);

      await fetch(`/__test/flaky/${name}?ok=1&fixture=maps.json`);
      const button = shadow(cards(page)[1]!).querySelector('button')!;
      const box = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await waitUntil(
        () => cards(page).every((card) => shadow(card).querySelector('h3')),
        'not every card recovered',
      );
    });
    expect(events).to.deep.equal(['error', 'load']);
    expect(await requestCount(src)).to.equal(2);
  });

  it('retries from the keyboard', async () => {
    const name = `retry-keys-${Date.now()}`;
    const src = uniqueUrl(`/__test/flaky/${name}`);
    await quietly(async () => {
      const card = await fixture<MapRoleCardElement>(
        html`<map-role-card profession="physician-associate" src=${src}></map-role-card>`,
      );
      await settled(card);
      await fetch(`/__test/flaky/${name}?ok=1&fixture=maps.json`);
      await sendKeys({ press: 'Tab' });
      expect(shadow(card).activeElement?.textContent?.trim()).to.equal(STRINGS.en.retry);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadow(card).querySelector('h3'), 'the card did not recover');
    });
  });

  it('reserves its space while loading, quietly, and is accessible then', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 320px">
      <map-role-card profession="physician-associate" src=${uniqueUrl('/test/fixtures/maps-reviewed.json?delay=800')}></map-role-card>
    </div>`);
    const card = cards(page)[0]!;
    await card.updateComplete;
    const loading = shadow(card).querySelector('[part="loading"]')!;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(card).querySelector('[aria-live], [role="alert"], [role="status"], [role="progressbar"]')).to.equal(null);
    expect(visibleText(card)).to.equal(STRINGS.en.loading);
    const whileLoading = card.getBoundingClientRect().height;
    await expect(card).to.be.accessible();
    await settled(card);
    const loaded = card.getBoundingClientRect().height;
    // The reserved height is the card's documented minimum (12rem); content only ever grows from it.
    // The placeholder holds a "Last reviewed" line, as NHS syndication expects on roles, so the
    // fixture's roles carry a review date (maps-reviewed.json).
    expect(whileLoading).to.be.at.least(192);
    expect(loaded).to.be.at.least(whileLoading, `${whileLoading}px loading, ${loaded}px loaded`);
  });
});

describe('languages', () => {
  const readMore = (card: Element) => shadow(card).querySelector('a')!.textContent!;

  it('speaks the language of the nearest [lang] ancestor, through a shadow root, and follows changes', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="cy"><div class="host"></div></div>`);
    const host = outer.querySelector('.host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<section><map-role-card profession="physician-associate" src="${uniqueUrl(MAPS)}"></map-role-card></section>`;
    const card = root.querySelector('map-role-card') as LitElement;
    await settled(card);
    expect(readMore(card)).to.contain(STRINGS.cy.readMore);
    await expect(card).to.be.accessible();

    outer.lang = 'en-GB';
    await waitUntil(() => readMore(card).includes(STRINGS.en.readMore), 'did not follow the page to English');

    root.querySelector('section')!.lang = 'cy-GB';
    await waitUntil(() => readMore(card).includes(STRINGS.cy.readMore), 'did not follow a lang inside the shadow root');

    root.querySelector('section')!.removeAttribute('lang');
    await waitUntil(() => readMore(card).includes(STRINGS.en.readMore), 'did not notice the lang going away');
  });

  it('defaults to English with no lang anywhere and for languages it does not have', async () => {
    const page = await fixture(html`<div lang="fr">
      <map-role-card profession="physician-associate" src=${uniqueUrl(MAPS)}></map-role-card>
    </div>`);
    const card = cards(page)[0]!;
    await settled(card);
    expect(readMore(card)).to.contain(STRINGS.en.readMore);
  });

  it('takes the new language when moved to another part of the page', async () => {
    const page = await fixture(html`<div>
      <div lang="en"><map-role-card profession="physician-associate" src=${uniqueUrl(MAPS)}></map-role-card></div>
      <div lang="cy" class="welsh"></div>
    </div>`);
    const card = cards(page)[0]!;
    await settled(card);
    page.querySelector('.welsh')!.append(card);
    await waitUntil(() => readMore(card).includes(STRINGS.cy.readMore), 'did not take the new language');
  });
});
