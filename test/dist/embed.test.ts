/**
 * dist/embed.html (one element in an iframe) and dist/embed-host.js, built by `npm run build`:
 * a host page that sizes the frame from its messages, WordPress's secret protocol, a sandboxed
 * frame without storage, a fixed-height frame, parameters, language and links. Served with the
 * strict Content-Security-Policy (no inline script or style).
 */
import { expect } from '@open-wc/testing';
import { agentUrl, ask, askUntil, openFrame, otherOrigin, removeFrames, type Frame } from './frames.js';
import { axeViolations, packageTags, shadowText, type OpenedPage, type Probe } from './pages.js';
import { frames, waitUntil } from '../helpers/wait.js';

type ProbedWindow = Window & { __mapProbe: Probe };

function loaded(frame: Frame): Promise<void> {
  return new Promise((resolve) => frame.frame.addEventListener('load', () => resolve(), { once: true }));
}

/** A same-origin embed page whose document the test can read. */
async function openEmbed(query: string, attributes: Record<string, string> = {}) {
  const frame = openFrame(agentUrl('embed.html', query), { title: 'embed', style: 'width:600px;height:400px;border:0', ...attributes });
  await loaded(frame);
  const win = frame.frame.contentWindow as ProbedWindow;
  const doc = frame.frame.contentDocument!;
  return { frame, win, doc, probe: win.__mapProbe };
}

/** The element on an embed page, once it has rendered (not loading). */
async function renderedElement(doc: Document): Promise<HTMLElement> {
  await waitUntil(() => {
    const el = doc.querySelector('main > *');
    return el?.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[part~="loading"]');
  }, 'the element did not render', { timeout: 10_000 });
  return doc.querySelector<HTMLElement>('main > *')!;
}

/** The page's full height, once the frame's latest resize message carries it. */
async function reportedHeight(frame: Frame, doc: Document, message: string): Promise<number> {
  const pageHeight = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
  await waitUntil(() => frame.resizes().at(-1) === pageHeight(), message, { timeout: 10_000 });
  return frame.resizes().at(-1)!;
}

async function lastResize(frame: Frame, test: (height: number) => boolean, message: string): Promise<number> {
  await waitUntil(() => frame.resizes().length > 0 && test(frame.resizes().at(-1)!), message, { timeout: 10_000 });
  return frame.resizes().at(-1)!;
}

function loadHostScript(): Promise<void> {
  if (document.querySelector('script[src$="/dist/embed-host.js"]')) return Promise.resolve();
  const script = document.createElement('script');
  script.src = '/dist/embed-host.js';
  const done = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error('embed-host.js did not load')), { once: true });
  });
  document.head.append(script);
  return done;
}

