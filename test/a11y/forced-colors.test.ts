/**
 * Forced colours (Windows high contrast, `forced-colors: active`), judged by what Chromium draws,
 * not by the styles: each control is photographed in each state and the pixels compared. Every
 * control keeps a visible boundary; the current slide, the chosen star, the pressed bookmark and
 * the focus ring each look different from their other state. Chromium only: no other engine here
 * can emulate forced colours (the tests skip themselves there).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { emulateForcedColors, screenshot } from '../helpers/commands.js';
import { settled } from '../helpers/render.js';
import { useStoredKeys } from '../helpers/storage.js';
import { BOOKMARKS_KEY } from '../../src/storage/bookmarks.js';
import { RATINGS_KEY } from '../../src/storage/ratings.js';
import { QUEUE_KEY } from '../../src/delivery/delivery-queue.js';
import { mount, STATES } from './states.js';
import { store } from '../../src/storage/store.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/test/fixtures/maps.json';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `rect` grown by `by` px on every side. */
const grown = (rect: Rect, by: number): Rect => ({ x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by });

async function shot(rect: Rect): Promise<ImageData> {
  const image = await screenshot(rect);
  if (!image) throw new Error('no screenshot');
  return image;
}

/** How many pixels differ between two pictures of the same place. */
function differentPixels(a: ImageData, b: ImageData): number {
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!) > 48) count += 1;
  }
  return count;
}

/**
 * Is the control's edge drawn? The picture is of the control with `margin` px of page around it:
 * the page colour is read from its corner, and each side of the control's box must have drawn
 * (non-page) pixels along at least half its length, within `margin` px of that side.
 */
function boundarySides(image: ImageData, margin: number): string[] {
  const { width, height, data } = image;
  const at = (x: number, y: number) => (y * width + x) * 4;
  const page = [data[0]!, data[1]!, data[2]!];
  const ink = (x: number, y: number) => {
    const i = at(x, y);
    return Math.abs(data[i]! - page[0]!) + Math.abs(data[i + 1]! - page[1]!) + Math.abs(data[i + 2]! - page[2]!) > 96;
  };
  const band = 3;
  const missing: string[] = [];
  const side = (name: string, along: number, inked: (position: number) => boolean) => {
    let hits = 0;
    for (let p = 0; p < along; p += 1) if (inked(p)) hits += 1;
    if (hits < along / 2) missing.push(`${name} (${hits} of ${along} px drawn)`);
  };
  const inner = { left: margin, top: margin, right: width - margin - 1, bottom: height - margin - 1 };
  const across = (from: number, to: number, test: (offset: number) => boolean) => {
    for (let o = from; o <= to; o += 1) if (test(o)) return true;
    return false;
  };
  side('top', inner.right - inner.left, (p) => across(-band, band, (o) => ink(inner.left + p, inner.top + o)));
  side('bottom', inner.right - inner.left, (p) => across(-band, band, (o) => ink(inner.left + p, inner.bottom + o)));
  side('left', inner.bottom - inner.top, (p) => across(-band, band, (o) => ink(inner.left + o, inner.top + p)));
  side('right', inner.bottom - inner.top, (p) => across(-band, band, (o) => ink(inner.right + o, inner.top + p)));
  return missing;
}

const MARGIN = 6;

async function expectBoundary(control: Element, label: string, rect: Rect = control.getBoundingClientRect()): Promise<void> {
  const missing = boundarySides(await shot(grown(rect, MARGIN)), MARGIN);
  expect(missing, `${label}: no edge drawn on its ${missing.join(', ')}`).to.deep.equal([]);
}

/**
 * A control drawn as a shape rather than a box (a star): its outline must be drawn, as many
 * pixels as the box's perimeter at least, against the page around it.
 */
async function expectOutline(icon: Element, label: string): Promise<void> {
  const image = await shot(icon.getBoundingClientRect());
  const { data } = image;
  const around = await shot(grown(icon.getBoundingClientRect(), MARGIN));
  const page = [around.data[0]!, around.data[1]!, around.data[2]!];
  let drawn = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - page[0]!) + Math.abs(data[i + 1]! - page[1]!) + Math.abs(data[i + 2]! - page[2]!) > 96) drawn += 1;
  }
  expect(drawn, `${label}: pixels of its outline drawn`).to.be.at.least(image.width + image.height);
}

