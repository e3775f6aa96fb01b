/*
 * Listeners kept per key in a plain Map of Sets: the store's subscribers and the delivery queue's.
 * Plain data rather than a class, because the store's listener maps live on a page-wide global
 * that every copy of map-embed on the page (two bundles, two versions) reads and writes directly.
 * Kept in storage/, not core/, so the build puts it in the storage chunk, which only the elements
 * that store anything load, not in the shared chunk every element loads.
 */

export type Listener<A> = (argument: A) => void;
export type Listeners<K, A> = Map<K, Set<Listener<A>>>;

/**
 * Adds `listener` to the set kept under `key`. Returns the way to remove it; the key's set goes
 * with its last listener, so keys that once had listeners do not pile up.
 */
export function listen<K, A>(listeners: Listeners<K, A>, key: K, listener: Listener<A>): () => void {
  let set = listeners.get(key);
  if (!set) listeners.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0 && listeners.get(key) === set) listeners.delete(key);
  };
}

/**
 * Calls each of `listeners` with `argument()`, asked again for each, so each may get its own copy.
 * The listeners are those present when it starts: one added or removed by a listener does not
 * change this round. One that throws is reported (`reportError`) and the rest still hear:
 * a listener's bug must not reach whoever changed the value.
 */
export function notify<A>(listeners: Iterable<Listener<A>> | undefined, argument: () => A): void {
  for (const listener of [...(listeners ?? [])]) {
    try {
      listener(argument());
    } catch (error) {
      globalThis.reportError?.(error);
    }
  }
}
