/** The real timers, taken before any test installs a fake clock (test/helpers/clock.ts). */
const real = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };

/** Waits `ms` of real time, whatever the clock. */
export const pause = (ms: number): Promise<void> => new Promise((resolve) => real.setTimeout.call(globalThis, resolve, ms));

/**
 * Waits in real time, whatever the clock, until `predicate` holds; fails with `message` after
 * `timeout` ms. For waiting on the browser (a feed loading, a media query change) while the
 * page's timers are fake.
 */
export async function until(predicate: () => unknown, message: string, timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  while (!(await predicate())) {
    if (performance.now() > end) throw new Error(`Timeout: ${message}`);
    await pause(20);
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
