/**
 * Pre-rendered HTML in the browser: the committed snapshots of `map-embed render` (written and
 * checked by test/node/render.test.ts) as a page shows them. Plain HTML with and without
 * dist/map-embed.css, the declarative shadow DOM before and after the script, and the fallback slot.
 */
import { expect } from '@open-wc/testing';
import { preloadAxe } from '../helpers/axe.js';
// The class only: importing it does not define the tag, so the page starts without the element.
import { MapRoleCardElement } from '../../src/elements/role-card/role-card.js';
import { MapCaseStudyCarouselElement } from '../../src/elements/case-study-carousel/case-study-carousel.js';
import { MapNewsListElement } from '../../src/elements/news-list/news-list.js';
import { stylesheet as withTokens } from '../../src/render/stylesheet.js';
import { waitUntil } from '../helpers/wait.js';

const SNAPSHOTS = '/test/render/snapshots/';
/** dist/map-embed.css as the build makes it: src/render/map-embed.css with the elements' tokens. */
const STYLESHEET = `data:text/css;charset=utf-8,${encodeURIComponent(withTokens(await (await fetch('/src/render/map-embed.css')).text()))}`;
/** The snapshots' feed address; swapped for this server's, where the sample feed's images are. */
const PUBLISHED = 'https://example.nhs.uk/feed/';

/** An element's own styles, which a dsd render puts in its `<style>` (the snapshots keep a placeholder). */
function stylesOf(element: unknown): string {
  const ctor = element as { finalize(): void; elementStyles: { cssText: string }[] };
  ctor.finalize();
  return ctor.elementStyles.map((sheet) => sheet.cssText).join('');
}
const CLASSES: Record<string, unknown> = {
  'role-card': MapRoleCardElement,
  'news-list': MapNewsListElement,
  'case-study-carousel': MapCaseStudyCarouselElement,
};

async function snapshot(name: string): Promise<string> {
  const text = await (await fetch(`${SNAPSHOTS}${name}`)).text();
  const element = Object.keys(CLASSES).find((tag) => name.startsWith(`${tag}.`));
  const withFeed = text.replaceAll(PUBLISHED, `${location.origin}/feed/`);
  return element ? withFeed.replace("/* the element's styles */", () => stylesOf(CLASSES[element])) : withFeed;
}

