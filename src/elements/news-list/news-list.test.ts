import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { MapNewsListElement } from './news-list.js';
import { uniqueUrl } from '../../../test/helpers/server.js';
import { settled, visibleText } from '../../../test/helpers/render.js';
import { captureWarnings } from '../../../test/helpers/console.js';
import { accessibleName } from '../../../test/helpers/accessible-name.js';
import { largeNewsFeedUrl } from '../../../test/fixtures/large-news-feed.js';
import { waitUntil } from '../../../test/helpers/wait.js';

const NEWS = '/test/fixtures/news.json';
const CMS = '/test/fixtures/cms-news.json';

/** news.json's news, newest first with the two undated items last, as a reader should see it. */
const ORDER = [
  'New toolkit to help inspire, attract and recruit your future workforce',
  'Physician assistants (anaesthesia): new title',
  'Regulation of physician associates begins',
  'Advanced critical care practitioners meet in Cardiff',
  'More training places for surgical care practitioners',
  'Update on the new internal medicine curriculum',
  'A note with no date',
  'Second undated item, without a link',
];

const shadow = (el: Element) => el.shadowRoot!;
const titles = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="title"]')].map((t) => t.textContent!.trim());
const items = (el: Element) => [...shadow(el).querySelectorAll('[part="item"]')];
const moreButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="more-button"]');
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;

/** Counts Intl date formatters made and dates formatted from now until `restore()`. */
function countDateWork(): { readonly formatters: number; readonly calls: number; restore: () => void } {
  const RealFormat = Intl.DateTimeFormat;
  const proto = RealFormat.prototype;
  const format = Object.getOwnPropertyDescriptor(proto, 'format')!;
  const formatToParts = Object.getOwnPropertyDescriptor(proto, 'formatToParts')!;
  const counts = { formatters: 0, calls: 0 };
  Intl.DateTimeFormat = new Proxy(RealFormat, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      counts.formatters++;
      return new target(...args);
    },
  });
  Object.defineProperty(proto, 'format', {
    ...format,
    get(this: Intl.DateTimeFormat) {
      counts.calls++;
      return format.get!.call(this);
    },
  });
  Object.defineProperty(proto, 'formatToParts', {
    ...formatToParts,
    value(this: Intl.DateTimeFormat, date?: Date | number) {
      counts.calls++;
      return (formatToParts.value as Intl.DateTimeFormat['formatToParts']).call(this, date);
    },
  });
  return {
    get formatters() {
      return counts.formatters;
    },
    get calls() {
      return counts.calls;
    },
    restore: () => {
      Intl.DateTimeFormat = RealFormat;
      Object.defineProperty(proto, 'format', format);
      Object.defineProperty(proto, 'formatToParts', formatToParts);
    },
  };
}

async function list(template: ReturnType<typeof html>): Promise<MapNewsListElement> {
  const parent = await fixture(template);
  const el = (parent.localName === 'map-news-list' ? parent : parent.querySelector('map-news-list')!) as MapNewsListElement;
  await settled(el);
  return el;
}

