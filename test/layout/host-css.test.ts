/**
 * Layout on host pages whose CSS fights the elements (hostile-pages.ts), measured by geometry
 * (geometry.ts) in a frame 320, 768 and 1280 px wide: every element draws inside its own box,
 * what follows is below it, no text runs past its box and the page never scrolls sideways.
 */
import { expect } from '@open-wc/testing';
import { allSettled } from '../dist/pages.js';
import { layoutProblems } from './geometry.js';
import { HOSTILE_PAGES, HOSTILE_WIDTHS, hostileBody, type HostilePage } from './hostile-pages.js';

const FEED = '/test/fixtures/maps.json';

async function openHostile(page: HostilePage, width: number): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = `${page.name} at ${width}px`;
  frame.style.cssText = `inline-size: ${width}px; block-size: 900px; border: 0; display: block;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/layout/frame.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await doc.defaultView!.customElements.whenDefined('map-rating-widget');
  const style = doc.createElement('style');
  style.textContent = page.css;
  doc.head.append(style);
  doc.body.innerHTML = hostileBody(FEED);
  await allSettled(doc);
  // One more frame, so images sized by their aspect ratio and late layout have settled.
  await new Promise((resolve) => doc.defaultView!.requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { frame, doc };
}

describe('layout on hostile host pages', function () {
  this.timeout(60_000);

  for (const page of HOSTILE_PAGES) {
    for (const width of HOSTILE_WIDTHS) {
      it(`${page.name} at ${width}px: every element inside its box, nothing over what follows, no sideways scroll`, async () => {
        const { frame, doc } = await openHostile(page, width);
        try {
          expect(layoutProblems(doc), page.description).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  }

  it('an element with the hidden attribute stays hidden when the page unsets everything', async () => {
    const { frame, doc } = await openHostile(HOSTILE_PAGES.find((page) => page.name === 'unset')!, 768);
    try {
      const card = doc.querySelector('map-role-card')!;
      const following = doc.querySelector('.after')!;
      const before = following.getBoundingClientRect().top;
      card.setAttribute('hidden', '');
      const drawn = [...card.shadowRoot!.querySelectorAll('*')].filter((node) => node.getBoundingClientRect().height > 0);
      expect(drawn.map((node) => node.localName)).to.deep.equal([]);
      expect(following.getBoundingClientRect().top, 'what follows moves up').to.be.below(before);
    } finally {
      frame.remove();
    }
  });
});
