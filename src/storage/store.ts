/**
 * The one place map-embed keeps interactive state (bookmarks, ratings, the delivery queue).
 *
 * Values live in `localStorage` (or `sessionStorage`, see `pageStorage` in backing.ts) under
 * `map-embed:<key>`, wrapped in a versioned envelope `{ v: 1, data }` (envelope.ts) so a later
 * release can tell old data from new. A value of this version is never overwritten by one of a
 * newer version.
 *
 * Collections (collections.ts) are kept one storage key per entry; callers still see one value
 * (an array or a record): `update()` works out which entries its function added, changed or
 * removed and writes only those. Every instance on a page that shares a Storage shares one
 * "channel" (backing.ts): the same listeners, the same in-memory fallback and the same status, so
 * a change made through any instance reaches every subscriber at once, and other tabs' changes
 * arrive through the `storage` event (sync.ts).
 *
 * When storage cannot be used (blocked by the browser, full, or holding data this version cannot
 * read) the store keeps working from memory for the rest of the visit and reports why through
 * `status`, so elements can say so once. Nothing here throws.
 */

import { channelFor, drop, encode, keysStartingWith, pageStorage, put, refreshStatus, retryUnsaved, type Channel, type StorageStatus } from './backing.js';
import { collectionOf, entriesOf, entryKey, type Collection } from './collections.js';
import { settleLegacy } from './legacy.js';
import { listen, type Listener } from './listeners.js';
import { onStorageEvent } from './sync.js';
import { assembleEntries, currentJson, notifyKey, readEntries } from './values.js';

export type { StorageStatus } from './backing.js';

export interface Store {
  /** Value under `map-embed:<key>` (envelope `{v: 1, data}`); undefined if none. Never throws. */
  get<T>(key: string): T | undefined;
  /**
   * Writes to localStorage when possible, otherwise keeps the value in memory for this visit;
   * notifies same-page subscribers synchronously. Setting `undefined` removes the key. Never throws.
   */
  set<T>(key: string, value: T): void;
  /**
   * Read-modify-write against the freshest value: re-reads localStorage first, so another tab's
   * write is not lost. Returns the value written.
   */
  update<T>(key: string, fn: (current: T | undefined) => T): T;
  /** Deletes the key (from storage and memory) and notifies subscribers with `undefined`. */
  remove(key: string): void;
  /**
   * Calls `listener` with the new value whenever `key` changes on this page (through any
   * instance sharing the Storage) or in another tab (the `storage` event). Returns unsubscribe.
   */
  subscribe<T>(key: string, listener: (value: T | undefined) => void): () => void;
  /** 'persistent' normally; otherwise the reason the store is working from memory. */
  readonly status: StorageStatus;
  /** Listens for status changes (e.g. the quota hit mid-write). Returns unsubscribe. */
  onStatus(listener: (status: StorageStatus) => void): () => void;
}

const STORE = Symbol.for('map-embed.store.v2');
const globals = globalThis as typeof globalThis & { [STORE]?: Store };

/**
 * Writes `next` as collection `key`, given the entries `before` it was computed from: only the
 * entries that were added, changed or removed since then are written, so an entry another tab
 * wrote meanwhile (and this tab had not seen) is left as it is.
 */
function writeCollection(channel: Channel, key: string, collection: Collection, before: Map<string, string>, next: unknown): void {
  const after = entriesOf(collection, next);
  for (const [id, item] of after) {
    const raw = encode(channel, item, `an entry of "${key}"`);
    if (raw === undefined) continue;
    if (before.get(id) !== raw) put(channel, entryKey(key, id), raw);
  }
  for (const id of before.keys()) if (!after.has(id)) drop(channel, entryKey(key, id));
  // A removal frees room too.
  if (channel.unsaved.size > 0 && channel.storage) retryUnsaved(channel);
  settleLegacy(channel, key);
  refreshStatus(channel);
  notifyKey(channel, key);
}

function write(channel: Channel, key: string, raw: string): void {
  put(channel, key, raw);
  refreshStatus(channel);
  notifyKey(channel, key);
}

function erase(channel: Channel, key: string): void {
  if (collectionOf(key)) {
    for (const name of keysStartingWith(channel, `${key}/`)) drop(channel, name);
    channel.legacyDone.delete(key);
  }
  drop(channel, key);
  refreshStatus(channel);
  notifyKey(channel, key);
}

/**
 * A store over `storage` (default: the page's choice, see `pageStorage` in backing.ts). Pass a
 * Storage, or a function returning one, to test blocked (the function throws), full or fake
 * storage. Stores over the same Storage share everything; most code should use the page-wide
 * {@link store}. The Storage is chosen on first use, so a `<meta name="map-embed:storage">` later
 * in the page than map-embed's script still counts.
 */
export function createStore(storage: Storage | (() => Storage) = pageStorage): Store {
  let resolved: Channel | undefined;
  const channelOf = (): Channel =>
    (resolved ??= channelFor(typeof storage === 'function' ? storage : () => storage, onStorageEvent));
  const api: Store = {
    get<T>(key: string): T | undefined {
      const json = currentJson(channelOf(), key);
      return json === undefined ? undefined : (JSON.parse(json) as T);
    },
    set<T>(key: string, value: T): void {
      const channel = channelOf();
      const collection = collectionOf(key);
      if (value === undefined) {
        erase(channel, key);
        return;
      }
      if (collection) {
        writeCollection(channel, key, collection, readEntries(channel, key, collection), value);
        return;
      }
      const raw = encode(channel, value, `the value for "${key}"`);
      if (raw === undefined) return;
      write(channel, key, raw);
    },
    update<T>(key: string, fn: (current: T | undefined) => T): T {
      const channel = channelOf();
      const collection = collectionOf(key);
      if (!collection) {
        const next = fn(api.get<T>(key));
        api.set(key, next);
        return next;
      }
      const before = readEntries(channel, key, collection);
      const next = fn(JSON.parse(JSON.stringify(assembleEntries(collection, before))) as T);
      writeCollection(channel, key, collection, before, next);
      return next;
    },
    remove(key: string): void {
      erase(channelOf(), key);
    },
    subscribe<T>(key: string, listener: (value: T | undefined) => void): () => void {
      return listen(channelOf().listeners, key, listener as Listener<unknown>);
    },
    get status(): StorageStatus {
      return channelOf().status;
    },
    onStatus(listener: (status: StorageStatus) => void): () => void {
      const channel = channelOf();
      channel.statusListeners.add(listener);
      return () => channel.statusListeners.delete(listener);
    },
  };
  return api;
}

/** The page-wide store every map-embed element uses (shared by every copy of map-embed loaded). */
export const store: Store = (globals[STORE] ??= createStore());
