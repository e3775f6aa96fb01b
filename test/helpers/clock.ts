import sinon from 'sinon';

export { until, withRealTimers } from './wait.js';

/*
 * Fake timers (sinon's, i.e. @sinonjs/fake-timers) for code that waits seconds or minutes: the
 * carousel's slide show and the delivery queue's backoff. Only setTimeout and clearTimeout are
 * faked, so fetch, animation frames, events and Date go on as usual; the test moves the clock with
 * `clock.tickAsync(ms)`. Waiting on the browser itself (a feed loading, a media query change) goes
 * through `until`, which polls on the real timer taken before any clock was installed, and axe's
 * checks run inside `withRealTimers`.
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
