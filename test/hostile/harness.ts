/**
 * Shared plumbing for the hostile-input and fault suite: fast-check settings that can be replayed
 * from the command line, feeds served from memory, and a trap for anything thrown and not caught.
 */
import fc from 'fast-check';

interface FastCheckEnv {
  seed: number | null;
  scale: number;
}

let env: Promise<FastCheckEnv> | undefined;

/** FC_SEED / FC_RUNS from the test server's environment (see test/server/test-server.js). */
function fastCheckEnv(): Promise<FastCheckEnv> {
  env ??= fetch('/__test/fast-check')
    .then((response) => response.json() as Promise<FastCheckEnv>)
    .catch(() => ({ seed: null, scale: 1 }));
  return env;
}

/**
 * Parameters for `fc.assert`: `runs` scaled by FC_RUNS, the fixed FC_SEED when given. fast-check
 * prints the seed and shrunk counterexample of any failure, so `FC_SEED=<seed>` replays it.
 */
export async function propertyOptions(runs: number): Promise<fc.Parameters<unknown>> {
  const { seed, scale } = await fastCheckEnv();
  return {
    numRuns: Math.max(1, Math.round(runs * scale)),
    ...(seed === null ? {} : { seed }),
  };
}

/** A feed document served from memory: `fetch()` reads blob: URLs like any other. */
export function feedUrl(document: unknown): string {
  const json = typeof document === 'string' ? document : JSON.stringify(document);
  return URL.createObjectURL(new Blob([json], { type: 'application/feed+json' }));
}

export { trapUncaught } from '../helpers/console.js';

/** Every shadow root under `root`, nested ones included. */
export function shadowRoots(root: Element | ShadowRoot | Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * What in the rendered DOM could run script or leave the page for a non-web URL: `<script>`,
 * `<iframe>`, `<object>`, `<embed>`, inline event handler attributes, and any `href`/`src`/
 * `srcdoc`/`action`/`formaction`/`xlink:href` that is not http(s). Empty when the DOM is clean.
 */
export function unsafeMarkup(root: Element): string[] {
  const problems: string[] = [];
  for (const shadow of shadowRoots(root)) {
    const host = shadow.host.localName;
    for (const element of shadow.querySelectorAll('*')) {
      const tag = element.localName;
      if (['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta'].includes(tag)) {
        problems.push(`<${host}> renders a <${tag}>`);
      }
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`<${host}> <${tag}> has an ${name} attribute`);
        if (name === 'srcdoc') problems.push(`<${host}> <${tag}> has a srcdoc attribute`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset'].includes(name)) {
          let protocol: string;
          try {
            protocol = new URL(attribute.value, document.baseURI).protocol;
          } catch {
            protocol = 'unparseable';
          }
          if (!SAFE_PROTOCOLS.has(protocol)) {
            problems.push(`<${host}> <${tag} ${name}="${attribute.value.slice(0, 60)}">`);
          }
        }
      }
    }
  }
  return problems;
}

/** Visible text of an element's shadow root (nested roots included), whitespace collapsed. */
export function deepText(element: Element): string {
  return shadowRoots(element)
    .map((root) => root.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Yields to the event loop so queued tasks (fetch callbacks, timers) run. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
