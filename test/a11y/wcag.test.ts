/**
 * The WCAG 2.2 criteria axe cannot judge, checked for every element in each of its states
 * (states.ts), in every engine: what is measured, not what the styles say.
 * - 1.4.10 reflow at 320 CSS px, 1.4.12 text spacing (the spacing a reader's tool applies, in
 *   the page and in every shadow root), 1.4.4 text at 200 %: nothing cut off, overlapping or
 *   scrolling sideways (test/layout/geometry.ts measures; boxes that clip are checked too).
 * - 2.1.1 and 2.1.2: Tab reaches every control and leaves the element, Shift+Tab comes back out.
 * - 2.4.7 and 2.4.11: each control looks different while focused, and is not hidden.
 * - 2.5.8: each target is 24 by 24 CSS px, or has that much room around it, or is a link in a
 *   sentence.
 * - 1.3.1 and 4.1.2: the accessibility tree (roles, names, states) matches the snapshot kept for
 *   this engine in __snapshots__/ (`--update-snapshots` rewrites it, to be reviewed in the diff).
 * 2.2.2 (the carousel's Stop control, stopping on focus and hover, reduced motion) is tested in
 * case-study-carousel.test.ts.
 */
import { expect } from '@open-wc/testing';
import { compareSnapshot, sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { accessibilityTree, engine } from '../helpers/a11y-tree.js';
import { browserAccessibilityTree, shiftTab } from '../helpers/commands.js';
import { useStoredKeys } from '../helpers/storage.js';
import { frames } from '../helpers/wait.js';
import { layoutProblems } from '../layout/geometry.js';
import { holdFeed, mount, releaseHeldFeeds, STATES, type ElementState } from './states.js';
import { BOOKMARKS_KEY } from '../../src/storage/bookmarks.js';
import { RATINGS_KEY } from '../../src/storage/ratings.js';
import { QUEUE_KEY } from '../../src/delivery/delivery-queue.js';
import '../../src/index.js';

/** WCAG 1.4.12's spacing, as the W3C's bookmarklet applies it, reaching into shadow roots as a reader's tool must. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;


/** Every element in `root` and the shadow roots under it. */
function deep(root: Document | ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deep(element.shadowRoot));
  }
  return found;
}

/** Boxes that cut off what is in them: content larger than a box that hides its overflow. */
function clipped(doc: Document): string[] {
  const found: string[] = [];
  for (const element of deep(doc)) {
    if (element.getRootNode().nodeType !== Node.DOCUMENT_FRAGMENT_NODE || element.closest('.visually-hidden')) continue;
    const style = getComputedStyle(element);
    if (!/hidden|clip/.test(`${style.overflowX} ${style.overflowY}`)) continue;
    // An image cropped to its frame (object-fit) is drawn on purpose; its box is the frame's.
    if (element.children.length === 1 && element.firstElementChild!.localName === 'img') continue;
    const over = Math.max(element.scrollHeight - element.clientHeight, element.scrollWidth - element.clientWidth);
    if (over > 1) found.push(`<${element.localName} class="${element.className}"> cuts off ${over}px of "${(element.textContent ?? '').trim().slice(0, 40)}"`);
  }
  return found;
}

function addSpacing(doc: Document): HTMLStyleElement[] {
  const roots: (Document | ShadowRoot)[] = [doc, ...deep(doc).flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))];
  return roots.map((root) => {
    const style = doc.createElement('style');
    style.textContent = TEXT_SPACING;
    (root.nodeType === Node.DOCUMENT_NODE ? (root as Document).head : root).append(style);
    return style;
  });
}

