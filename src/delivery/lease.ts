import type { Store } from '../storage/store.js';
import { dueAt, leaseEnd, validEntries, type QueueEntry, type QueuePolicy } from './policy.js';

/*
 * Two tabs never send one entry at the same time: a tab claims an entry by writing a short lease
 * (`sendingUntil`, `sender`) into it before sending, under a Web Lock where the browser has them
 * (secure contexts); other tabs leave leased entries alone until the lease runs out.
 */

/** Runs `task` unless another tab holds entry `id`'s Web Lock (where the browser has them). */
export async function exclusively(id: string, task: () => Promise<void>): Promise<void> {
  const locks = (navigator as Partial<Navigator>).locks;
  let ran = false;
  const run = () => {
    ran = true;
    return task();
  };
  if (!locks) return run();
  try {
    await locks.request(`map-embed:delivery:${id}`, { ifAvailable: true }, async (lock) => {
      if (lock) await run();
    });
  } catch {
    // Opaque origins (sandboxed iframes) have navigator.locks but may not use it; the lease
    // still keeps tabs apart.
    if (!ran) await run();
  }
}

/**
 * Takes the lease on entry `id` of the queue under `key` for `sender`, if it is due (or
 * `ignoreBackoff`) and nobody else holds it; the claimed entry, or undefined.
 */
export function claim(
  store: Store,
  key: string,
  policy: QueuePolicy,
  id: string,
  sender: string,
  ignoreBackoff: boolean,
): QueueEntry | undefined {
  const now = Date.now();
  const claimable = (entry: QueueEntry) =>
    entry.id === id && leaseEnd(policy, entry, now) <= now && (ignoreBackoff || dueAt(policy, entry, now) <= now);
  if (!validEntries(store.get<unknown>(key)).some(claimable)) return undefined;
  let claimed: QueueEntry | undefined;
  store.update<QueueEntry[]>(key, (current) =>
    validEntries(current).map((entry) => {
      if (!claimable(entry)) return entry;
      claimed = { ...entry, sendingUntil: now + policy.leaseMs, sender };
      return claimed;
    }),
  );
  return claimed;
}
