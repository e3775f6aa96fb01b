/**
 * Every picture a story shows must arrive: a picture resolved against the wrong base leaves an
 * empty grey box where an editor expects a photo. Run after every story (preview.ts),
 * in Storybook and in `npm run test:stories`.
 */
type Context = { canvasElement: HTMLElement };

const LOAD_TIMEOUT_MS = 10_000;

/** When the story being checked began, so a failure of an earlier story is not counted. */
let storyStart = 0;

/** Marks the start of a story (preview.ts's `beforeEach`). */
export function watchImages(): void {
  storyStart = performance.now();
}

/** Every <img> under `root`, inside shadow roots too, that is drawn (not in a hidden slide). */
function drawnImages(root: ParentNode): HTMLImageElement[] {
  const found: HTMLImageElement[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el instanceof HTMLImageElement && el.checkVisibility()) found.push(el);
    if (el.shadowRoot) found.push(...drawnImages(el.shadowRoot));
  }
  return found;
}

/** Resolves once the image has loaded or failed (lazy images load once scrolled to). */
function arrival(img: HTMLImageElement): Promise<void> {
  if (img.complete) return Promise.resolve();
  img.scrollIntoView({ block: 'nearest' });
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    img.addEventListener('load', done, { once: true });
    img.addEventListener('error', done, { once: true });
  });
}

/**
 * Fails when a drawn image did not load, or when any image the story asked for (one an element
 * then replaced by text, as the carousel does when its picture fails) answered with an error.
 */
export async function imagesLoad({ canvasElement }: Context): Promise<void> {
  const images = drawnImages(canvasElement);
  // One at a time: a lazy image starts loading only while it is scrolled into view.
  for (const img of images) await arrival(img);
  const broken = images.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.currentSrc || img.src);
  const failed = performance
    .getEntriesByType('resource')
    .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
    .filter((entry) => entry.initiatorType === 'img' && entry.responseStatus >= 400 && entry.startTime >= storyStart)
    .filter((entry) => !broken.includes(entry.name))
    .map((entry) => `${entry.name} (HTTP ${entry.responseStatus})`);
  const problems = [...new Set([...broken, ...failed])];
  if (problems.length) throw new Error(`Images that did not load:\n${problems.join('\n')}`);
}