async function openFrame(width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = `WCAG check at ${width}px`;
  frame.style.cssText = `inline-size: ${width}px; block-size: 700px; border: 0; display: block;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/layout/frame.html';
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('map-rating-widget');
  frame.contentDocument!.body.style.margin = '8px';
  return frame;
}

/** The layout problems in `doc` that a person would see, as sentences. */
async function problems(doc: Document): Promise<string[]> {
  await frames(2, doc.defaultView!);
  return [...layoutProblems(doc), ...clipped(doc)];
}

/** The control that has focus, inside shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), textarea:not(:disabled), select, [tabindex]:not([tabindex="-1"])';

/** The controls Tab must reach inside `element`: one per radio group. */
function controls(element: LitElement): HTMLElement[] {
  const groups = new Set<string>();
  return deep(element.shadowRoot!).filter((node): node is HTMLElement => {
    if (!node.matches(FOCUSABLE)) return false;
    const box = node.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
    if (node instanceof HTMLInputElement && node.type === 'radio') {
      if (groups.has(node.name)) return false;
      groups.add(node.name);
    }
    return true;
  });
}

/** What focus can change about how a control looks (on it or the label around it). */
function look(control: Element): string {
  const boxes = [control, control.parentElement!];
  return boxes
    .map((box) => {
      const style = getComputedStyle(box);
      return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow, style.backgroundColor, style.color, style.borderColor, style.textDecorationLine].join('|');
    })
    .join('/');
}

/** A radio's group is one stop: the group counts as reached when any of its radios is. */
const same = (a: Element, b: Element) => a === b || (a instanceof HTMLInputElement && b instanceof HTMLInputElement && a.type === 'radio' && a.name === b.name);

/** Is the control drawn where it is, not under something else? (2.4.11) */
function hidden(control: HTMLElement): string | undefined {
  const box = control.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) return 'off screen';
  const root = control.getRootNode() as ShadowRoot;
  const top = root.elementFromPoint(x, y);
  if (!top || !(top === control || control.contains(top) || top.contains(control))) return `under <${top?.localName} class="${top?.className}">`;
  return undefined;
}

/** 2.5.8: too small and too close to another target. Links in a sentence are exempt. */
function tooSmall(control: HTMLElement, all: HTMLElement[]): string | undefined {
  const box = control.getBoundingClientRect();
  if (box.width >= 24 && box.height >= 24) return undefined;
  if (control.localName === 'a') {
    const block = control.parentElement!;
    if ((block.textContent ?? '').trim().length > (control.textContent ?? '').trim().length + 2) return undefined;
  }
  const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
  const room = { left: cx - 12, right: cx + 12, top: cy - 12, bottom: cy + 12 };
  const crowded = all.filter((other) => {
    if (other === control) return false;
    const r = other.getBoundingClientRect();
    return r.left < room.right && r.right > room.left && r.top < room.bottom && r.bottom > room.top;
  });
  return crowded.length ? `${Math.round(box.width)} by ${Math.round(box.height)} px, within 12px of another target` : undefined;
}

const label = (control: Element) => `<${control.localName}${control.getAttribute('part') ? ` part="${control.getAttribute('part')}"` : ''}> "${(control.textContent ?? control.getAttribute('value') ?? '').trim().slice(0, 30)}"`;

async function keyboard(state: ElementState): Promise<string[]> {
  const element = await mount(document, state);
  const wrapper = element.closest('.a11y-state')!;
  const found: string[] = [];
  try {
    const expected = controls(element);
    // How every control looks unfocused (each radio, not only the first of its group).
    const unfocused = new Map(deep(element.shadowRoot!).filter((node) => node.matches(FOCUSABLE)).map((control) => [control, look(control)]));
    const before = wrapper.querySelector<HTMLButtonElement>('.before')!;
    const after = wrapper.querySelector<HTMLButtonElement>('.after-button')!;
    before.focus();
    const reached: Element[] = [];
    const limit = expected.length + 3;
    for (let step = 0; step < limit && focused() !== after; step += 1) {
      await sendKeys({ press: 'Tab' });
      const now = focused();
      if (!now || now === after || !element.contains(now.getRootNode() instanceof ShadowRoot ? (now.getRootNode() as ShadowRoot).host : now)) continue;
      reached.push(now);
      const control = now as HTMLElement;
      if (look(control) === unfocused.get(control)) found.push(`2.4.7: ${label(control)} looks the same focused`);
      const cover = hidden(control);
      if (cover) found.push(`2.4.11: ${label(control)} is ${cover} while focused`);
    }
    if (focused() !== after) found.push(`2.1.2: Tab did not leave the element after ${limit} presses (stuck on ${focused() ? label(focused()!) : 'nothing'})`);
    for (const control of expected) if (!reached.some((r) => same(r, control))) found.push(`2.1.1: Tab never reached ${label(control)}`);
    after.focus();
    for (let step = 0; step < limit && focused() !== before; step += 1) await shiftTab();
    if (focused() !== before) found.push(`2.1.2: Shift+Tab did not leave the element (stuck on ${focused() ? label(focused()!) : 'nothing'})`);
    for (const control of expected) {
      const small = tooSmall(control, expected);
      if (small) found.push(`2.5.8: ${label(control)} is ${small}`);
    }
  } finally {
    wrapper.remove();
  }
  return found;
}

describe('WCAG 2.2 checks axe cannot make, per element and state', function () {
  this.timeout(60_000);
  useStoredKeys(BOOKMARKS_KEY, RATINGS_KEY, QUEUE_KEY);
  before(holdFeed);
  after(releaseHeldFeeds);

  for (const state of STATES) {
    describe(state.name, () => {
      it('1.4.10 reflow at 320 px, 1.4.12 text spacing and 1.4.4 text at 200 %: nothing cut off, overlapping or scrolling sideways', async () => {
        const frame = await openFrame(320);
        try {
          const doc = frame.contentDocument!;
          await mount(doc, state);
          expect(await problems(doc), '1.4.10 at 320 px').to.deep.equal([]);
          const spacing = addSpacing(doc);
          expect(await problems(doc), '1.4.12 with text spacing, at 320 px').to.deep.equal([]);
          for (const style of spacing) style.remove();
          frame.style.inlineSize = '768px';
          doc.documentElement.style.fontSize = '200%';
          doc.body.style.fontSize = '1rem';
          expect(await problems(doc), '1.4.4 text at 200 %, 768 px wide').to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });

      it('2.1.1 and 2.1.2 keyboard, 2.4.7 and 2.4.11 focus, 2.5.8 target size', async () => {
        expect(await keyboard(state)).to.deep.equal([]);
      });

      it('1.3.1 and 4.1.2: the accessibility tree matches its snapshot for this engine', async () => {
        const element = await mount(document, state);
        try {
          await compareSnapshot({ name: `${engine()}: ${state.name}`, content: `\n${accessibilityTree(element)}\n` });
          // Where the runner can read it (Chromium), the browser's own tree too: what it hands a screen reader.
          element.id = 'a11y-tree-root';
          const own = await browserAccessibilityTree('#a11y-tree-root');
          if (own !== undefined) await compareSnapshot({ name: `chromium's own tree: ${state.name}`, content: `\n${own}\n` });
        } finally {
          element.closest('.a11y-state')!.remove();
        }
      });
    });
  }
});