describe('dist/embed.html', function () {
  this.timeout(40_000);
  afterEach(removeFrames);

  it('shows the chosen element with every parameter it has an attribute for', async () => {
    const { doc, probe } = await openEmbed('?element=news-list&limit=2&heading=Latest%20news&heading-level=3&more');
    const el = await renderedElement(doc);
    expect(el.localName).to.equal('map-news-list');
    expect(el.getAttribute('limit')).to.equal('2');
    expect(el.getAttribute('heading')).to.equal('Latest news');
    expect(el.hasAttribute('more')).to.equal(true);
    expect(el.shadowRoot!.querySelector('h3')?.textContent).to.contain('Latest news');
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(2);
    expect(doc.title).to.equal('News list – map-embed');
    expect(probe.warnings).to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
    expect(probe.violations).to.deep.equal([]);
  });

  it('offers every element the package has but <map-feed>', async () => {
    for (const tag of (await packageTags()).filter((name) => name !== 'map-feed')) {
      // A role card without a profession and a rating widget without an endpoint rightly warn;
      // every other element works bare.
      const extra =
        tag === 'map-role-card'
          ? '&profession=surgical-care-practitioner'
          : tag === 'map-rating-widget'
            ? `&endpoint=${encodeURIComponent('/api/ratings')}`
            : '';
      const { frame, doc, probe } = await openEmbed(`?element=${tag.slice(4)}${extra}`);
      const el = await renderedElement(doc);
      expect(el.localName).to.equal(tag);
      expect(probe.warnings, tag).to.deep.equal([]);
      frame.remove();
    }
  });

  it('ignores parameters that are not attributes of the element, with one warning naming them', async () => {
    const { doc, probe } = await openEmbed('?element=role-card&profession=physician-associate&colour=red&onclick=alert(1)');
    const el = await renderedElement(doc);
    expect(el.getAttribute('profession')).to.equal('physician-associate');
    expect(el.hasAttribute('colour')).to.equal(false);
    expect(el.hasAttribute('onclick')).to.equal(false);
    expect(probe.warnings.length).to.equal(1);
    expect(probe.warnings[0]).to.contain('"colour"').and.to.contain('"onclick"').and.to.contain('<map-role-card>');
  });

  it('turns a boolean parameter of "false" into no attribute', async () => {
    const { doc } = await openEmbed('?element=rating-widget&mode=useful&comment=false&item-id=embed-false');
    const el = await renderedElement(doc);
    expect(el.hasAttribute('comment')).to.equal(false);
    expect(el.getAttribute('mode')).to.equal('useful');
  });

  it('shows a clear message in the frame for a wrong element, and warns once', async () => {
    const { doc, probe } = await openEmbed('?element=role-cards');
    const text = doc.querySelector('main')!.textContent!;
    expect(text).to.contain('"role-cards"').and.to.contain('role-card, news-list');
    expect(probe.warnings.length).to.equal(1);
    const none = await openEmbed('');
    expect(none.doc.querySelector('main')!.textContent).to.contain('element=');
  });

  it('speaks Welsh with lang=cy, on the page and in the element', async () => {
    const { doc } = await openEmbed('?element=role-card&profession=physician-associate&lang=cy');
    const el = await renderedElement(doc);
    expect(doc.documentElement.lang).to.equal('cy');
    expect(shadowText(el)).to.contain('Darllen mwy');
    const wrong = await openEmbed('?element=nothing&lang=cy');
    expect(wrong.doc.querySelector('main')!.textContent).to.contain('Nid oes elfen map-embed');
  });

  it('resolves src against the embed page', async () => {
    const { doc, win } = await openEmbed('?element=role-card&profession=physician-associate&src=feed/maps.json');
    const el = await renderedElement(doc);
    expect(el.getAttribute('src')).to.equal(new URL('feed/maps.json', win.location.href).href);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it('reports its full content height to its parent, as an integer, and again when it changes', async () => {
    const { frame, doc } = await openEmbed('?element=news-list&limit=2&more', { style: 'width:500px;height:100px;border:0' });
    const el = await renderedElement(doc);
    const pageHeight = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
    // The latest message carries the whole content's height (the page's own, which holds the
    // element), not the 100 px frame's.
    const reported = (message: string) => reportedHeight(frame, doc, message);
    const first = await reported('no resize message with the loaded news');
    expect(Number.isInteger(first)).to.equal(true);
    expect(first).to.be.greaterThan(150);
    expect(first).to.be.at.least(Math.ceil(el.getBoundingClientRect().bottom));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => pageHeight() > first, '"Show more" showed nothing more');
    expect(await reported('"Show more" did not post the new height')).to.be.greaterThan(first);
  });

  it('reports no resize-observer loop when the element renders inside an observer callback, and still reports the new height', async () => {
    const { frame, win, doc, probe } = await openEmbed('?element=news-list&limit=1');
    const el = (await renderedElement(doc)) as HTMLElement & { limit: number };
    const items = () => el.shadowRoot!.querySelectorAll('[part~="item"]').length;
    const first = await reportedHeight(frame, doc, 'no resize message with the loaded news');
    // An observer of the frame's own watches a small box: its callback makes the list render (in
    // the microtasks after it), inside the resize-observer step, as WebKit can do with a feed.
    const trigger = doc.createElement('div');
    trigger.style.cssText = 'position: absolute; inline-size: 1px; block-size: 1px;';
    doc.body.append(trigger);
    const observer = new (win as unknown as typeof globalThis).ResizeObserver(() => {
      el.limit = 3;
    });
    observer.observe(trigger);
    await waitUntil(() => items() === 3, 'the list did not render three items');
    const grown = await reportedHeight(frame, doc, 'the new height was not reported');
    observer.disconnect();
    expect(grown).to.be.greaterThan(first);
    expect(probe.errors).to.deep.equal([]);
  });

  it('declares responsive-embedded-sizing and sends links to the top window', async () => {
    const { doc } = await openEmbed('?element=role-card&profession=physician-associate');
    const el = await renderedElement(doc);
    expect(doc.querySelector('meta[name="responsive-embedded-sizing"]')).to.not.equal(null);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
    expect(link.hasAttribute('target')).to.equal(false);
    expect(doc.querySelector('base')!.target).to.equal('_top');
  });

  it("follows the page's <base target> from inside the elements' shadow roots", async () => {
    // The mechanism embed.html relies on for target="_top", checked in every engine by pointing
    // the same <base> at a named frame this test can watch.
    const named = openFrame('about:blank', { name: 'map-embed-link-target', title: 'link target' });
    const { doc } = await openEmbed('?element=news-list&limit=1');
    const el = await renderedElement(doc);
    doc.querySelector('base')!.target = 'map-embed-link-target';
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
    expect(link.hasAttribute('target')).to.equal(false);
    link.href = `${location.origin}/test/fixtures/news.json`;
    link.click();
    await waitUntil(() => {
      try {
        return named.frame.contentWindow!.location.pathname === '/test/fixtures/news.json';
      } catch {
        return false;
      }
    }, 'the link did not follow <base target>', { timeout: 10_000 });
  });

  it('opens links in the top window, from inside a shadow root', async function () {
    // A window of its own is the only top the test can watch navigate without leaving the test.
    const top = window.open('about:blank', 'map-embed-top', 'width=600,height=600');
    if (!top) {
      // WebKit's MiniBrowser does not let a script open a window; Chromium and Firefox run this.
      this.skip();
      return;
    }
    try {
      const frame = top.document.createElement('iframe');
      frame.title = 'Role card';
      // A feed whose link stays on this origin, so the test can read where the top window went
      // (the sample feed links to public https pages, which this machine cannot reach).
      frame.src = agentUrl('embed.html', `?element=role-card&profession=physician-associate&src=${encodeURIComponent('/test/fixtures/one-role.json')}`);
      top.document.body.append(frame);
      await waitUntil(() => frame.contentDocument?.querySelector('map-role-card')?.shadowRoot?.querySelector('a[href]'), 'no link', { timeout: 10_000 });
      const link = frame.contentDocument!.querySelector('map-role-card')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
      const target = new URL(link.href);
      link.click();
      await waitUntil(() => {
        try {
          return top.location.pathname === target.pathname;
        } catch {
          return false;
        }
      }, 'the link did not open in the top window', { timeout: 10_000 });
    } finally {
      top.close();
    }
  });

  it('at a fixed height, scrolls inside rather than clipping', async () => {
    const { doc, win } = await openEmbed('?element=news-list&limit=5', { style: 'width:320px;height:120px;border:0' });
    const el = await renderedElement(doc);
    const scroller = doc.scrollingElement!;
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
    for (const node of [doc.documentElement, doc.body, doc.querySelector('main')!]) {
      expect(['hidden', 'clip'], node.localName).to.not.include(win.getComputedStyle(node).overflowY);
    }
    const lastItem = [...el.shadowRoot!.querySelectorAll('li')].at(-1)!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => scroller.scrollTop > 0, 'the frame did not scroll');
    const box = lastItem.getBoundingClientRect();
    // Scrolled to the end, the last item's end is in view: nothing is cut off below it.
    expect(box.bottom).to.be.at.most(scroller.clientHeight + 1);
    expect(box.bottom).to.be.greaterThan(0);
  });

  it('has no axe violations', async () => {
    const { frame, win, doc } = await openEmbed('?element=case-study-carousel');
    await renderedElement(doc);
    const page = { frame: frame.frame, win, doc, probe: win.__mapProbe } as unknown as OpenedPage;
    // A level-one heading belongs to the host page; the frame is one part of it.
    const violations = (await axeViolations(page)).filter((violation) => !violation.startsWith('page-has-heading-one:'));
    expect(violations).to.deep.equal([]);
  });
});

