/**
 * The contrast guard. A page may set `--map-*` (or NHS.UK's `--nhsuk-*`) colours: theming is a
 * feature. When a page's colours make text or a control fail WCAG 2.2 contrast against what it
 * sits on (1.4.3: 4.5:1 for text; 1.4.11: 3:1 for the parts of a control), the console says so
 * once per page, naming the custom property, both colours and the ratio.
 *
 * This part is in every page's code and only looks: at an idle moment after the elements' first
 * render, one `getComputedStyle` per element (already computed by that render) and a lookup of
 * the properties below. The default theme passes every check (a test keeps it so), so the
 * checking itself (contrast-check.ts) is fetched only when a page has set one of them.
 */
import { loadContrastCheck } from './lazy.js';

/** Page colours, by their name between `--map-`/`--nhsuk-` and `-colour`. */
export const PAGE_COLOURS = [
  'text',
  'secondary-text',
  'link',
  'link-visited',
  'link-hover',
  'link-active',
  'error',
  'focus',
  'focus-text',
  'card-background',
  'button',
  'button-hover',
  'button-active',
  'button-text',
  'secondary-button-text',
  'secondary-button-hover',
  'secondary-button-active',
] as const;

/** The bookmark button's own pressed colours. */
export const PRESSED = '--map-bookmark-button-pressed-colour';
export const PRESSED_TEXT = '--map-bookmark-button-pressed-text-colour';

const WATCHED = [...PAGE_COLOURS.flatMap((name) => [`--map-${name}-colour`, `--nhsuk-${name}-colour`]), PRESSED, PRESSED_TEXT];

/** Said already, on this page: each problem once, however many elements share the colours. */
const said = new Set<string>();

const waiting = new Set<Element>();
const checked = new WeakSet<Element>();
let run: Promise<void> | undefined;

const idle = (): Promise<void> =>
  new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 50)));

async function check(hosts: Element[]): Promise<void> {
  const styled = hosts.filter((element) => element.isConnected).map((element) => {
    const style = getComputedStyle(element);
    return { element, style, set: WATCHED.filter((name) => style.getPropertyValue(name).trim() !== '') };
  });
  if (!styled.some(({ set }) => set.length)) return;
  const { contrastProblems } = await loadContrastCheck();
  for (const { element, style, set } of styled) {
    for (const problem of contrastProblems(style, set)) {
      if (said.has(problem)) continue;
      said.add(problem);
      console.warn(`map-embed: <${element.localName}> ${problem}`);
    }
  }
}

/** One check at a time, of every element that rendered since the last one. */
function schedule(): void {
  run ??= idle()
    .then(() => {
      const hosts = [...waiting];
      waiting.clear();
      return check(hosts);
    })
    // Advice for whoever styles the page, never a failure of it: a check that could not be
    // fetched (offline, a copy without its chunks) is skipped.
    .catch(() => undefined)
    .finally(() => {
      run = undefined;
      if (waiting.size) schedule();
    });
}

/**
 * Checks `host`'s colours once, at the next idle moment after `rendered` (its first render,
 * which gives its shadow root the styles that define the private properties).
 */
export function guardContrast(host: Element, rendered: Promise<unknown>): void {
  if (checked.has(host)) return;
  checked.add(host);
  void rendered.then(() => {
    waiting.add(host);
    schedule();
  });
}

/** Resolves once every check asked for so far has run (for tests). */
export async function contrastChecked(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  while (run) await run;
}
