/** The real timers, taken before any test installs a fake clock (test/helpers/clock.ts). */
const real = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };

/** Waits `ms` of real time, whatever the clock. */
export const pause = (ms: number): Promise<void> => new Promise((resolve) => real.setTimeout.call(globalThis, resolve, ms));

/** Waits for `count` animation frames of `win` (a frame's own window, say). */
export async function frames(count = 1, win: Window = window): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/**
 * Waits until `predicate` holds (it may return a promise), polling every `interval` ms of real
 * time whatever the clock; fails with `message` after `timeout` ms. The tests' one way to wait for
 * the browser (a feed loading, a post arriving, a media query change), used instead of
 * @open-wc/testing's `waitUntil` (the lint forbids that one): that one gives up after 1 s and
 * polls on the page's setTimeout, so a stall of a second on a loaded 2-core CI machine failed a
 * test that was only waiting, and under a fake clock it never polled at all. Waiting longer costs
 * a passing test nothing: the wait ends as soon as the predicate holds.
 */
export async function waitUntil(
  predicate: () => unknown,
  message?: string,
  { interval = 50, timeout = 5000 }: { interval?: number; timeout?: number } = {},
): Promise<void> {
  const end = performance.now() + timeout;
  while (!(await predicate())) {
    if (performance.now() > end) throw new Error(message ? `Timeout: ${message}` : `waitUntil timed out after ${timeout} ms`);
    await pause(interval);
  }
}

/**
 * Runs `task` with the real setTimeout and clearTimeout (axe, for one, waits on them), then puts
 * back whatever was there: a fake clock keeps its pending timers and its time.
 */
export async function withRealTimers<T>(task: () => Promise<T>): Promise<T> {
  const current = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  Object.assign(globalThis, real);
  try {
    return await task();
  } finally {
    Object.assign(globalThis, current);
  }
}