describe('a host page with dist/embed-host.js and a frame from another origin', function () {
  this.timeout(40_000);
  before(loadHostScript);
  afterEach(removeFrames);

  it('sizes <iframe data-map-embed> to the content and follows it as it grows', async () => {
    const frame = openFrame(agentUrl('embed.html', '?element=news-list&limit=2&more', otherOrigin()), {
      'data-map-embed': '',
      title: 'News',
      style: 'width:100%;height:150px;border:2px solid',
    });
    // Sized to the latest height, with nothing hidden and nothing to scroll inside the frame.
    const fitted = () =>
      askUntil(
        frame,
        (inside) => !inside.loading && frame.frame.clientHeight === frame.resizes().at(-1) && inside.scrollHeight === inside.clientHeight,
        'the frame does not fit its content',
      );
    await lastResize(frame, (height) => height > 150, 'no height from the other origin');
    await fitted();
    const first = frame.frame.clientHeight;
    expect((await ask(frame, 'click', 'button')).clicked).to.equal(true);
    await lastResize(frame, (height) => height > first, 'no new height after "Show more"');
    const inside = await fitted();
    expect(frame.frame.clientHeight).to.be.greaterThan(first);
    expect(inside.errors).to.deep.equal([]);
  });

  it('believes a message only from the frame it sizes', async () => {
    const frame = openFrame(agentUrl('embed.html', '?element=bookmark-button&item-id=role-physician-associate', otherOrigin()), {
      'data-map-embed': '',
      title: 'Bookmark',
    });
    await askUntil(frame, (inside) => !inside.loading && frame.frame.clientHeight === frame.resizes().at(-1), 'not sized to the button');
    const height = frame.frame.clientHeight;
    const forged = new Promise<void>((resolve) => {
      const listener = (event: MessageEvent) => {
        if (event.source !== window) return;
        removeEventListener('message', listener);
        resolve();
      };
      addEventListener('message', listener);
    });
    window.postMessage({ type: 'map-embed:resize', height: 900 }, '*');
    await forged;
    await frames();
    expect(frame.frame.clientHeight).to.equal(height);
  });
});