/** The box a control draws itself in, where that is smaller than its target (the slide dots, the stars). */
function drawnBox(control: Element): Rect {
  if (control.classList.contains('dot')) {
    const box = control.getBoundingClientRect();
    const size = parseFloat(getComputedStyle(control, '::before').width);
    return { x: box.x + (box.width - size) / 2, y: box.y + (box.height - size) / 2, width: size, height: size };
  }
  return control.getBoundingClientRect();
}

const pressTab = () => sendKeys({ press: 'Tab' });

/** Focuses `control` by keyboard: focus on the control before it, then Tab, so :focus-visible applies. */
async function tabTo(root: ShadowRoot, control: HTMLElement): Promise<void> {
  const start = document.createElement('button');
  start.textContent = 'start';
  start.style.cssText = 'position: fixed; top: 0; left: 0';
  document.body.prepend(start);
  start.focus();
  for (let i = 0; i < 40 && root.activeElement !== control; i += 1) await pressTab();
  start.remove();
  expect(root.activeElement, 'the control took focus from the keyboard').to.equal(control);
}

describe('forced colours (Chromium emulation)', function () {
  useStoredKeys(BOOKMARKS_KEY, RATINGS_KEY, QUEUE_KEY);

  before(async function () {
    if (!(await emulateForcedColors(true))) this.skip();
  });
  after(async () => {
    await emulateForcedColors(false);
  });

  it('forced colours are on', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('the bookmark button: a boundary when off and when on, and on looks different from off', async () => {
    store.set(BOOKMARKS_KEY, []);
    const el = await fixture<LitElement>(html`<map-bookmark-button item-id="fc-1" label="Forced" url="/fc"></map-bookmark-button>`);
    await settled(el);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
    await expectBoundary(button, 'bookmark (not pressed)');
    const off = await shot(grown(button.getBoundingClientRect(), 2));
    button.click();
    await waitUntil(() => button.getAttribute('aria-pressed') === 'true');
    button.blur();
    await el.updateComplete;
    await expectBoundary(button, 'bookmark (pressed)');
    const on = await shot(grown(button.getBoundingClientRect(), 2));
    expect(differentPixels(off, on), 'pixels that differ between pressed and not pressed').to.be.greaterThan(button.offsetWidth * 4);
  });

  it('the carousel: every control has a boundary, the current slide dot differs from the others, focus shows', async () => {
    const el = await fixture<LitElement>(html`<map-case-study-carousel label="Case studies" interval="60000" src=${FEED}></map-case-study-carousel>`);
    await settled(el);
    const root = el.shadowRoot!;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.length).to.be.greaterThan(3);
    for (const button of buttons) await expectBoundary(button, `carousel "${button.textContent!.trim() || button.getAttribute('aria-label')}"`, drawnBox(button));
    const [current, other] = [root.querySelector<HTMLElement>('.dot[aria-disabled="true"]')!, root.querySelector<HTMLElement>('.dot:not([aria-disabled="true"])')!];
    const a = await shot(drawnBox(current));
    const b = await shot(drawnBox(other));
    expect(differentPixels(a, b), 'pixels that differ between the current dot and another').to.be.greaterThan((a.width * a.height) / 4);
    const next = root.querySelector<HTMLButtonElement>('[part~="next"]')!;
    const before = await shot(grown(next.getBoundingClientRect(), MARGIN));
    await tabTo(root, next);
    const focused = await shot(grown(next.getBoundingClientRect(), MARGIN));
    expect(differentPixels(before, focused), 'the focus ring on Next').to.be.greaterThan(next.offsetWidth * 2);
    const beforeDot = await shot(grown(other.getBoundingClientRect(), MARGIN));
    await tabTo(root, other);
    const focusedDot = await shot(grown(other.getBoundingClientRect(), MARGIN));
    expect(differentPixels(beforeDot, focusedDot), 'the focus ring on a dot').to.be.greaterThan(other.offsetWidth * 2);
  });

  it('the rating widget: stars, radios, comment and submit have boundaries; the chosen star differs; focus shows', async () => {
    const el = await fixture<LitElement>(html`<map-rating-widget mode="stars" comment item-id="fc-stars" name="fc-stars"></map-rating-widget>`);
    await settled(el);
    const root = el.shadowRoot!;
    const stars = [...root.querySelectorAll<HTMLElement>('.star')];
    expect(stars).to.have.length(5);
    for (const star of stars) await expectOutline(star.querySelector('.star__icon')!, `star ${star.textContent!.trim()}`);
    await expectBoundary(root.querySelector('[part~="textarea"]')!, 'comment box');
    await expectBoundary(root.querySelector('[part~="submit"]')!, 'submit');
    const third = stars[2]!;
    const unchosen = await shot(third.getBoundingClientRect());
    third.querySelector('input')!.click();
    await el.updateComplete;
    (root.activeElement as HTMLElement | null)?.blur();
    const chosen = await shot(third.getBoundingClientRect());
    const fourth = await shot(stars[3]!.getBoundingClientRect());
    expect(differentPixels(unchosen, chosen), 'the third star chosen vs not').to.be.greaterThan(third.offsetWidth * 2);
    expect(differentPixels(chosen, fourth), 'the chosen star vs the one after it').to.be.greaterThan(third.offsetWidth * 2);
    const input = third.querySelector('input')!;
    await tabTo(root, input);
    const focusedStar = await shot(grown(third.getBoundingClientRect(), MARGIN));
    (root.activeElement as HTMLElement).blur();
    const blurredStar = await shot(grown(third.getBoundingClientRect(), MARGIN));
    expect(differentPixels(blurredStar, focusedStar), 'the focus ring on a star').to.be.greaterThan(third.offsetWidth * 2);

    const useful = await fixture<LitElement>(html`<map-rating-widget mode="useful" item-id="fc-useful" name="fc-useful"></map-rating-widget>`);
    await settled(useful);
    for (const radio of useful.shadowRoot!.querySelectorAll('input[type="radio"]')) await expectBoundary(radio, `radio ${radio.getAttribute('value')}`);
  });

  describe('every control of every element, in each state', () => {
    for (const state of STATES.filter((candidate) => !candidate.loading)) {
      it(`${state.name}: each control has a drawn edge, and looks different when Tab brings focus to it`, async () => {
        const element = await mount(document, state);
        const wrapper = element.closest('.a11y-state')!;
        try {
          const root = element.shadowRoot!;
          const controls = [...root.querySelectorAll<HTMLElement>('a[href], button, input, textarea')].filter((control) => control.getBoundingClientRect().width > 0);
          for (const control of controls) {
            const name = `${state.name}: ${control.localName} "${(control.textContent || control.getAttribute('value') || '').trim().slice(0, 30)}"`;
            if (control.matches('.star__input')) await expectOutline(control.closest('.star')!.querySelector('.star__icon')!, name);
            else if (control.localName !== 'a') await expectBoundary(control, name, drawnBox(control));
          }
          const unfocused = new Map<Element, ImageData>();
          for (const control of controls) unfocused.set(control, await shot(grown(control.getBoundingClientRect(), MARGIN)));
          wrapper.querySelector<HTMLElement>('.before')!.focus();
          const after = wrapper.querySelector('.after-button')!;
          for (let step = 0; step < controls.length + 2; step += 1) {
            await pressTab();
            const control = root.activeElement as HTMLElement | null;
            if (!control || document.activeElement === after) break;
            const before = unfocused.get(control);
            if (!before) continue;
            const box = control.getBoundingClientRect();
            const focused = await shot(grown(box, MARGIN));
            expect(differentPixels(before, focused), `${state.name}: focus on ${control.localName} "${(control.textContent || control.getAttribute('value') || '').trim().slice(0, 30)}"`).to.be.greaterThan(
              box.width + box.height,
            );
          }
        } finally {
          wrapper.remove();
        }
      });
    }
  });

  it('the bookmark list, news list and role card: buttons have boundaries, links show focus', async () => {
    store.set(BOOKMARKS_KEY, [{ id: 'fc-list', title: 'A saved page', url: 'https://www.england.nhs.uk/', savedAt: Date.UTC(2026, 0, 1) }]);
    const list = await fixture<LitElement>(html`<map-bookmark-list></map-bookmark-list>`);
    await settled(list);
    const remove = list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="remove"]');
    expect(remove, 'a Remove button').to.exist;
    await expectBoundary(remove!, 'Remove');
    const news = await fixture<LitElement>(html`<map-news-list limit="1" src=${FEED}></map-news-list>`);
    await settled(news);
    const link = news.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
    const before = await shot(grown(link.getBoundingClientRect(), MARGIN));
    await tabTo(news.shadowRoot!, link);
    const focused = await shot(grown(link.getBoundingClientRect(), MARGIN));
    expect(differentPixels(before, focused), 'the focus ring on a news link').to.be.greaterThan(link.offsetWidth * 2);
  });
});