/** A same-origin frame with scripting off (no `allow-scripts`), `width` px wide, showing `body`. */
async function frame(body: string, width: number): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', 'allow-same-origin');
  iframe.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pre-rendered</title>
    <meta name="viewport" content="width=device-width"></head><body style="margin: 8px; font-family: Arial, sans-serif">${body}</body></html>`;
  document.body.append(iframe);
  await loaded;
  return iframe.contentDocument!;
}

/**
 * Anything drawn beyond the page's right edge, or a page that scrolls sideways. `images`: false
 * leaves out images, which with no stylesheet at all show at their own size (nothing in plain
 * HTML shrinks them; every site's stylesheet and map-embed.css do).
 */
function overflow(doc: Document, images = true): string[] {
  const width = doc.documentElement.clientWidth;
  const problems: string[] = [];
  if (images && doc.documentElement.scrollWidth > width) problems.push(`page scrolls sideways: ${doc.documentElement.scrollWidth} > ${width}`);
  for (const element of doc.body.querySelectorAll(images ? '*' : ':not(img)')) {
    const box = element.getBoundingClientRect();
    if (box.width && box.right > width + 0.5) problems.push(`<${element.localName} class="${element.className}"> ends at ${box.right}`);
  }
  return problems;
}

afterEach(() => {
  for (const node of document.querySelectorAll('iframe, .fixture')) node.remove();
});

describe('pre-rendered HTML (--format html)', () => {
  preloadAxe();
  for (const element of ['role-card', 'news-list', 'case-study-carousel']) {
    for (const styled of [false, true]) {
      it(`${element} ${styled ? 'with' : 'without'} map-embed.css: no script, reflows at 320 px, axe clean`, async () => {
        const html = await snapshot(`${element}.html.html`);
        const doc = await frame(`${styled ? `<link rel="stylesheet" href="${STYLESHEET}">` : ''}<main>${html}</main>`, 320);
        if (styled) await waitUntil(() => doc.styleSheets.length === 1, 'the stylesheet did not load');
        const main = doc.querySelector('main')!;
        expect(main.querySelectorAll('script, [style]').length).to.equal(0);
        const handlers = [...main.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on')));
        expect(handlers).to.deep.equal([]);
        expect(overflow(doc, styled)).to.deep.equal([]);
        const fragment = doc.querySelector<HTMLElement>('.map-embed')!;
        expect(fragment.innerText).to.match(/Updated 5 December 2026 from/);
        // axe runs on this document: the fragment is adopted here, with the stylesheet it had.
        const host = document.createElement('div');
        host.className = 'fixture';
        host.style.width = '320px';
        if (styled) host.innerHTML = `<link rel="stylesheet" href="${STYLESHEET}">`;
        host.append(document.importNode(fragment, true));
        document.body.append(host);
        await expect(host).to.be.accessible();
      });
    }
  }

  it('map-embed.css draws the card as NHS.UK does, whatever the site\'s own image rules', async () => {
    // Nearly every site's stylesheet has this rule; the card's image keeps its own size.
    const site = '<style>img { max-width: 100%; height: auto }</style>';
    const doc = await frame(`${site}<link rel="stylesheet" href="${STYLESHEET}">${await snapshot('role-card.html.html')}`, 768);
    await waitUntil(() => doc.styleSheets.length === 2, 'the stylesheet did not load');
    const card = doc.querySelector('.map-card')!;
    const style = getComputedStyle(card);
    expect(style.borderTopWidth).to.equal('1px');
    expect(style.paddingTop).to.equal('24px');
    expect(doc.querySelector<HTMLElement>('.map-visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
    // The full layout's image: at most 10em, as in the element.
    const fontSize = parseFloat(getComputedStyle(card).fontSize);
    expect(doc.querySelector('.map-role-card__image')!.getBoundingClientRect().width).to.be.at.most(10 * fontSize + 0.5);
  });
});

/** Everything the element draws: its shadow root's wrapper(s) and what they hold. */
const roots = (element: Element) => [...element.shadowRoot!.children].filter((child) => child.matches('.root'));

describe('declarative shadow DOM (--format dsd)', () => {
  it('shows the content with scripting off, with the "Updated" line', async () => {
    const doc = await frame(await snapshot('role-card.dsd.html'), 768);
    const card = doc.querySelector('map-role-card')!;
    expect(card.shadowRoot, 'declarative shadow root').to.exist;
    const heading = card.shadowRoot!.querySelector('h3')!;
    expect(heading.textContent).to.equal('Physician associates');
    expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
    const updated = card.shadowRoot!.querySelector<HTMLElement>('.updated');
    expect(updated?.textContent).to.match(/Updated 5 December 2026/);
    expect(updated!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('the carousel hides its controls, which need the script, while holding their space', async () => {
    const doc = await frame(await snapshot('case-study-carousel.dsd.html'), 768);
    const controls = doc.querySelector('map-case-study-carousel')!.shadowRoot!.querySelector<HTMLElement>('.controls')!;
    expect(getComputedStyle(controls).visibility).to.equal('hidden');
    expect(controls.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  for (const [element, define] of [
    ['role-card', () => import('../../src/elements/role-card/define.js')],
    ['news-list', () => import('../../src/elements/news-list/define.js')],
  ] as const) {
    it(`${element} is taken over by the script in place: nothing moves, each heading once, never blank`, async function () {
      this.timeout(20_000);
      const host = document.createElement('div');
      host.className = 'fixture';
      host.style.width = '768px';
      const html = `${await snapshot(`${element}.dsd.html`)}<p id="after">What follows</p>`;
      // Parsed as the page's own HTML would be, declarative shadow root included.
      (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(html);
      document.body.append(host);
      const card = host.querySelector(`map-${element}`)!;
      expect(customElements.get(`map-${element}`), 'not yet defined').to.equal(undefined);
      const headings = card.shadowRoot!.querySelectorAll('h2, h3').length;
      const before = {
        heading: card.shadowRoot!.querySelector('h3')!.getBoundingClientRect(),
        after: host.querySelector('#after')!.getBoundingClientRect(),
      };
      // Every frame until the element has taken over: one visible heading, in the same place.
      const frames: string[] = [];
      let watching = true;
      const watch = () => {
        const shown = [...card.shadowRoot!.querySelectorAll('h2, h3')].filter((h) => h.getBoundingClientRect().height > 0);
        if (shown.length !== headings) frames.push(`${shown.length} headings shown`);
        else if (Math.abs(shown.find((h) => h.localName === 'h3')!.getBoundingClientRect().top - before.heading.top) > 0.5) {
          frames.push('heading moved');
        }
        if (watching) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      await define();
      await waitUntil(() => roots(card).length === 1 && !card.shadowRoot!.querySelector('[part~="loading"]') && roots(card)[0]!.querySelector('h3'), 'the element did not take over', { timeout: 8000 });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      watching = false;
      expect(frames).to.deep.equal([]);
      expect(card.shadowRoot!.querySelectorAll('h2, h3').length).to.equal(headings);
      const heading = card.shadowRoot!.querySelector('h3')!.getBoundingClientRect();
      expect(heading.top).to.be.closeTo(before.heading.top, 0.5);
      expect(host.querySelector('#after')!.getBoundingClientRect().top).to.be.closeTo(before.after.top, 0.5);
      expect(card.shadowRoot!.querySelector('.updated'), 'the "Updated" line belongs to the static copy').to.equal(null);
    });
  }
});

// The carousel: the only element this file has not defined yet by the time these run.
describe('fallback slot', () => {
  const tag = (src?: string) =>
    `<map-case-study-carousel${src ? ` src="${src}"` : ''}><p slot="fallback" class="fallback"><a href="https://www.nhsemployers.org/">Case studies about the medical associate professions</a></p></map-case-study-carousel>`;

  it('shows with scripting off', async () => {
    const doc = await frame(tag(), 768);
    expect(doc.querySelector('.fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('is hidden once the element shows content, and shown beside an error box', async () => {
    const host = document.createElement('div');
    host.className = 'fixture';
    host.innerHTML = tag() + tag('/test/no-such-feed.json');
    document.body.append(host);
    const [working, failing] = host.querySelectorAll('map-case-study-carousel');
    expect(customElements.get('map-case-study-carousel'), 'not yet defined').to.equal(undefined);
    expect(working!.querySelector('.fallback')!.getBoundingClientRect().height, 'before the script').to.be.greaterThan(0);
    await import('../../src/elements/case-study-carousel/define.js');
    await waitUntil(
      () => working!.shadowRoot?.querySelector('[part~="slide"]') && failing!.shadowRoot?.querySelector('.error'),
      'the elements did not settle',
      { timeout: 8000 },
    );
    expect(working!.querySelector('.fallback')!.getBoundingClientRect().height).to.equal(0);
    expect(failing!.querySelector('.fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
