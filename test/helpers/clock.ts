import sinon from 'sinon';

import { pause } from './wait.js';

export { pause, withRealTimers } from './wait.js';

/*
 * Fake timers (sinon's, i.e. @sinonjs/fake-timers) for code that waits seconds or minutes: the
 * carousel's slide show and the delivery queue's backoff. Only setTimeout and clearTimeout are
 * faked, so fetch, animation frames, events and Date go on as usual; the test moves the clock with
 * `clock.tickAsync(ms)`. Waiting on the browser itself (a feed loading, a media query change) goes
 * through `waitUntil` (test/helpers/wait.ts), which polls on the real timer taken before any clock
 * was installed, and axe's checks run inside `withRealTimers`.
 */

export type Clock = sinon.SinonFakeTimers;

/** Fakes setTimeout and clearTimeout for each test of the enclosing `describe`; returns the current clock. */
export function useFakeTimers(): () => Clock {
  let clock: Clock | undefined;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });
  return () => {
    if (!clock) throw new Error('the fake clock is only there inside a test');
    return clock;
  };
}

/**
 * Fakes setTimeout, clearTimeout and Date (starting at the real time) until `restore()`: for code
 * that compares stored times with `Date.now()`, such as the delivery queue.
 */
export const fakeClockAndDate = (): Clock => sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });

/**
 * Moves `clock` on by `ms` in steps of `step`, with a moment of real time after each, so answers
 * from the network (which keep real time) arrive between timers as they would.
 */
export async function run(clock: Clock, ms: number, step = 10): Promise<void> {
  for (let passed = 0; passed < ms; passed += step) {
    await clock.tickAsync(Math.min(step, ms - passed));
    await pause(2);
  }
}

/** Moves `clock` on as {@link run} does until `promise` settles; what it settles to. */
export async function runUntil<T>(clock: Clock, promise: Promise<T>, step = 10): Promise<T> {
  let settled = false;
  const result = promise.finally(() => (settled = true));
  while (!settled) await run(clock, step, step);
  return result;
}
