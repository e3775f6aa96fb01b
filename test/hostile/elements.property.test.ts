import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '../../src/elements/role-card/define.js';
import '../../src/elements/news-list/define.js';
import '../../src/elements/case-study-carousel/define.js';
import { PROFESSIONS } from '../../src/feed/professions.js';
import { caseStudyCarouselStrings } from '../../src/elements/case-study-carousel/case-study-carousel.strings.js';
import { newsListStrings } from '../../src/elements/news-list/news-list.strings.js';
import { withCore } from '../helpers/strings.js';
import { captureWarnings } from '../helpers/console.js';
import { settled } from '../helpers/render.js';
import { feedArbitrary, hasTag, NOT_A_FEED, type FeedOracle, type GeneratedFeed } from './feeds.js';
import { deepText, feedUrl, propertyOptions, trapUncaught, unsafeMarkup } from './harness.js';

const STRINGS = withCore(newsListStrings, caseStudyCarouselStrings);

/** Every element that reads the feed, on one page, all naming `src`. */
function renderAll(src: string, profession: string | undefined, lang: string): { host: HTMLElement; elements: LitElement[] } {
  const host = document.createElement('div');
  host.lang = lang;
  const news = Object.assign(document.createElement('map-news-list'), { src, limit: 1000 });
  if (profession) news.profession = profession;
  const cards = PROFESSIONS.map((p) => Object.assign(document.createElement('map-role-card'), { src, profession: p }));
  const carousel = Object.assign(document.createElement('map-case-study-carousel'), { src });
  host.append(news, ...cards, carousel);
  document.body.append(host);
  return { host, elements: [news, ...cards, carousel] };
}

const texts = (root: ShadowRoot, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent);

function expectRendered(elements: LitElement[], oracle: FeedOracle, profession: string | undefined, lang: 'en' | 'cy'): void {
  const [news, ...rest] = elements;
  const carousel = rest.pop()!;
  const cards = rest;

  const shownNews = profession ? oracle.news.filter((n) => hasTag(n.tags, profession)) : oracle.news;
  const newsRoot = news!.shadowRoot!;
  expect(texts(newsRoot, '[part~="item"] [part~="title"]'), 'news titles, newest first').to.deep.equal(shownNews.map((n) => n.title));
  expect(
    [...newsRoot.querySelectorAll('[part~="item"]')].map((item) => item.querySelector('[part~="link"]')?.getAttribute('href') ?? undefined),
    'news links',
  ).to.deep.equal(shownNews.map((n) => n.url));
  if (!shownNews.length) expect(newsRoot.querySelector('[part~="empty"]')?.textContent).to.contain(STRINGS[lang]['news.empty']);

  cards.forEach((card, i) => {
    const role = oracle.roles.find((r) => r.profession === PROFESSIONS[i]);
    const root = card.shadowRoot!;
    if (role) {
      expect(root.querySelector('[part~="heading"]')?.textContent, `${PROFESSIONS[i]} card`).to.equal(role.title);
      expect(root.querySelector('[part~="link"]')?.getAttribute('href') ?? undefined, `${PROFESSIONS[i]} link`).to.equal(role.url);
      expect(root.querySelector('[part~="image"]')?.getAttribute('src') ?? undefined, `${PROFESSIONS[i]} image`).to.equal(role.image?.src);
    } else {
      expect(root.querySelector('[part~="error"]'), `${PROFESSIONS[i]} card says the role is missing`).to.exist;
    }
  });

  const slides = carousel.shadowRoot!;
  expect(texts(slides, '[part~="slide"] [part~="title"]'), 'case study titles').to.deep.equal(oracle.caseStudies.map((c) => c.title));
  expect(texts(slides, '[part~="slide"] [part~="organisation"]')).to.deep.equal(oracle.caseStudies.map((c) => c.organisation));
  if (!oracle.caseStudies.length) expect(slides.querySelector('[part~="empty"]')?.textContent).to.contain(STRINGS[lang]['carousel.empty']);
}

/** Each skipped item and each dropped field is named in the console, by its JSON path. */
function expectReported(warnings: string[], oracle: FeedOracle): void {
  for (const index of oracle.errors) {
    const pattern = new RegExp(`\\$\\.items\\[${index}\\](?![0-9])`);
    expect(
      warnings.some((w) => pattern.test(w)),
      `a warning names $.items[${index}]; got:\n${warnings.join('\n')}`,
    ).to.equal(true);
  }
  for (const path of oracle.warnings) {
    expect(warnings.some((w) => w.includes(`${path} `) || w.includes(`${path}:`)), `a warning names ${path}`).to.equal(true);
  }
}

