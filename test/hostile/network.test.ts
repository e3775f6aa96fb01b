import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/elements/role-card/define.js';
import '../../src/elements/news-list/define.js';
import '../../src/elements/case-study-carousel/define.js';
import '../../src/elements/bookmark-button/define.js';
import { feedCache } from '../../src/feed/feed-cache.js';
import type { CoreStringKey } from '../../src/i18n/i18n.js';
import { CORE_STRINGS as STRINGS } from '../../src/i18n/strings.js';
import { captureWarnings } from '../helpers/console.js';
import { settled } from '../helpers/render.js';
import { requestCount, uniqueUrl } from '../helpers/server.js';
import { trapUncaught } from './harness.js';
import { waitUntil } from '../helpers/wait.js';

type Lang = 'en' | 'cy';

/** The three elements that read a feed, all naming `src`, inside a `lang` container. */
function page(src: string, lang: Lang = 'en'): { host: HTMLElement; elements: LitElement[] } {
  const host = document.createElement('div');
  host.lang = lang;
  const elements: LitElement[] = [
    Object.assign(document.createElement('map-news-list'), { src }),
    Object.assign(document.createElement('map-role-card'), { src, profession: 'physician-associate' }),
    Object.assign(document.createElement('map-case-study-carousel'), { src }),
  ];
  host.append(...elements);
  document.body.append(host);
  return { host, elements };
}

function errorText(element: LitElement): string {
  return (element.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '').replace(/\s+/g, ' ');
}

async function expectFeedError(src: string, key: CoreStringKey, lang: Lang = 'en', timeout = 5000): Promise<void> {
  const trap = trapUncaught();
  const warnings = captureWarnings();
  const { host, elements } = page(src, lang);
  try {
    await Promise.all(elements.map((element) => settled(element, timeout)));
    for (const element of elements) {
      expect(errorText(element), `<${element.localName}>`).to.contain(STRINGS[lang]['error.title']).and.contain(STRINGS[lang][key]);
      const retry = element.shadowRoot!.querySelector('[part~="retry"]');
      expect(retry?.textContent?.trim(), 'a retry button').to.equal(STRINGS[lang].retry);
      await expect(element).to.be.accessible();
    }
    expect(warnings.messages.filter((m) => m.includes('map-embed:')), 'one console warning for the failed feed').to.have.length(1);
    expect(trap.errors).to.deep.equal([]);
  } finally {
    host.remove();
    warnings.restore();
    trap.dispose();
  }
}

describe('hostile network: feed failures', () => {
  afterEach(() => {
    feedCache.timeoutMs = 10_000;
  });

  it('404: "not found", in English and Welsh', async () => {
    await expectFeedError(uniqueUrl('/__test/status/404'), 'error.not-found');
    await expectFeedError(uniqueUrl('/__test/status/404'), 'error.not-found', 'cy');
  });

  it('500: "unavailable at the moment"', async () => {
    await expectFeedError(uniqueUrl('/__test/status/500'), 'error.http');
  });

  it('a feed slower than the timeout: "took too long"', async () => {
    // The 10 s production timeout, scaled down: a 300 ms limit against a 1.5 s answer.
    feedCache.timeoutMs = 300;
    await expectFeedError(uniqueUrl('/__test/slow?ms=1500'), 'error.timeout');
  });

  it('a feed that takes over 10 s, at the production timeout: loading until 10 s, then "took too long"', async function () {
    this.timeout(30_000);
    expect(feedCache.timeoutMs, 'the production timeout').to.equal(10_000);
    const started = performance.now();
    await expectFeedError(uniqueUrl('/__test/slow?ms=12000'), 'error.timeout', 'en', 20_000);
    expect(performance.now() - started, 'gave up at the timeout, not before').to.be.within(9_900, 15_000);
  });

  it('a slow feed inside the timeout: loading placeholder that holds space, then content', async () => {
    const src = uniqueUrl('/__test/slow?ms=1500');
    const { host, elements } = page(src);
    try {
      await Promise.all(elements.map((element) => element.updateComplete));
      for (const element of elements) {
        const loading = element.shadowRoot!.querySelector('[part~="loading"]');
        expect(loading?.getAttribute('aria-busy'), `<${element.localName}> is busy`).to.equal('true');
        expect(element.getBoundingClientRect().height, `<${element.localName}> reserves space`).to.be.greaterThan(20);
      }
      await Promise.all(elements.map((element) => settled(element, 5000)));
      expect(elements[0]!.shadowRoot!.textContent).to.contain('A news item');
    } finally {
      host.remove();
    }
  });

  it('truncated JSON: "damaged"', async () => {
    await expectFeedError(uniqueUrl('/__test/truncated'), 'error.not-json');
  });

  it('an HTML page where the feed should be: "damaged"', async () => {
    await expectFeedError(uniqueUrl('/__test/html'), 'error.not-json');
  });

  it('JSON that is not a feed: "not a content feed"', async () => {
    await expectFeedError(uniqueUrl('/__test/not-feed'), 'error.not-feed');
  });

  it('a cross-origin feed without CORS headers: "could not be reached"', async () => {
    // The dev server sends no CORS headers, so the other loopback name is a real CORS failure.
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const src = `${location.protocol}//${other}:${location.port}${uniqueUrl('/test/fixtures/maps.json')}`;
    await expectFeedError(src, 'error.network');
  });

  it('an unreachable host: "could not be reached"', async () => {
    await expectFeedError('http://127.0.0.1:9/feed.json', 'error.network');
  });

  it('recovers when the feed comes back: one "Try again" reloads every element, with one request', async () => {
    const name = `flaky-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const src = `/__test/flaky/${name}`;
    const trap = trapUncaught();
    const warnings = captureWarnings();
    const { host, elements } = page(src);
    try {
      await Promise.all(elements.map((element) => settled(element)));
      for (const element of elements) expect(errorText(element)).to.contain(STRINGS.en['error.http']);
      expect(await requestCount(src), 'one request for three elements').to.equal(1);
      await fetch(`${src}?ok=1&fixture=maps.json`);
      elements[1]!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      for (const element of elements) {
        await waitUntil(() => !element.shadowRoot!.querySelector('[part~="error"]'), `<${element.localName}> recovers`);
        await settled(element);
      }
      expect(elements[0]!.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(0);
      expect(elements[1]!.shadowRoot!.querySelector('[part~="heading"]')?.textContent).to.match(/physician associate/i);
      expect(elements[2]!.shadowRoot!.querySelectorAll('[part~="slide"]').length).to.be.greaterThan(1);
      expect(await requestCount(src), 'one more request for the retry').to.equal(2);
      expect(trap.errors).to.deep.equal([]);
    } finally {
      host.remove();
      warnings.restore();
      trap.dispose();
    }
  });

  it('a bookmark button for a feed item names the failed feed instead of breaking', async () => {
    const trap = trapUncaught();
    const button = Object.assign(document.createElement('map-bookmark-button'), {
      src: uniqueUrl('/__test/status/500'),
      itemId: 'news-regulation',
    });
    document.body.append(button);
    try {
      await button.updateComplete;
      expect(button.shadowRoot!.textContent!.trim()).not.to.equal('');
      expect(trap.errors).to.deep.equal([]);
    } finally {
      button.remove();
      trap.dispose();
    }
  });
});