describe('WordPress embed protocol', function () {
  this.timeout(30_000);
  afterEach(removeFrames);

  it('posts { message: "height", value, secret } when the address carries #?secret=', async () => {
    const frame = openFrame(agentUrl('embed.html', '?element=role-card&profession=physician-associate#?secret=Ab3dE6gH9k', otherOrigin()), {
      title: 'WordPress',
      'data-secret': 'Ab3dE6gH9k',
    });
    const height = await lastResize(frame, (value) => value > 100, 'no height');
    await waitUntil(() =>
      frame.messages.some((data) => {
        const message = data as { message?: string; value?: number; secret?: string };
        return message.message === 'height' && message.value === height && message.secret === 'Ab3dE6gH9k';
      }),
    'no WordPress height message with the secret');
  });

  it('posts no WordPress message without a secret', async () => {
    const frame = openFrame(agentUrl('embed.html', '?element=role-card&profession=physician-associate', otherOrigin()), { title: 'No secret' });
    await lastResize(frame, (value) => value > 100, 'no height');
    // The agent's answer comes after anything the page posted before it.
    await ask(frame, 'read');
    expect(frame.messages.filter((data) => (data as { message?: string }).message === 'height')).to.deep.equal([]);
  });
});

describe('a sandboxed frame without allow-same-origin (no storage)', function () {
  this.timeout(40_000);
  afterEach(removeFrames);

  it('keeps a bookmark for the visit and says so', async () => {
    const frame = openFrame(agentUrl('embed.html', '?element=bookmark-button&item-id=role-physician-associate&label=Physician%20associates', location.origin, false), {
      sandbox: 'allow-scripts',
      title: 'Bookmark',
    });
    await askUntil(frame, (reply) => !reply.loading && reply.pressed === 'false', 'the bookmark button did not render');
    expect((await ask(frame, 'click', 'button')).clicked).to.equal(true);
    const after = await askUntil(frame, (reply) => reply.pressed === 'true', 'the bookmark was not kept');
    expect(after.text).to.contain('for this visit only');
    expect(after.errors).to.deep.equal([]);
    expect(frame.resizes().length).to.be.greaterThan(0);
  });

  it('takes a rating for the visit and says so', async () => {
    const frame = openFrame(agentUrl('embed.html', '?element=rating-widget&mode=useful&item-id=sandboxed-page', location.origin, false), {
      sandbox: 'allow-scripts allow-forms',
      title: 'Rating',
    });
    await askUntil(frame, (reply) => !reply.loading && /useful/i.test(reply.text), 'the rating did not render');
    const before = frame.resizes().at(-1);
    expect((await ask(frame, 'click', 'button')).clicked).to.equal(true);
    const after = await askUntil(frame, (reply) => reply.text.includes('for this visit only'), 'no note that the rating is kept for the visit');
    expect(after.errors).to.deep.equal([]);
    // The thank-you and the note change the height, and the parent hears of it.
    await lastResize(frame, (height) => height !== before, 'no new height after rating');
  });
});
