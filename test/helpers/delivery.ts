import { DeliveryQueue, newSubmissionId, type Submission } from '../../src/delivery/delivery-queue.js';
import { createStore, type Store } from '../../src/storage/store.js';
import { fakeClockAndDate, type Clock } from './clock.js';
import { FillingStorage } from './storage.js';

/*
 * What the delivery queue's tests share (src/delivery/*.test.ts). Each test keeps its queue in
 * its own in-memory Storage: test files run side by side in pages that share localStorage, and
 * another file clearing `map-embed:*` must not empty this queue mid-test. A "reload" is a new
 * DeliveryQueue over a new store on the same Storage, which is exactly what a new page sees.
 */

/** A submission with a fresh id. */
export function submission(extra: Record<string, unknown> = {}): Submission {
  return { submissionId: newSubmissionId(), itemId: 'page-1', rating: 4, ...extra };
}

/**
 * Runs `test` with the queue's timers and its idea of now on a fake clock (test/helpers/clock.ts):
 * waits of seconds take none, and a wait is measured on the clock. Requests still go to the test
 * server in real time.
 */
export async function onFakeClock(test: (clock: Clock) => Promise<void>): Promise<void> {
  const clock = fakeClockAndDate();
  try {
    await test(clock);
  } finally {
    clock.restore();
  }
}

/**
 * A fresh in-memory Storage and store for each test of the enclosing `describe`, and
 * `newQueue()` over it; every queue made is stopped after the test.
 */
export function useQueues() {
  let current: { storage: FillingStorage; store: Store } | undefined;
  const queues: DeliveryQueue[] = [];
  beforeEach(() => {
    const storage = new FillingStorage();
    current = { storage, store: createStore(storage) };
  });
  afterEach(() => {
    queues.splice(0).forEach((queue) => queue.stop());
  });
  return {
    /** This test's Storage and a store over it. */
    current: () => current!,
    /** A new page's queue over this test's Storage (or `store`), retrying after about `baseDelayMs` at first. */
    newQueue(baseDelayMs = 20, store: Store = createStore(current!.storage)): DeliveryQueue {
      const queue = new DeliveryQueue({ store });
      queue.baseDelayMs = baseDelayMs;
      queues.push(queue);
      return queue;
    },
  };
}
