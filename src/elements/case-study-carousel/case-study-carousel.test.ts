import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import './define.js';
import type { MapCaseStudyCarouselElement } from './case-study-carousel.js';
import { intervalLimits } from '../../core/attributes.js';
import { accessibleName } from '../../../test/helpers/accessible-name.js';
import { uniqueUrl } from '../../../test/helpers/server.js';
import { settled, visibleText } from '../../../test/helpers/render.js';
import { captureWarnings } from '../../../test/helpers/console.js';
import { emulateReducedMotion, shiftTab } from '../../../test/helpers/commands.js';
import { useFakeTimers, withRealTimers } from '../../../test/helpers/clock.js';
import { waitUntil } from '../../../test/helpers/wait.js';

const MAPS = '/test/fixtures/maps.json';
const BROKEN = '/test/fixtures/case-studies-broken-image.json';
const SINGLE = '/test/fixtures/case-studies-single.json';
const MANY = '/test/fixtures/case-studies-many.json';
const NONE = '/test/fixtures/case-studies-none.json';
const NO_ALT = '/test/fixtures/case-studies-no-alt.json';
/** Outside the 480px-wide fixture, so the pointer does not pause anything by accident. */
const AWAY: [number, number] = [780, 580];

async function mount(template: TemplateResult): Promise<MapCaseStudyCarouselElement> {
  const wrapper = await fixture(html`<div style="inline-size: 480px">${template}</div>`);
  const el = wrapper.querySelector('map-case-study-carousel')!;
  await settled(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MapCaseStudyCarouselElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: MapCaseStudyCarouselElement, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const part = (el: MapCaseStudyCarouselElement, name: string) => $<HTMLButtonElement>(el, `[part~="${name}"]`)!;
const shown = (el: MapCaseStudyCarouselElement) => $(el, '[part="slide"]:not([hidden])')!;
const slideLabel = (el: MapCaseStudyCarouselElement) => shown(el).getAttribute('aria-label');
const liveRegion = (el: MapCaseStudyCarouselElement) => part(el, 'slides').getAttribute('aria-live');
const focusedPart = (el: MapCaseStudyCarouselElement) => el.shadowRoot!.activeElement?.getAttribute('part') ?? null;

async function pointerInside(el: MapCaseStudyCarouselElement): Promise<void> {
  const box = part(el, 'slides').getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
}

/** Presses `key` (' ' for the space bar), or Shift+Tab. */
async function press(key: string, el: MapCaseStudyCarouselElement): Promise<void> {
  if (key === 'Shift+Tab') await shiftTab();
  else await sendKeys({ press: key });
  await el.updateComplete;
}

describe('map-case-study-carousel', () => {
  beforeEach(async () => {
    await sendMouse({ type: 'move', position: AWAY });
  });

  afterEach(async () => {
    await emulateReducedMotion('no-preference');
    await sendMouse({ type: 'move', position: AWAY });
  });

  describe('structure', () => {
    it('is a labelled carousel region of "N of M" slides, showing only the first', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(MAPS)}></map-case-study-carousel>`);
      const region = part(el, 'carousel');
      expect(region.localName).to.equal('section');
      expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(region.getAttribute('aria-label')).to.equal('Case studies');
      const slides = $$(el, '[part="slide"]');
      expect(slides.map((s) => s.getAttribute('aria-label'))).to.deep.equal([
        '1 of 5',
        '2 of 5',
        '3 of 5',
        '4 of 5',
        '5 of 5',
      ]);
      for (const slide of slides) {
        expect(slide.getAttribute('role')).to.equal('group');
        expect(slide.getAttribute('aria-roledescription')).to.equal('slide');
      }
      expect(slides.filter((s) => !s.hidden && !s.inert)).to.deep.equal([slides[0]]);
      expect(slides.slice(1).every((s) => s.hidden && s.inert && getComputedStyle(s).display === 'none')).to.equal(true);
      expect(part(el, 'previous').textContent!.trim()).to.equal('Previous slide');
      expect(part(el, 'next').textContent!.trim()).to.equal('Next slide');
      expect(part(el, 'picker').getAttribute('role')).to.equal('group');
      expect(part(el, 'picker').getAttribute('aria-label')).to.equal('Choose slide to display');
      expect($$(el, '[part~="picker-button"]').map((b) => accessibleName(b))).to.deep.equal([
        'Show slide 1 of 5: Fixture case study 0',
        'Show slide 2 of 5: Fixture case study 1',
        'Show slide 3 of 5: Fixture case study 2',
        'Show slide 4 of 5: Fixture case study 3',
        'Show slide 5 of 5: Fixture case study 4',
      ]);
      expect(part(el, 'previous').getAttribute('aria-controls')).to.equal('slides');
      expect(part(el, 'slides').id).to.equal('slides');
      expect(part(el, 'rotation')).to.equal(null);
      expect(liveRegion(el)).to.equal('polite');
      await expect(el).to.be.accessible();
    });

    it('shows each case study with image, title, organisation, quote, person, summary and link', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(MAPS)}></map-case-study-carousel>`);
      const slide = shown(el);
      const image = slide.querySelector('img')!;
      expect(image.alt).to.equal('Photo 0');
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(slide.querySelector('h3')!.textContent).to.equal('Fixture case study 0');
      expect(slide.querySelector('[part="organisation"]')!.textContent).to.equal('Fixture NHS Trust 0');
      expect(slide.querySelector('blockquote')!.textContent!.trim()).to.equal('Quote 0');
      expect(slide.querySelector('figcaption')!.textContent).to.equal('Person 0, role');
      expect(slide.querySelector('[part="summary"]')!.textContent).to.equal('Case summary 0');
      const link = slide.querySelector<HTMLAnchorElement>('a[part="link"]')!;
      expect(new URL(link.href).pathname).to.equal('/case/0');
      expect(link.textContent).to.equal('Read the case study');
      expect(accessibleName(link), 'no space before the colon').to.equal('Read the case study: Fixture case study 0');
    });

    it('gives case study titles the heading level of heading-level (default 3)', async () => {
      const el = await mount(
        html`<map-case-study-carousel heading-level="2" src=${uniqueUrl(MAPS)}></map-case-study-carousel>`,
      );
      expect(shown(el).querySelector('[part="title"]')!.localName).to.equal('h2');
      el.headingLevel = 4;
      await el.updateComplete;
      expect($$(el, '[part="title"]').map((title) => title.localName)).to.deep.equal(['h4', 'h4', 'h4', 'h4', 'h4']);
      await expect(el).to.be.accessible();
    });

    it('reserves the image box at 16:9 before the image arrives, and takes a custom ratio', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(MAPS)}></map-case-study-carousel>`);
      const media = shown(el).querySelector<HTMLElement>('[part="media"]')!;
      const ratio = () => media.getBoundingClientRect().width / media.getBoundingClientRect().height;
      expect(ratio()).to.be.closeTo(16 / 9, 0.02);
      el.style.setProperty('--map-case-study-carousel-image-ratio', '1');
      expect(ratio()).to.be.closeTo(1, 0.02);
    });

    it('uses the label attribute as the region name', async () => {
      const el = await mount(
        html`<map-case-study-carousel label="Stories from our trust" src=${uniqueUrl(MAPS)}></map-case-study-carousel>`,
      );
      expect(part(el, 'carousel').getAttribute('aria-label')).to.equal('Stories from our trust');
    });

    it('is accessible on every slide', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(MAPS)}></map-case-study-carousel>`);
      for (let n = 1; n <= 5; n++) {
        expect(slideLabel(el)).to.equal(`${n} of 5`);
        await expect(el).to.be.accessible();
        part(el, 'next').click();
        await el.updateComplete;
      }
    });
  });

  describe('keyboard', () => {
    // Each test that tabs out of the carousel has somewhere in the page to go: past the page's
    // last control, Firefox moves focus into its own toolbar and keys no longer reach the page.
    it('tabs through previous, next, each picker button, then only the shown slide’s link', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(MAPS)}></map-case-study-carousel>
        <button type="button">After</button>`);
      const order: (string | null)[] = [];
      for (let i = 0; i < 8; i++) {
        await press('Tab', el);
        order.push(focusedPart(el));
      }
      expect(order).to.deep.equal([
        'previous',
        'next',
        'picker-button picker-button-current',
        'picker-button',
        'picker-button',
        'picker-button',
        'picker-button',
        'link',
      ]);
      expect((el.shadowRoot!.activeElement as HTMLAnchorElement).closest('[part="slide"]')).to.equal(shown(el));
      await press('Tab', el);
      expect(el.shadowRoot!.activeElement).to.equal(null);
      expect(document.activeElement!.textContent).to.equal('After');
    });

    it('Enter and Space on next and previous change slide, keep focus, and wrap around at both ends', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(MAPS)}></map-case-study-carousel>`);
      await press('Tab', el);
      expect(focusedPart(el)).to.equal('previous');
      await press('Enter', el);
      expect(slideLabel(el), 'previous on the first slide wraps to the last').to.equal('5 of 5');
      await press(' ', el);
      expect(slideLabel(el)).to.equal('4 of 5');
      expect(focusedPart(el)).to.equal('previous');
      await press('Tab', el);
      expect(focusedPart(el)).to.equal('next');
      await press('Enter', el);
      expect(slideLabel(el)).to.equal('5 of 5');
      await press(' ', el);
      expect(slideLabel(el), 'next on the last slide wraps to the first').to.equal('1 of 5');
      expect(focusedPart(el)).to.equal('next');
      expect(liveRegion(el)).to.equal('polite');
      await expect(el).to.be.accessible();
    });

    it('Enter and Space on a picker button show that slide and mark it as the current one', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(MAPS)}></map-case-study-carousel>`);
      for (let i = 0; i < 5; i++) await press('Tab', el);
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Show slide 3 of 5: Fixture case study 2');
      await press('Enter', el);
      expect(slideLabel(el)).to.equal('3 of 5');
      const disabled = () =>
        $$(el, '[part~="picker-button"]').map((b) => b.getAttribute('aria-disabled'));
      expect(disabled()).to.deep.equal(['false', 'false', 'true', 'false', 'false']);
      await press(' ', el);
      expect(slideLabel(el), 'the current slide’s button does nothing').to.equal('3 of 5');
      await press('Tab', el);
      await press(' ', el);
      expect(slideLabel(el)).to.equal('4 of 5');
      expect(disabled()).to.deep.equal(['false', 'false', 'false', 'true', 'false']);
      await expect(el).to.be.accessible();
    });

    it('Shift+Tab goes back through the link, each picker button, next, previous and rotation', async () => {
      const el = await mount(html`<button type="button">Before</button>
        <map-case-study-carousel src=${uniqueUrl(MAPS)}></map-case-study-carousel>
        <button type="button">After</button>`);
      el.parentElement!.querySelector<HTMLButtonElement>('button:last-of-type')!.focus();
      const order: (string | null)[] = [];
      for (let i = 0; i < 8; i++) {
        await press('Shift+Tab', el);
        order.push(focusedPart(el));
      }
      expect(order).to.deep.equal([
        'link',
        'picker-button',
        'picker-button',
        'picker-button',
        'picker-button',
        'picker-button picker-button-current',
        'next',
        'previous',
      ]);
      await press('Shift+Tab', el);
      expect(el.shadowRoot!.activeElement, 'focus has left backwards').to.equal(null);
      expect(document.activeElement!.textContent).to.equal('Before');
    });
  });

  describe('automatic rotation', () => {
    // The slide show's timer runs on a fake clock, so these tests use the real shortest interval
    // (5 seconds) and take no longer for it.
    const clock = useFakeTimers();
    const SLIDE = intervalLimits.min;
    /** Long enough for two or three slide changes, if anything were still rotating. */
    const QUIET = SLIDE * 3;
    /** Lets `ms` of slide show time pass and the carousel render what it did. */
    async function pass(el: MapCaseStudyCarouselElement, ms: number): Promise<void> {
      await clock().tickAsync(ms);
      await el.updateComplete;
    }

    const rotating = (src = uniqueUrl(MAPS)) =>
      mount(html`<map-case-study-carousel interval=${SLIDE} src=${src}></map-case-study-carousel>`);

    it('rotates, with the live region off and a Stop control first in the tab order', async () => {
      const el = await rotating();
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Stop automatic slide show');
      expect(part(el, 'rotation').hasAttribute('aria-pressed')).to.equal(false);
      expect(liveRegion(el)).to.equal('off');
      await pass(el, SLIDE);
      expect(slideLabel(el), 'did not rotate').to.equal('2 of 5');
      await pass(el, SLIDE);
      expect(slideLabel(el), 'did not keep rotating').to.equal('3 of 5');
      await withRealTimers(() => expect(el).to.be.accessible());
    });

    it('wraps from the last slide to the first', async () => {
      const el = await rotating();
      await pass(el, SLIDE * 4);
      expect(slideLabel(el), 'did not reach the end').to.equal('5 of 5');
      await pass(el, SLIDE);
      expect(slideLabel(el), 'did not wrap').to.equal('1 of 5');
    });

    it('pauses while the pointer is over it and resumes when it leaves', async () => {
      const el = await rotating();
      await pointerInside(el);
      await el.updateComplete;
      const at = slideLabel(el);
      expect(liveRegion(el)).to.equal('polite');
      expect(part(el, 'rotation').textContent!.trim(), 'a pause is not a stop').to.equal('Stop automatic slide show');
      await pass(el, QUIET);
      expect(slideLabel(el)).to.equal(at);
      await withRealTimers(() => expect(el).to.be.accessible());
      await sendMouse({ type: 'move', position: AWAY });
      await el.updateComplete;
      expect(liveRegion(el)).to.equal('off');
      await pass(el, SLIDE);
      expect(slideLabel(el), 'did not resume').not.to.equal(at);
    });

    it('stops for good when keyboard focus enters, until Start is pressed', async () => {
      const el = await mount(html`<map-case-study-carousel interval=${SLIDE} src=${uniqueUrl(MAPS)}></map-case-study-carousel>
        <button type="button">After</button>`);
      await press('Tab', el);
      expect(focusedPart(el), 'the rotation control comes first').to.equal('rotation');
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Start automatic slide show');
      expect(liveRegion(el)).to.equal('polite');
      const at = slideLabel(el);
      await withRealTimers(() => expect(el).to.be.accessible());
      for (let i = 0; i < 9; i++) await press('Tab', el);
      expect(el.shadowRoot!.activeElement, 'focus has left').to.equal(null);
      await pass(el, QUIET);
      expect(slideLabel(el), 'still stopped after focus left').to.equal(at);

      part(el, 'rotation').focus();
      await press('Enter', el);
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Stop automatic slide show');
      expect(liveRegion(el)).to.equal('off');
      await pass(el, SLIDE);
      expect(slideLabel(el), 'Start did not restart it').not.to.equal(at);
      await press('Tab', el);
      expect(focusedPart(el)).to.equal('previous');
      expect(part(el, 'rotation').textContent!.trim(), 'moving within does not undo Start').to.equal(
        'Stop automatic slide show',
      );
      await press(' ', el);
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Stop automatic slide show');
    });

    it('after Start, waits while focus is on the shown slide’s link, so focus is never lost', async () => {
      const el = await rotating();
      await press('Tab', el);
      await press('Enter', el);
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Stop automatic slide show');
      for (let i = 0; i < 8; i++) await press('Tab', el);
      expect(focusedPart(el)).to.equal('link');
      const link = el.shadowRoot!.activeElement;
      const at = slideLabel(el);
      expect(liveRegion(el)).to.equal('polite');
      await pass(el, QUIET);
      expect(slideLabel(el)).to.equal(at);
      expect(el.shadowRoot!.activeElement, 'the link keeps focus').to.equal(link);
      expect(part(el, 'rotation').textContent!.trim(), 'a wait, not a stop').to.equal('Stop automatic slide show');
      await withRealTimers(() => expect(el).to.be.accessible());
      await press('Shift+Tab', el);
      expect(focusedPart(el)).to.contain('picker-button');
      expect(liveRegion(el)).to.equal('off');
      await pass(el, SLIDE);
      expect(slideLabel(el), 'did not go on once focus left the slide').not.to.equal(at);
    });

    it('also stops when keyboard focus comes in backwards, and Space on the control restarts it', async () => {
      const el = await mount(html`<map-case-study-carousel interval=${SLIDE} src=${uniqueUrl(MAPS)}></map-case-study-carousel>
        <button type="button">After</button>`);
      el.parentElement!.querySelector('button')!.focus();
      await press('Shift+Tab', el);
      expect(focusedPart(el), 'in at the shown slide’s link').to.equal('link');
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Start automatic slide show');
      expect(liveRegion(el)).to.equal('polite');
      const at = slideLabel(el);
      await pass(el, QUIET);
      expect(slideLabel(el)).to.equal(at);
      await withRealTimers(() => expect(el).to.be.accessible());

      for (let i = 0; i < 8; i++) await press('Shift+Tab', el);
      expect(focusedPart(el), 'the rotation control is first, so last going back').to.equal('rotation');
      await press(' ', el);
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Stop automatic slide show');
      expect(part(el, 'rotation').hasAttribute('aria-pressed')).to.equal(false);
      expect(liveRegion(el)).to.equal('off');
      await pass(el, SLIDE);
      expect(slideLabel(el), 'Space did not restart it').not.to.equal(at);
      await press(' ', el);
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Start automatic slide show');
      expect(liveRegion(el)).to.equal('polite');
    });

    it('Stop and Start work by mouse, and a click is not taken for keyboard focus', async () => {
      const el = await rotating();
      const box = part(el, 'rotation').getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + 10)] });
      await el.updateComplete;
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Start automatic slide show');
      const at = slideLabel(el);
      await sendMouse({ type: 'move', position: AWAY });
      await pass(el, QUIET);
      expect(slideLabel(el)).to.equal(at);
      await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + 10)] });
      await el.updateComplete;
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Stop automatic slide show');
      await sendMouse({ type: 'move', position: AWAY });
      await pass(el, SLIDE);
      expect(slideLabel(el), 'did not restart').not.to.equal(at);
    });

    it('stops once keys are pressed on a control that a click focused', async () => {
      const el = await rotating();
      const box = part(el, 'next').getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + 10)] });
      await sendMouse({ type: 'move', position: AWAY });
      await el.updateComplete;
      expect(focusedPart(el)).to.equal('next');
      expect(part(el, 'rotation').textContent!.trim(), 'a click is not keyboard focus').to.equal(
        'Stop automatic slide show',
      );
      await press('Enter', el);
      const at = slideLabel(el);
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Start automatic slide show');
      await pass(el, QUIET);
      expect(slideLabel(el)).to.equal(at);
    });

    it('never starts by itself when reduced motion is preferred, and stops when the preference arrives', async () => {
      await emulateReducedMotion('reduce');
      const el = await rotating();
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Start automatic slide show');
      expect(liveRegion(el)).to.equal('polite');
      await pass(el, QUIET);
      expect(slideLabel(el)).to.equal('1 of 5');
      await withRealTimers(() => expect(el).to.be.accessible());

      await emulateReducedMotion('no-preference');
      await waitUntil(() => liveRegion(el) === 'off', 'did not start once motion was fine');
      await pass(el, SLIDE);
      expect(slideLabel(el), 'did not start once motion was fine').not.to.equal('1 of 5');
      await emulateReducedMotion('reduce');
      await waitUntil(() => liveRegion(el) === 'polite', 'did not stop when reduced motion was asked for');
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Start automatic slide show');
      const at = slideLabel(el);
      await pass(el, QUIET);
      expect(slideLabel(el)).to.equal(at);

      part(el, 'rotation').click();
      await el.updateComplete;
      expect(part(el, 'rotation').textContent!.trim(), 'the person can still choose it').to.equal(
        'Stop automatic slide show',
      );
      await pass(el, SLIDE);
      expect(slideLabel(el), 'Start did not start it').not.to.equal(at);
    });

    it('does not rotate, or offer to, with a single slide or interval 0', async () => {
      const single = await mount(
        html`<map-case-study-carousel interval=${SLIDE} src=${uniqueUrl(SINGLE)}></map-case-study-carousel>`,
      );
      expect($(single, 'button')).to.equal(null);
      const still = await mount(html`<map-case-study-carousel interval="0" src=${uniqueUrl(MAPS)}></map-case-study-carousel>`);
      expect(part(still, 'rotation')).to.equal(null);
      await pass(still, QUIET);
      expect(slideLabel(still)).to.equal('1 of 5');
    });

    it('names a bad interval in the element and once in the console', async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount(
          html`<map-case-study-carousel interval="soon" src=${uniqueUrl(MAPS)}></map-case-study-carousel>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect($(el, '[part="error"]')).to.exist;
        expect(visibleText(el)).to.contain('"soon"');
        expect(warnings.messages.filter((m) => m.includes('interval'))).to.have.length(1);
        await withRealTimers(() => expect(el).to.be.accessible());
      } finally {
        warnings.restore();
      }
    });

    for (const { interval, used, warning } of [
      { interval: '8', used: 5000, warning: 'interval "8" is faster than one slide every 5000 ms (it is in milliseconds, not seconds); using 5000 ms.' },
      { interval: '4294967297', used: 60000, warning: 'interval "4294967297" is longer than 60000 ms; using 60000 ms.' },
    ]) {
      it(`runs interval="${interval}" every ${used} ms, with one warning naming the value`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await mount(html`<map-case-study-carousel interval=${interval} src=${uniqueUrl(MAPS)}></map-case-study-carousel>`);
          expect(part(el, 'rotation').textContent!.trim()).to.equal('Stop automatic slide show');
          await pass(el, used - 1);
          expect(slideLabel(el), 'no slide change before the interval').to.equal('1 of 5');
          await pass(el, 1);
          expect(slideLabel(el), 'the slide show timer').to.equal('2 of 5');
          el.requestUpdate();
          await el.updateComplete;
          expect(warnings.messages.filter((m) => m.includes('interval'))).to.deep.equal([
            `map-embed: <map-case-study-carousel> ${warning}`,
          ]);
        } finally {
          warnings.restore();
        }
      });
    }

    it('names each bad attribute, in the element and once each in the console', async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount(
          html`<map-case-study-carousel interval="soon" heading-level="9" profession="nurse" src=${uniqueUrl(MAPS)}></map-case-study-carousel>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        const lines = $$(el, '[part="error"] .error__message').map((line) => line.textContent);
        expect(lines).to.have.length(3);
        expect(lines[0]).to.contain('"soon"');
        expect(lines[1]).to.contain('"9"');
        expect(lines[2]).to.contain('"nurse"');
        expect(warnings.messages.filter((m) => m.includes('<map-case-study-carousel>'))).to.deep.equal([
          'map-embed: <map-case-study-carousel> interval "soon" is not a number of milliseconds of 0 or more; use 0 for no automatic slide show.',
          'map-embed: <map-case-study-carousel> heading-level "9" is not a whole number from 1 to 6.',
          'map-embed: <map-case-study-carousel> profession "nurse" is not one of: advanced-critical-care-practitioner, physician-assistant-anaesthesia, physician-associate, surgical-care-practitioner.',
        ]);
        await withRealTimers(() => expect(el).to.be.accessible());
      } finally {
        warnings.restore();
      }
    });

    it('leaves no timer or media listener behind after 200 connects and disconnects', async () => {
      const el = await rotating();
      const parent = el.parentElement!;
      const timers = new Set<unknown>();
      const realSet = window.setTimeout;
      const realClear = window.clearTimeout;
      let listeners = 0;
      const realAdd = MediaQueryList.prototype.addEventListener;
      const realRemove = MediaQueryList.prototype.removeEventListener;
      window.setTimeout = ((fn: () => void, ms?: number) => {
        const id: number = realSet(() => {
          timers.delete(id);
          fn();
        }, ms);
        timers.add(id);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        timers.delete(id);
        realClear(id);
      }) as typeof window.clearTimeout;
      MediaQueryList.prototype.addEventListener = function (this: MediaQueryList, ...args: Parameters<MediaQueryList['addEventListener']>) {
        listeners++;
        realAdd.apply(this, args);
      };
      MediaQueryList.prototype.removeEventListener = function (this: MediaQueryList, ...args: Parameters<MediaQueryList['removeEventListener']>) {
        listeners--;
        realRemove.apply(this, args);
      };
      try {
        for (let i = 0; i < 200; i++) {
          el.remove();
          await el.updateComplete;
          parent.append(el);
          await el.updateComplete;
        }
        expect(timers.size, 'one timer while connected').to.equal(1);
        expect(listeners).to.equal(0);
        el.remove();
        await el.updateComplete;
        expect(timers.size).to.equal(0);
        expect(listeners).to.equal(-1);
      } finally {
        window.setTimeout = realSet;
        window.clearTimeout = realClear;
        MediaQueryList.prototype.addEventListener = realAdd;
        MediaQueryList.prototype.removeEventListener = realRemove;
      }
    });
  });

  describe('swiping', () => {
    function swipe(el: MapCaseStudyCarouselElement, dx: number, dy = 0, pointerType = 'touch'): Promise<unknown> {
      const target = shown(el);
      const box = target.getBoundingClientRect();
      const x = Math.round(box.left + box.width / 2);
      const y = Math.round(box.top + 40);
      const init = { pointerId: 11, pointerType, isPrimary: true, bubbles: true, composed: true };
      target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }));
      target.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x + dx / 2, clientY: y + dy / 2 }));
      target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + dx, clientY: y + dy }));
      return el.updateComplete;
    }

    it('changes slide on a horizontal swipe past the threshold, in both directions, wrapping', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(MAPS)}></map-case-study-carousel>`);
      expect(getComputedStyle(part(el, 'slides')).touchAction).to.equal('pan-y');
      await swipe(el, -120);
      expect(slideLabel(el)).to.equal('2 of 5');
      await swipe(el, 120);
      await swipe(el, 120);
      expect(slideLabel(el)).to.equal('5 of 5');
      await swipe(el, -120, 0, 'pen');
      expect(slideLabel(el)).to.equal('1 of 5');
    });

    it('follows the finger in right-to-left pages: a swipe to the right brings in the next slide', async () => {
      const wrapper = await fixture(html`<div dir="rtl" style="inline-size: 480px">
        <map-case-study-carousel src=${uniqueUrl(MAPS)}></map-case-study-carousel>
      </div>`);
      const el = wrapper.querySelector('map-case-study-carousel')!;
      await settled(el);
      await swipe(el, 120);
      expect(slideLabel(el)).to.equal('2 of 5');
      await swipe(el, -120);
      await swipe(el, -120);
      expect(slideLabel(el)).to.equal('5 of 5');
    });

    it('ignores short, vertical, cancelled and mouse drags', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(MAPS)}></map-case-study-carousel>`);
      await swipe(el, -30);
      await swipe(el, -80, 150);
      await swipe(el, -120, 0, 'mouse');
      const target = shown(el);
      const init = { pointerId: 12, pointerType: 'touch', isPrimary: true, bubbles: true, composed: true };
      target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: 300, clientY: 100 }));
      target.dispatchEvent(new PointerEvent('pointercancel', init));
      target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: 100, clientY: 100 }));
      await el.updateComplete;
      expect(slideLabel(el)).to.equal('1 of 5');
    });
  });

  describe('images', () => {
    it('turns a slide whose image fails into a text-only slide', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(BROKEN)}></map-case-study-carousel>`);
      await waitUntil(() => !shown(el).querySelector('[part="media"]'), 'the broken image stayed', { timeout: 3000 });
      expect(shown(el).querySelector('img')).to.equal(null);
      expect(shown(el).querySelector('h3')!.textContent).to.equal('Case study 1');
      expect(shown(el).querySelector('a')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows no image when the feed gives no alt text, rather than an image without one', async () => {
      const warnings = captureWarnings();
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(NO_ALT)}></map-case-study-carousel>`).finally(
        warnings.restore,
      );
      expect(warnings.messages.filter((m) => m.includes('$.items[0]._map.image_alt'))).to.have.length(1);
      expect(shown(el).querySelector('img')).to.equal(null);
      expect(shown(el).querySelector('[part="media"]')).to.equal(null);
      expect(shown(el).querySelector('h3')!.textContent).to.equal('Case study without alt text');
      part(el, 'next').click();
      await el.updateComplete;
      expect(shown(el).querySelector('img')!.getAttribute('alt')).to.equal('Two surgeons in theatre');
      await expect(el).to.be.accessible();
    });

    it('gives a decorative image an empty alt', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(BROKEN)}></map-case-study-carousel>`);
      part(el, 'previous').click();
      await el.updateComplete;
      expect(slideLabel(el)).to.equal('3 of 3');
      expect(shown(el).querySelector('img')!.getAttribute('alt')).to.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('shows a single case study as a plain card without carousel controls', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(SINGLE)}></map-case-study-carousel>`);
      expect($(el, '[aria-roledescription]')).to.equal(null);
      expect($(el, 'section')).to.equal(null);
      expect($(el, 'button')).to.equal(null);
      expect(part(el, 'slide').localName).to.equal('article');
      expect(part(el, 'title').textContent).to.equal('Case study 1');
      await expect(el).to.be.accessible();
    });

    it('says so when no case study matches the filter', async () => {
      const el = await mount(
        html`<map-case-study-carousel tag="no-such-tag" src=${uniqueUrl(MAPS)}></map-case-study-carousel>`,
      );
      expect(part(el, 'empty').textContent).to.equal('There are no case studies to show.');
      await expect(el).to.be.accessible();
    });

    it('says so in Welsh on a Welsh page', async () => {
      const wrapper = await fixture(html`<div lang="cy">
        <map-case-study-carousel src=${uniqueUrl(NONE)}></map-case-study-carousel>
      </div>`);
      const el = wrapper.querySelector('map-case-study-carousel')!;
      await settled(el);
      expect(part(el, 'empty').textContent).to.equal('Does dim astudiaethau achos i’w dangos.');
      await expect(el).to.be.accessible();
    });

    it('holds the slide’s space while the feed loads, busy but not live', async () => {
      const wrapper = await fixture(html`<div style="inline-size: 480px">
        <map-case-study-carousel src=${uniqueUrl(`${MAPS}?delay=800`)}></map-case-study-carousel>
      </div>`);
      const el = wrapper.querySelector('map-case-study-carousel')!;
      await el.updateComplete;
      const loading = part(el, 'loading');
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(loading.hasAttribute('aria-live')).to.equal(false);
      const media = loading.querySelector('.media')!.getBoundingClientRect();
      expect(media.width / media.height).to.be.closeTo(16 / 9, 0.02);
      const controls = loading.querySelector('.controls')!.getBoundingClientRect().height;
      await expect(el).to.be.accessible();
      await settled(el);
      const image = shown(el).querySelector('[part="media"]')!.getBoundingClientRect();
      expect(image.height, 'the image box is the size the placeholder held').to.be.closeTo(media.height, 1);
      expect(part(el, 'controls').getBoundingClientRect().height, 'the controls row is the height it held').to.equal(controls);
    });

    it('says so when the feed has no case studies', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(NONE)}></map-case-study-carousel>`);
      expect(part(el, 'empty').textContent).to.equal('There are no case studies to show.');
    });

    it('filters by profession and by tag', async () => {
      const byProfession = await mount(
        html`<map-case-study-carousel
          profession="advanced-critical-care-practitioner"
          src=${uniqueUrl(MAPS)}
        ></map-case-study-carousel>`,
      );
      expect($$(byProfession, '[part="slide"]').map((s) => s.querySelector('h3')!.textContent)).to.deep.equal([
        'Fixture case study 0',
        'Fixture case study 4',
      ]);
      expect(slideLabel(byProfession)).to.equal('1 of 2');
      await expect(byProfession).to.be.accessible();

      const byTags = await mount(
        html`<map-case-study-carousel
          tag="physician-associate, surgical-care-practitioner"
          src=${uniqueUrl(MAPS)}
        ></map-case-study-carousel>`,
      );
      expect($$(byTags, '[part="slide"]').map((s) => s.querySelector('h3')!.textContent)).to.deep.equal([
        'Fixture case study 2',
        'Fixture case study 3',
      ]);

      byTags.tag = 'physician-associate';
      await byTags.updateComplete;
      expect(part(byTags, 'title').textContent, 'one match is a single card').to.equal('Fixture case study 2');
      expect($(byTags, 'section')).to.equal(null);
    });

    it('names an unknown profession in the element and once in the console', async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount(
          html`<map-case-study-carousel profession="nurse" src=${uniqueUrl(MAPS)}></map-case-study-carousel>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(visibleText(el)).to.contain('"nurse"').and.contain('physician-associate');
        expect(warnings.messages.filter((m) => m.includes('nurse'))).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('shows a feed that is not found as an error with a retry button', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl('/__test/status/404')}></map-case-study-carousel>`);
      expect(part(el, 'error')).to.exist;
      expect(visibleText(el)).to.contain('The content feed was not found.');
      expect(part(el, 'retry')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('speaks Welsh inside [lang="cy"], and follows a change of language', async () => {
      const wrapper = await fixture(html`<div lang="cy" style="inline-size: 480px">
        <map-case-study-carousel interval=${intervalLimits.min} src=${uniqueUrl(MAPS)}></map-case-study-carousel>
      </div>`);
      const el = wrapper.querySelector('map-case-study-carousel')!;
      await settled(el);
      expect(part(el, 'carousel').getAttribute('aria-label')).to.equal('Astudiaethau achos');
      expect(part(el, 'carousel').getAttribute('aria-roledescription')).to.equal('carwsél');
      expect(shown(el).getAttribute('aria-roledescription')).to.equal('sleid');
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Stopio’r sioe sleidiau awtomatig');
      expect(part(el, 'previous').textContent!.trim()).to.equal('Sleid flaenorol');
      expect(part(el, 'next').textContent!.trim()).to.equal('Sleid nesaf');
      expect(part(el, 'picker').getAttribute('aria-label')).to.equal('Dewis sleid i’w dangos');
      part(el, 'rotation').click();
      await el.updateComplete;
      expect(part(el, 'rotation').textContent!.trim()).to.equal('Dechrau’r sioe sleidiau awtomatig');
      const slide = shown(el);
      expect(slide.getAttribute('aria-label')).to.match(/^\d o 5$/);
      expect(slide.querySelector('a')!.textContent).to.contain('Darllen yr astudiaeth achos');
      await expect(el).to.be.accessible();

      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => part(el, 'next').textContent!.trim() === 'Next slide', 'did not switch language');
      expect(shown(el).querySelector('a')!.textContent).to.contain('Read the case study');
    });
  });

  describe('many slides', () => {
    it('changes slide among 50 by toggling two slides, without touching any slide’s content', async () => {
      const el = await mount(html`<map-case-study-carousel src=${uniqueUrl(MANY)}></map-case-study-carousel>`);
      expect($$(el, '[part="slide"]')).to.have.length(50);
      const before = $$(el, '[part="slide"]');
      const changed = new Set<Node>();
      let contentChanges = 0;
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const slide = (record.target as Element).closest?.('[part="slide"]');
          if (record.type === 'attributes' && record.target === slide) changed.add(slide);
          else if (slide) contentChanges++;
        }
      });
      observer.observe(part(el, 'slides'), { subtree: true, childList: true, attributes: true, characterData: true });
      part(el, 'next').click();
      await el.updateComplete;
      observer.disconnect();
      expect(slideLabel(el)).to.equal('2 of 50');
      expect(contentChanges).to.equal(0);
      expect([...changed]).to.have.members([before[0], before[1]]);
      expect($$(el, '[part="slide"]')).to.deep.equal(before);
    });
  });
});