describe('map-news-list', () => {
  it('lists news newest first, undated last, titles as links, accessibly', async () => {
    const el = await list(html`<map-news-list limit="10" src=${uniqueUrl(NEWS)}></map-news-list>`);
    expect(titles(el)).to.deep.equal(ORDER);
    const first = items(el)[0]!;
    const link = first.querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(link.textContent).to.equal(ORDER[0]);
    expect(link.href).to.equal(new URL('/news/toolkit', location.href).href);
    expect(first.querySelector('[part="summary"]')!.textContent).to.contain('Guidance and best practice');
    const view = first.querySelector<HTMLAnchorElement>('[part="view-link"]')!;
    expect(view.href).to.equal(link.href);
    expect(view.textContent!.trim()).to.equal('View article');
    expect(accessibleName(view), 'no space before the colon').to.equal(`View article: ${ORDER[0]}`);
    const unlinked = items(el)[7]!;
    expect(unlinked.querySelector('a[href]')).to.equal(null);
    expect(unlinked.querySelector<HTMLElement>('[part="view-link"]')!.checkVisibility()).to.equal(false);
    expect(unlinked.querySelector<HTMLElement>('[part="date"]')!.checkVisibility()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows 5 items by default and `limit` items when set', async () => {
    const el = await list(html`<map-news-list src=${uniqueUrl(NEWS)}></map-news-list>`);
    expect(titles(el)).to.deep.equal(ORDER.slice(0, 5));
    el.limit = '2';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(ORDER.slice(0, 2));
    expect(moreButton(el)).to.equal(null);
  });

  it('filters by any of several tags, ignoring case and spaces', async () => {
    const el = await list(html`<map-news-list tag="REGULATION , training" src=${uniqueUrl(NEWS)}></map-news-list>`);
    expect(titles(el)).to.deep.equal([ORDER[1], ORDER[2], ORDER[4], ORDER[5]]);
    el.tag = ' workforce';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([ORDER[0], ORDER[6]]);
  });

  it('keeps the nodes, focus and order of the items that stay through filter and language changes', async () => {
    const el = await list(html`<div lang="en"><map-news-list limit="10" src=${uniqueUrl(NEWS)}></map-news-list></div>`);
    const before = items(el);
    const ul = shadow(el).querySelector('[part="list"]')!;
    const listed = () => [...ul.childNodes].filter((node) => node.nodeType !== Node.COMMENT_NODE);
    expect(listed()).to.deep.equal(before);
    // ORDER[1] stays under tag="regulation, training"; focus its link.
    const kept = before[1]!;
    kept.querySelector<HTMLElement>('[part="link"]')!.focus();
    el.tag = 'regulation, training';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([ORDER[1], ORDER[2], ORDER[4], ORDER[5]]);
    expect(items(el)).to.deep.equal([before[1], before[2], before[4], before[5]]);
    expect(focused(el), 'focus stays on the link it was on').to.equal(kept.querySelector('[part="link"]'));
    el.parentElement!.setAttribute('lang', 'cy');
    await waitUntil(() => kept.querySelector('[part="view-link"]')!.textContent === 'Gweld yr erthygl');
    expect(items(el), 'Welsh: the same nodes, updated in place').to.deep.equal([before[1], before[2], before[4], before[5]]);
    expect(focused(el)).to.equal(kept.querySelector('[part="link"]'));
    el.tag = undefined;
    await el.updateComplete;
    expect(titles(el), 'the items that left come back in their places').to.deep.equal(ORDER.slice(0, before.length));
    expect(items(el)[1]).to.equal(kept);
    expect(listed()).to.deep.equal(items(el));
  });

  it('filters by profession, alone or together with tags', async () => {
    const el = await list(
      html`<map-news-list profession="surgical-care-practitioner" src=${uniqueUrl(NEWS)}></map-news-list>`,
    );
    expect(titles(el)).to.deep.equal([ORDER[4]]);
    el.tag = 'accp';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([ORDER[3], ORDER[4]]);
    await expect(el).to.be.accessible();
  });

  it('writes dates for the page language in <time datetime>', async () => {
    const el = await list(html`<map-news-list tag="regulation" src=${uniqueUrl(NEWS)}></map-news-list>`);
    const date = items(el)[1]!.querySelector('[part="date"]')!;
    expect(date.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Published 4 March 2025');
    expect(date.querySelector('time')!.getAttribute('datetime')).to.equal('2025-03-04');
  });

  it('speaks Welsh inside lang="cy": dates, labels, link names', async () => {
    const el = await list(
      html`<div lang="cy"><map-news-list tag="regulation" src=${uniqueUrl(NEWS)}></map-news-list></div>`,
    );
    const second = items(el)[1]!;
    expect(second.querySelector('[part="date"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Cyhoeddwyd 4 Mawrth 2025',
    );
    expect(items(el)[0]!.querySelector('time')!.textContent).to.equal('5 Mai 2025');
    expect(second.querySelector('[part="view-link"]')!.textContent).to.contain('Gweld yr erthygl');
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => items(el)[1]!.querySelector('time')!.textContent === '4 March 2025');
    await expect(el).to.be.accessible();
  });

  it('"Show more" reveals the next `limit` items by keyboard, moves focus, then goes away', async () => {
    const el = await list(html`<map-news-list limit="3" more src=${uniqueUrl(NEWS)}></map-news-list>`);
    const firstItem = items(el)[0];
    expect(titles(el)).to.deep.equal(ORDER.slice(0, 3));
    await expect(el).to.be.accessible();
    moreButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(el).length === 6);
    expect(titles(el)).to.deep.equal(ORDER.slice(0, 6));
    expect(items(el)[0], 'items are kept, not rebuilt').to.equal(firstItem);
    expect(focused(el)?.textContent).to.equal(ORDER[3]);
    expect(focused(el)?.getAttribute('part')).to.equal('link');
    await expect(el).to.be.accessible();

    moreButton(el)!.focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => items(el).length === 8);
    expect(focused(el)?.textContent).to.equal(ORDER[6]);
    expect(moreButton(el), 'nothing left to show').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('moves focus to the title of a newly shown item that has no link', async () => {
    const el = await list(html`<map-news-list limit="7" more src=${uniqueUrl(NEWS)}></map-news-list>`);
    moreButton(el)!.click();
    await waitUntil(() => items(el).length === 8);
    expect(focused(el)?.textContent).to.equal(ORDER[7]);
    expect(focused(el)?.getAttribute('part')).to.equal('title');
  });

  it('starts again from `limit` items when the filter changes', async () => {
    const el = await list(html`<map-news-list limit="2" more src=${uniqueUrl(NEWS)}></map-news-list>`);
    moreButton(el)!.click();
    await waitUntil(() => items(el).length === 4);
    el.tag = 'training, regulation';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([ORDER[1], ORDER[2]]);
    expect(moreButton(el)).not.to.equal(null);
  });

  it('has no "Show more" without `more`, nor when everything already shows', async () => {
    const el = await list(html`<map-news-list limit="3" src=${uniqueUrl(NEWS)}></map-news-list>`);
    expect(moreButton(el)).to.equal(null);
    el.more = true;
    el.limit = 8;
    await el.updateComplete;
    expect(moreButton(el)).to.equal(null);
  });

  it('tabs through title link, view link, …, then the "Show more" button', async () => {
    const el = await list(html`<map-news-list limit="2" more src=${uniqueUrl(NEWS)}></map-news-list>`);
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = focused(el)!;
      order.push(`${active.getAttribute('part')}:${accessibleName(active)}`);
    }
    expect(order).to.deep.equal([
      `link:${ORDER[0]}`,
      `view-link:View article: ${ORDER[0]}`,
      `link:${ORDER[1]}`,
      `view-link:View article: ${ORDER[1]}`,
      'more-button:Show more news',
    ]);
    expect(getComputedStyle(moreButton(el)!).backgroundColor).to.equal('rgb(255, 235, 59)');
  });

  for (const level of [1, 2, 3, 5, 6]) {
    it(`puts the heading at level ${level} and item titles one below (at most 6)`, async () => {
      const el = await list(
        html`<map-news-list heading="Related news" heading-level=${level} limit="2" src=${uniqueUrl(NEWS)}></map-news-list>`,
      );
      const heading = shadow(el).querySelector('[part="heading"]')!;
      expect(heading.localName).to.equal(`h${level}`);
      expect(heading.textContent).to.equal('Related news');
      expect(shadow(el).querySelector('[part="title"]')!.localName).to.equal(`h${Math.min(level + 1, 6)}`);
      await expect(el).to.be.accessible();
    });
  }

  it('puts a `heading` at level 2 when no `heading-level` is given', async () => {
    const el = await list(html`<map-news-list heading="Related news" limit="1" src=${uniqueUrl(NEWS)}></map-news-list>`);
    expect(shadow(el).querySelector('[part="heading"]')!.localName).to.equal('h2');
    expect(shadow(el).querySelector('[part="title"]')!.localName).to.equal('h3');
  });

  it('re-levels the titles it already shows when `heading-level` changes, and keeps the rest', async () => {
    const el = await list(html`<map-news-list limit="2" src=${uniqueUrl(NEWS)}></map-news-list>`);
    expect(shadow(el).querySelector('[part="title"]')!.localName).to.equal('h3');
    el.setAttribute('heading-level', '4');
    await waitUntil(() => shadow(el).querySelector('[part="title"]')?.localName === 'h5');
    expect(titles(el)).to.deep.equal(ORDER.slice(0, 2));
    el.setAttribute('heading-level', '2');
    await waitUntil(() => shadow(el).querySelector('[part="title"]')?.localName === 'h3');
    expect(shadow(el).querySelectorAll('h3[part="title"]')).to.have.length(2);
  });

  it('has no heading of its own by default, with item titles at level 3', async () => {
    const el = await list(html`<map-news-list limit="1" src=${uniqueUrl(NEWS)}></map-news-list>`);
    expect(shadow(el).querySelector('[part="heading"]')).to.equal(null);
    expect(shadow(el).querySelector('[part="title"]')!.localName).to.equal('h3');
  });

  it('renders a CMS feed (no _map, HTML content, authors, attachments) safely', async () => {
    const warnings = captureWarnings();
    const el = await list(html`<map-news-list src=${uniqueUrl(CMS)}></map-news-list>`).finally(warnings.restore);
    expect(warnings.messages.filter((m) => m.includes('$.items[1].url'))).to.have.length(1);
    expect(titles(el)).to.deep.equal([
      'Celebrating PA week on our wards',
      '<img src=x onerror="window.__cmsPwned = true">Theatre team <b>award</b>',
      'A Ghost post with no title or summary, only its text.',
    ]);
    const root = shadow(el);
    expect(root.querySelectorAll('script, img, iframe, b, strong')).to.have.length(0);
    expect(items(el)[1]!.querySelector('a[href]'), 'javascript: URL is not linked').to.equal(null);
    expect(items(el)[2]!.querySelector<HTMLAnchorElement>('[part="link"]')!.href, 'relative to the feed').to.equal(
      new URL('/blog/ghost-style-post/', location.href).href,
    );
    expect(items(el)[1]!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-03-18');
    expect(visibleText(el)).not.to.contain('Programme').and.not.to.contain('Sam Jones');
    expect((window as { __cmsPwned?: boolean }).__cmsPwned).to.equal(undefined);
    el.profession = 'physician-associate';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Celebrating PA week on our wards']);
    await expect(el).to.be.accessible();
  });

  it('says there is no news, in English and Welsh, when nothing matches', async () => {
    const el = await list(html`<map-news-list tag="no-such-tag" src=${uniqueUrl(NEWS)}></map-news-list>`);
    expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.equal('There is no news to show.');
    expect(shadow(el).querySelector('[part="list"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const cy = await list(
      html`<div lang="cy"><map-news-list tag="no-such-tag" src=${uniqueUrl(NEWS)}></map-news-list></div>`,
    );
    expect(shadow(cy).querySelector('[part="empty"]')!.textContent).to.equal('Does dim newyddion i’w dangos.');
  });

  it('shows the feed error with a retry button when the feed is missing', async () => {
    const warnings = captureWarnings();
    try {
      const el = await list(
        html`<map-news-list heading="News" src=${uniqueUrl('/__test/status/404')}></map-news-list>`,
      );
      const error = shadow(el).querySelector('[part="error"]')!;
      expect(error.textContent).to.contain('The content feed was not found.');
      expect(shadow(el).querySelector('[part="retry"]')).not.to.equal(null);
      expect(shadow(el).querySelector('[part="heading"]')!.textContent).to.equal('News');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('reserves space for `limit` items while loading, quietly busy', async () => {
    const el = await fixture<MapNewsListElement>(
      html`<map-news-list limit="3" src=${uniqueUrl(`${NEWS}?delay=800`)}></map-news-list>`,
    );
    await el.updateComplete;
    const loading = shadow(el).querySelector('[part="loading"]')!;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.querySelectorAll('.item')).to.have.length(3);
    const reserved = loading.getBoundingClientRect().height;
    await expect(el).to.be.accessible();
    await settled(el);
    const rendered = shadow(el).querySelector('[part="list"]')!.getBoundingClientRect().height;
    expect(reserved).to.be.within(rendered * 0.6, rendered * 1.4);
  });

  it('builds its placeholder items like real ones: same title, date and link line heights', async () => {
    const el = await fixture<MapNewsListElement>(
      html`<map-news-list limit="2" src=${uniqueUrl(`${NEWS}?delay=600`)}></map-news-list>`,
    );
    await el.updateComplete;
    const first = shadow(el).querySelector('[part="loading"] .item')!;
    const height = (element: Element | null) => element!.getBoundingClientRect().height;
    const reserved = [height(first.querySelector('.title')), height(first.querySelector('.date')), height(first.querySelector('.view'))];
    await settled(el);
    const item = shadow(el).querySelector('[part="item"]')!;
    expect(reserved).to.deep.equal([height(item.querySelector('.title')), height(item.querySelector('.date')), height(item.querySelector('.view'))]);
  });

  it('holds --map-news-list-min-height while loading and once loaded', async () => {
    const el = await fixture<MapNewsListElement>(
      html`<map-news-list limit="1" style="--map-news-list-min-height: 30rem" src=${uniqueUrl(`${NEWS}?delay=400`)}></map-news-list>`,
    );
    await el.updateComplete;
    const loading = el.getBoundingClientRect().height;
    await settled(el);
    expect(loading).to.equal(480);
    expect(el.getBoundingClientRect().height).to.equal(480);
  });

  const invalid: [string, ReturnType<typeof html>, string, string][] = [
    ['limit="0"', html`<map-news-list limit="0"></map-news-list>`, 'limit "0"', '"0" is not a number of news items'],
    ['limit="-2"', html`<map-news-list limit="-2"></map-news-list>`, 'limit "-2"', '"-2" is not a number of news items'],
    ['limit="lots"', html`<map-news-list limit="lots"></map-news-list>`, 'limit "lots"', '"lots" is not a number'],
    ['heading-level="7"', html`<map-news-list heading-level="7"></map-news-list>`, 'heading-level "7"', '"7" is not a heading level'],
    [
      'profession="nurse"',
      html`<map-news-list profession="nurse"></map-news-list>`,
      'profession "nurse"',
      '"nurse" is not a profession',
    ],
  ];
  for (const [name, template, warning, shown] of invalid) {
    it(`explains ${name} in the element and once in the console`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<MapNewsListElement>(template);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain(shown);
        expect(warnings.messages.filter((m) => m.includes(warning))).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }

  it('explains every bad attribute at once, each warned once', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<MapNewsListElement>(html`<map-news-list limit="lots" profession="nurse"></map-news-list>`);
      el.requestUpdate();
      await el.updateComplete;
      const lines = [...shadow(el).querySelectorAll('[part="error"] .error__message')].map((line) => line.textContent);
      expect(lines).to.have.length(2);
      expect(lines[0]).to.contain('"lots" is not a number');
      expect(lines[1]).to.contain('"nurse" is not a profession');
      expect(warnings.messages.filter((m) => m.includes('<map-news-list>'))).to.have.length(2);
      expect(warnings.messages.filter((m) => m.includes('limit "lots"'))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('profession "nurse"'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('formats each date once: nothing again on a re-render, only the new items on "Show more"', async () => {
    const src = largeNewsFeedUrl(1000);
    const work = countDateWork();
    try {
      const el = await list(html`<map-news-list limit="100" more src=${src}></map-news-list>`);
      expect(work.formatters, 'date formatters are made once, not per item').to.be.at.most(2);
      const first = work.calls;
      expect(first, 'some date work for the 100 dated items shown').to.be.within(100, 200);
      el.requestUpdate();
      await el.updateComplete;
      expect(work.calls, 'a re-render formats nothing again').to.equal(first);
      moreButton(el)!.click();
      await waitUntil(() => items(el).length === 200);
      expect(work.calls - first, 'only the 100 new items').to.equal(first);
      expect(work.formatters).to.be.at.most(2);
    } finally {
      work.restore();
      URL.revokeObjectURL(src);
    }
  });

  it('renders and filters a 1,000-item feed', async () => {
    const src = largeNewsFeedUrl(1000);
    try {
      const el = await list(html`<map-news-list limit="1000" src=${src}></map-news-list>`);
      expect(items(el)).to.have.length(1000);
      expect(titles(el)[0]).to.equal('Generated news item 1');
      expect(items(el)[999]!.querySelector('time')!.hasAttribute('datetime'), 'undated items come last').to.equal(false);
      el.limit = 100;
      el.profession = 'physician-associate';
      el.more = true;
      await el.updateComplete;
      expect(items(el)).to.have.length(100);
      expect(titles(el).every((t) => (Number(t.split(' ').pop()) - 1) % 4 === 2)).to.equal(true);
      moreButton(el)!.click();
      await waitUntil(() => items(el).length === 200);
      expect(focused(el)?.textContent).to.equal(titles(el)[100]);
    } finally {
      URL.revokeObjectURL(src);
    }
  });
});