async function check(generated: GeneratedFeed, profession: string | undefined, lang: 'en' | 'cy'): Promise<void> {
  const src = feedUrl(generated.json);
  const trap = trapUncaught();
  const warnings = captureWarnings();
  const { host, elements } = renderAll(src, profession, lang);
  try {
    await Promise.all(elements.map((element) => settled(element)));
    for (const element of elements) expect(deepText(element), `<${element.localName}> is not blank`).not.to.equal('');
    expectRendered(elements, generated.oracle, profession, lang);
    expectReported(warnings.messages, generated.oracle);
    expect(unsafeMarkup(host)).to.deep.equal([]);
    expect(trap.errors).to.deep.equal([]);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  } finally {
    host.remove();
    warnings.restore();
    trap.dispose();
    URL.revokeObjectURL(src);
  }
}

describe('hostile feeds: every element (property-based)', () => {
  it('renders every valid item of a random valid feed, in every element', async function () {
    this.timeout(180_000);
    await fc.assert(
      fc.asyncProperty(
        feedArbitrary({ maxItems: 8, hostile: false, huge: 0 }),
        fc.option(fc.constantFrom(...PROFESSIONS), { nil: undefined }),
        async (generated, profession) => check(generated, profession, 'en'),
      ),
      await propertyOptions(120),
    );
  });

  it('renders every valid item of a mutated feed, reports the rest, never blank, never throws', async function () {
    this.timeout(180_000);
    await fc.assert(
      fc.asyncProperty(
        feedArbitrary({ maxItems: 10, hostile: true, huge: 5_000 }),
        fc.option(fc.constantFrom(...PROFESSIONS), { nil: undefined }),
        fc.constantFrom('en' as const, 'cy' as const),
        async (generated, profession, lang) => check(generated, profession, lang),
      ),
      await propertyOptions(180),
    );
  });

  it('shows the translated "not a feed" or "damaged" error for documents that are not a JSON Feed', async function () {
    this.timeout(120_000);
    const notJson = fc.oneof(
      fc.constantFrom('', '{', '{"version":', 'null,', '<!doctype html><p>Not found</p>', '\u0000\u0001', '{"items": [}'),
      fc.string({ maxLength: 30 }).filter((text) => {
        try {
          JSON.parse(text);
          return false;
        } catch {
          return true;
        }
      }),
    );
    const document = fc.oneof(
      fc.constantFrom(...NOT_A_FEED).map((doc) => ({ body: JSON.stringify(doc), key: 'error.not-feed' as const })),
      notJson.map((body) => ({ body, key: 'error.not-json' as const })),
    );
    await fc.assert(
      fc.asyncProperty(document, fc.constantFrom('en' as const, 'cy' as const), async ({ body, key }, lang) => {
        const src = feedUrl(body);
        const trap = trapUncaught();
        const warnings = captureWarnings();
        const { host, elements } = renderAll(src, undefined, lang);
        try {
          await Promise.all(elements.map((element) => settled(element)));
          for (const element of elements) {
            const error = element.shadowRoot!.querySelector('[part~="error"]');
            expect(error?.textContent, `<${element.localName}>`).to.contain(STRINGS[lang][key]);
            expect(error?.querySelector('[part~="retry"]')?.textContent?.trim()).to.equal(STRINGS[lang].retry);
          }
          expect(warnings.messages.filter((m) => m.includes(src)), 'one warning for the feed').to.have.length(1);
          expect(trap.errors).to.deep.equal([]);
        } finally {
          host.remove();
          warnings.restore();
          trap.dispose();
          URL.revokeObjectURL(src);
        }
      }),
      await propertyOptions(100),
    );
  });

  it('renders a feed of 10,000 items: the news list shows all it is asked for, every card and slide', async function () {
    this.timeout(60_000);
    const items = Array.from({ length: 10_000 }, (_, i) => {
      if (i < 4) return { id: `role-${i}`, title: `Role ${i}`, _map: { type: 'role', profession: PROFESSIONS[i] } };
      if (i % 1000 === 5) return { id: `case-${i}`, title: `Case ${i}`, _map: { type: 'case-study', organisation: `Trust ${i}` } };
      return { id: `news-${i}`, title: `News ${i}`, url: `https://example.org/${i}`, date_published: new Date(Date.UTC(2025, 0, 1) - i * 60_000).toISOString() };
    });
    const src = feedUrl({ version: 'https://jsonfeed.org/version/1.1', title: 'Ten thousand', items });
    const trap = trapUncaught();
    const { host, elements } = renderAll(src, undefined, 'en');
    try {
      await Promise.all(elements.map((element) => settled(element, 30_000)));
      const news = elements[0]!;
      const titles = texts(news.shadowRoot!, '[part~="item"] [part~="title"]');
      expect(titles).to.have.length(1000);
      expect(titles[0]).to.equal('News 4');
      elements.slice(1, 5).forEach((card, i) => expect(card.shadowRoot!.querySelector('[part~="heading"]')?.textContent).to.equal(`Role ${i}`));
      expect(texts(elements[5]!.shadowRoot!, '[part~="slide"] [part~="title"]')).to.have.length(10);
      expect(trap.errors).to.deep.equal([]);
    } finally {
      host.remove();
      trap.dispose();
      URL.revokeObjectURL(src);
    }
  });
});
