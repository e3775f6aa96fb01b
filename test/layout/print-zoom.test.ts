/**
 * On paper and at 400% zoom. Print: WebDriver cannot switch an engine to print media, so each
 * element's own `@media print` rules (from its real styles) are applied to it on screen and the
 * result measured, the same way in all three engines. Zoom: a frame 320 by 256 CSS px, which is
 * what a 1280 by 1024 window shows at 400%.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { settled } from '../helpers/render.js';
import { allSettled } from '../dist/pages.js';

const FEED = '/test/fixtures/maps.json';

/** Applies the element's `@media print` rules as if printing, after all its other rules. */
function printMedia(element: LitElement): void {
  const styles = (element.constructor as typeof LitElement).elementStyles;
  const text = styles.map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n'))).join('\n');
  const parsed = new CSSStyleSheet();
  parsed.replaceSync(text);
  const printRules = [...parsed.cssRules]
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText))
    .join('\n');
  const root = element.shadowRoot!;
  if (root.adoptedStyleSheets.length) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(printRules);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = printRules;
    root.append(style);
  }
}

const shown = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
};

describe('print', () => {
  it('prints no controls, every case study, cards kept whole and link addresses', async () => {
    const page = await fixture<HTMLElement>(html`<div style="inline-size: 700px">
      <map-feed src=${FEED}>
        <map-role-card profession="physician-associate"></map-role-card>
        <map-news-list limit="2"></map-news-list>
        <map-case-study-carousel label="Case studies" interval="60000"></map-case-study-carousel>
        <map-bookmark-button item-id="print-test" label="Print test" url="https://www.england.nhs.uk/"></map-bookmark-button>
        <map-rating-widget mode="stars" item-id="print-test" name="print-test"></map-rating-widget>
      </map-feed>
    </div>`);
    await allSettled(document);
    const elements = [...page.querySelectorAll<LitElement>('map-feed > *')];
    const inShadows = (selector: string) => elements.flatMap((element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)]);
    const carousel = page.querySelector('map-case-study-carousel')!;
    const slides = [...carousel.shadowRoot!.querySelectorAll('[part~="slide"]')];
    // On screen (so the checks below can fail): controls are there and one slide shows.
    expect(inShadows('button').filter(shown).length, 'buttons on screen').to.be.greaterThan(3);
    expect(inShadows('form').filter(shown)).to.have.length(1);
    expect(slides.length).to.be.greaterThan(1);
    expect(slides.filter(shown)).to.have.length(1);

    for (const element of elements) printMedia(element);

    expect(inShadows('button, .controls, form').filter(shown).map((control) => control.outerHTML.slice(0, 80)), 'controls printed').to.deep.equal([]);
    expect(slides.filter(shown).length, 'case studies printed').to.equal(slides.length);
    const tops = slides.map((slide) => slide.getBoundingClientRect());
    for (let i = 1; i < tops.length; i += 1) expect(tops[i]!.top, 'case studies one after another').to.be.at.least(tops[i - 1]!.bottom);
    for (const card of inShadows('.card, .item')) expect(getComputedStyle(card).breakInside, card.className).to.equal('avoid');
    const links = inShadows('a[href]').filter((link) => !link.getAttribute('href')!.startsWith('#'));
    expect(links.length).to.be.greaterThan(3);
    for (const link of links) {
      // Chromium and WebKit compute attr(); Firefox reports the declaration as written.
      const after = getComputedStyle(link, '::after').content;
      expect(after.includes(link.getAttribute('href')!) || after.includes('attr(href)'), `${link.textContent}: ${after}`).to.equal(true);
    }
  });
});

describe('400% zoom (320 by 256 CSS px)', () => {
  it('the carousel controls take at most half the height and the slide title starts on the first screen', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="zoomed" style="inline-size: 320px; block-size: 256px; border: 0"></iframe>`);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/layout/frame.html';
    await loaded;
    const doc = frame.contentDocument!;
    await doc.defaultView!.customElements.whenDefined('map-case-study-carousel');
    doc.body.style.margin = '8px';
    doc.body.innerHTML = `<map-case-study-carousel label="Case studies" interval="60000" src="${FEED}"></map-case-study-carousel>`;
    await allSettled(doc);
    const carousel = doc.querySelector<LitElement>('map-case-study-carousel')!;
    await settled(carousel);
    const controls = carousel.shadowRoot!.querySelector('[part~="controls"]')!.getBoundingClientRect();
    const title = carousel.shadowRoot!.querySelector('[part~="slide"]:not([hidden]) .title')!.getBoundingClientRect();
    expect(controls.height, 'controls height').to.be.at.most(128);
    expect(title.top + 24, 'the first line of the title shows').to.be.at.most(256);
    expect(doc.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(320);
  });
});
