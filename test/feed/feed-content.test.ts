import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/role-card/define.js';
import '../../src/elements/news-list/define.js';
import '../../src/elements/case-study-carousel/define.js';
import type { MapRoleCardElement } from '../../src/elements/role-card/role-card.js';
import type { MapNewsListElement } from '../../src/elements/news-list/news-list.js';
import type { MapCaseStudyCarouselElement } from '../../src/elements/case-study-carousel/case-study-carousel.js';
import { feedCache } from '../../src/feed/feed-cache.js';
import { captureWarnings } from '../helpers/console.js';
import { settled, visibleText } from '../helpers/render.js';
import { CORE_STRINGS as STRINGS } from '../../src/i18n/strings.js';

let counter = 0;
/** A feed of its own for each test, as a data: URL (fetched like any other). */
function feedUrl(items: object[], extra: object = {}): string {
  const doc = { version: 'https://jsonfeed.org/version/1.1', title: `Feed ${++counter}`, ...extra, items };
  return `data:application/feed+json,${encodeURIComponent(JSON.stringify(doc))}#${Date.now()}-${counter}`;
}

const YEAR = 365 * 24 * 3600 * 1000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const PAST = isoDay(Date.now() - YEAR);
const FUTURE = isoDay(Date.now() + YEAR);

const role = (ext: object = {}, extra: object = {}) => ({
  id: 'role-pa',
  title: 'Physician associates',
  summary: 'Support doctors in diagnosing and managing patients.',
  ...extra,
  _map: { type: 'role', profession: 'physician-associate', ...ext },
});
const caseStudy = (id: string, ext: object = {}) => ({
  id,
  title: `Case study ${id}`,
  summary: 'What the team did.',
  _map: { type: 'case-study', organisation: 'Example NHS Foundation Trust (example)', quote: 'A quote.', person: 'A person', ...ext },
});

const shadow = (el: Element) => el.shadowRoot!;

describe('dates are never guessed', () => {
  const BAD = ['03/11/2025', '3 March 2025', '2025-13-01'];

  it('shows news dated "03/11/2025", "3 March 2025" and "2025-13-01" undated and last, one warning each naming id and date_published', async () => {
    const warnings = captureWarnings();
    try {
      const src = feedUrl([
        ...BAD.map((date, i) => ({ id: `bad-${i}`, title: `Bad date ${i}`, date_published: date })),
        { id: 'good-old', title: 'Good old', date_published: '2024-01-05T09:00:00Z' },
        { id: 'good-new', title: 'Good new', date_published: '2025-03-11' },
      ]);
      const list = await fixture<MapNewsListElement>(html`<map-news-list limit="10" src=${src}></map-news-list>`);
      await settled(list);
      const items = [...shadow(list).querySelectorAll('li')];
      expect(items.map((li) => li.querySelector('.title')!.textContent!.trim())).to.deep.equal([
        'Good new',
        'Good old',
        'Bad date 0',
        'Bad date 1',
        'Bad date 2',
      ]);
      for (const li of items.slice(2)) {
        expect((li.querySelector('.date') as HTMLElement).hidden, 'no date shown').to.equal(true);
        expect(li.textContent).not.to.contain('2025');
      }
      expect(items[0]!.textContent).to.contain('11 March 2025');
      BAD.forEach((date, i) => {
        const mine = warnings.messages.filter((m) => m.includes(`"bad-${i}"`));
        expect(mine, `warnings for ${date}`).to.have.length(1);
        expect(mine[0]).to.contain('date_published').and.contain(date);
      });
      expect(warnings.messages).to.have.length(3);
    } finally {
      warnings.restore();
    }
  });
});

