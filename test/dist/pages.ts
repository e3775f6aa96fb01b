/**
 * Opening the example pages (built with `npm run build`) in an iframe, the way a visitor's browser
 * gets them: served by the test server, strict-csp.html with its Content-Security-Policy header.
 */
import { waitUntil } from '../helpers/wait.js';

export interface Probe {
  violations: string[];
  errors: string[];
  warnings: string[];
}

export interface OpenedPage {
  frame: HTMLIFrameElement;
  win: Window & { __mapProbe: Probe; axe?: AxeLike };
  doc: Document;
  probe: Probe;
}

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
interface AxeLike {
  run(context: Element | Document, options?: object): Promise<AxeResult>;
}

/** Every tag the package defines, from custom-elements.json, so a new element is checked too. */
export async function packageTags(): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { customElement?: boolean; tagName?: string }[] }[];
  };
  return manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => declaration.tagName!)
    .sort();
}

/** Loads `path` with the probe (test/dist/probe.js) first in its head; resolves on `load`. */
export async function openPage(path: string): Promise<OpenedPage> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.width = '1024';
  frame.height = '768';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${path}${path.includes('?') ? '&' : '?'}probe`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as OpenedPage['win'];
  const doc = frame.contentDocument!;
  if (!win.__mapProbe) throw new Error(`${path}: the probe did not run; is it served by the test server?`);
  return { frame, win, doc, probe: win.__mapProbe };
}

/** Every map-* element on the page, in document order. */
export function mapElements(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('map-'));
}

function unsettled(doc: Document): string[] {
  return mapElements(doc)
    .filter((el) => {
      if (!el.ownerDocument.defaultView!.customElements.get(el.localName)) return true;
      if (el.localName === 'map-feed') return false;
      // The rendered content sits in a wrapper in the shadow root (MapElement).
      const root = el.shadowRoot?.querySelector('.root') ?? el.shadowRoot;
      return !root || root.childElementCount === 0 || Boolean(root.querySelector('[part~="loading"]'));
    })
    .map((el) => el.localName);
}

/** Waits until every element on the page is defined and has left its loading state. */
export async function allSettled(doc: Document, timeout = 10_000): Promise<void> {
  try {
    await waitUntil(() => unsettled(doc).length === 0, '', { timeout });
  } catch {
    throw new Error(`still undefined or loading after ${timeout} ms: ${[...new Set(unsettled(doc))].join(', ')}`);
  }
  // One more frame for any element rendering in response to another's update.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Runs axe (loaded into the page from node_modules, allowed by `script-src 'self'`). */
export async function axeViolations(page: OpenedPage): Promise<string[]> {
  if (!page.win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    page.doc.head.append(script);
    await loaded;
  }
  const results = await page.win.axe!.run(page.doc);
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
  );
}

/** The text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
