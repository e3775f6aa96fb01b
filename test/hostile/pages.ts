/**
 * Other pages of the same site, in iframes: another tab (same origin, so it shares localStorage
 * and hears its storage events) or this page after a reload. Each loads map-embed afresh from
 * src/, with its own store and delivery queue, as a real page load does.
 */
import { waitUntil } from '../helpers/wait.js';
import { sendMouse } from '@web/test-runner-commands';

export interface OtherPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { __page: { warnings: string[]; errors: string[]; loaded?: boolean } };
  doc: Document;
  /** Puts `markup` in the page's body and resolves once every element in it has rendered. */
  show(markup: string): Promise<HTMLElement[]>;
  close(): void;
}

/**
 * Opens test/hostile/page.html; `storage: 'blocked'` makes its localStorage throw, `'session'`
 * gives it `<meta name="map-embed:storage" content="session">`; `sandbox` sets the frame's sandbox.
 */
export async function openPage(options: { storage?: 'blocked' | 'session'; sandbox?: string } = {}): Promise<OtherPage> {
  const frame = document.createElement('iframe');
  frame.title = 'another page of the site';
  frame.width = '800';
  frame.height = '600';
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/hostile/page.html${options.storage ? `?storage=${options.storage}` : ''}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as OtherPage['win'];
  await waitUntil(() => win.__page?.loaded, 'map-embed did not load in the other page', { timeout: 10_000 });
  const doc = frame.contentDocument!;
  return {
    frame,
    win,
    doc,
    async show(markup: string) {
      const holder = doc.createElement('div');
      holder.innerHTML = markup;
      doc.body.append(holder);
      const elements = [...holder.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('*')].filter((el) =>
        el.localName.startsWith('map-'),
      );
      await Promise.all(elements.map((el) => el.updateComplete));
      return elements;
    },
    close: () => frame.remove(),
  };
}

/** A real mouse click on `element`, which may be inside an iframe of this page. */
export async function click(element: Element): Promise<void> {
  let { x, y } = element.getBoundingClientRect();
  const { width, height } = element.getBoundingClientRect();
  x += width / 2;
  y += height / 2;
  const frame = element.ownerDocument.defaultView?.frameElement;
  if (frame) {
    const outer = frame.getBoundingClientRect();
    x += outer.x + frame.clientLeft;
    y += outer.y + frame.clientTop;
  }
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}