describe('review dates', () => {
  for (const lang of ['en', 'cy'] as const) {
    it(`shows "last reviewed" in the role card and case study, and a due-for-review note once next_review has passed (${lang})`, async () => {
      const src = feedUrl([
        role({ last_reviewed: '2025-01-10', next_review: PAST }),
        caseStudy('due', { last_reviewed: '2025-01-10T12:00:00+00:00', next_review: PAST }),
      ]);
      const page = await fixture(html`<div lang=${lang}>
        <map-role-card profession="physician-associate" layout="full" src=${src}></map-role-card>
        <map-case-study-carousel src=${src}></map-case-study-carousel>
      </div>`);
      const card = page.querySelector<MapRoleCardElement>('map-role-card')!;
      const carousel = page.querySelector<MapCaseStudyCarouselElement>('map-case-study-carousel')!;
      await Promise.all([settled(card), settled(carousel)]);
      const date = lang === 'en' ? '10 January 2025' : '10 Ionawr 2025';
      for (const element of [card, carousel]) {
        const text = visibleText(element);
        expect(text).to.contain(`${STRINGS[lang]['review.last']} ${date}`);
        expect(text).to.contain(STRINGS[lang]['review.due']);
        if (lang === 'en') expect(text).to.contain('due for review');
        expect(shadow(element).querySelector('time')!.getAttribute('datetime')).to.equal('2025-01-10');
        // Not an error: the content still shows.
        expect(text).to.contain(element === card ? 'Support doctors' : 'What the team did.');
        expect(shadow(element).querySelector('[part~="error"]')).to.equal(null);
        await expect(element).to.be.accessible();
      }
    });
  }

  it('shows no note before next_review, and nothing for content without review dates', async () => {
    const page = await fixture(html`<div>
      <map-role-card id="future" profession="physician-associate" src=${feedUrl([role({ next_review: FUTURE })])}></map-role-card>
      <map-role-card id="none" profession="physician-associate" src=${feedUrl([role()])}></map-role-card>
    </div>`);
    for (const card of page.querySelectorAll<MapRoleCardElement>('map-role-card')) {
      await settled(card);
      expect(visibleText(card)).not.to.contain(STRINGS.en['review.due']);
      expect(visibleText(card)).not.to.contain(STRINGS.en['review.last']);
      expect(shadow(card).querySelector('[part~="notes"]')).to.equal(null);
    }
  });

  it('drops a review date that is not RFC 3339 with one warning naming the field', async () => {
    const warnings = captureWarnings();
    try {
      const card = await fixture<MapRoleCardElement>(
        html`<map-role-card profession="physician-associate" src=${feedUrl([role({ last_reviewed: '10/01/2025' })])}></map-role-card>`,
      );
      await settled(card);
      expect(visibleText(card)).not.to.contain(STRINGS.en['review.last']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('_map.last_reviewed').and.contain('"role-pa"');
    } finally {
      warnings.restore();
    }
  });
});

describe('source attribution', () => {
  it('shows "From <author>" only with the source attribute', async () => {
    const src = feedUrl([role(), caseStudy('a')], { authors: [{ name: 'NHS Employers' }] });
    const page = await fixture(html`<div>
      <map-role-card id="with" source profession="physician-associate" src=${src}></map-role-card>
      <map-role-card id="without" profession="physician-associate" src=${src}></map-role-card>
      <map-case-study-carousel source src=${src}></map-case-study-carousel>
    </div>`);
    const [withSource, without] = [...page.querySelectorAll<MapRoleCardElement>('map-role-card')];
    const carousel = page.querySelector<MapCaseStudyCarouselElement>('map-case-study-carousel')!;
    await Promise.all([settled(withSource!), settled(without!), settled(carousel)]);
    expect(visibleText(withSource!)).to.contain('From NHS Employers');
    expect(visibleText(carousel)).to.contain('From NHS Employers');
    expect(visibleText(without!)).not.to.contain('From NHS Employers');
  });

  it("falls back to the host of home_page_url, in Welsh too", async () => {
    const src = feedUrl([role()], { home_page_url: 'https://www.nhsemployers.org/' });
    const card = await fixture(
      html`<div lang="cy"><map-role-card source profession="physician-associate" src=${src}></map-role-card></div>`,
    );
    const element = card.querySelector<MapRoleCardElement>('map-role-card')!;
    await settled(element);
    expect(visibleText(element)).to.contain(`${STRINGS.cy['source.from']} www.nhsemployers.org`);
  });
});

describe('the language of the content', () => {
  it('marks feed text with the feed language when it differs from the chrome, and not when it is the same', async () => {
    const items = [
      role({ duties: ['Take medical histories'] }, { url: 'https://www.healthcareers.nhs.uk/' }),
      { id: 'n1', title: 'News in English', summary: 'A summary.', date_published: '2025-03-11' },
      caseStudy('a'),
    ];
    const src = feedUrl(items, { language: 'en-GB' });
    const page = await fixture(html`<div>
      <section lang="cy">
        <map-role-card profession="physician-associate" layout="full" src=${src}></map-role-card>
        <map-news-list src=${src}></map-news-list>
        <map-case-study-carousel src=${src}></map-case-study-carousel>
      </section>
      <section lang="en">
        <map-role-card profession="physician-associate" src=${src}></map-role-card>
      </section>
    </div>`);
    const [welshCard, englishCard] = [...page.querySelectorAll<MapRoleCardElement>('map-role-card')];
    const list = page.querySelector<MapNewsListElement>('map-news-list')!;
    const carousel = page.querySelector<MapCaseStudyCarouselElement>('map-case-study-carousel')!;
    await Promise.all([welshCard!, englishCard!, list, carousel].map((el) => settled(el)));

    const langOf = (el: Element, selector: string) => shadow(el).querySelector(selector)!.closest('[lang]')?.getAttribute('lang');
    expect(langOf(welshCard!, '[part~="heading"]')).to.equal('en-GB');
    expect(langOf(welshCard!, '[part~="summary"]')).to.equal('en-GB');
    expect(langOf(welshCard!, 'dd')).to.equal('en-GB');
    // The chrome stays Welsh: the "Read more" link carries no lang of its own.
    expect(langOf(welshCard!, '[part~="link"]')).to.equal(undefined);
    expect(langOf(list, '[part~="title"]')).to.equal('en-GB');
    expect(langOf(list, '[part~="summary"]')).to.equal('en-GB');
    expect(langOf(carousel, '[part~="title"]')).to.equal('en-GB');
    expect(langOf(carousel, '[part~="quote"]')).to.equal('en-GB');
    expect(langOf(carousel, '[part~="organisation"]')).to.equal('en-GB');
    expect(shadow(englishCard!).querySelector('[lang]')).to.equal(null);
    for (const el of [welshCard!, list, carousel]) await expect(el).to.be.accessible();
  });
});

after(() => feedCache.clear());
