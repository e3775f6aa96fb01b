/**
 * The one place map-embed keeps interactive state (bookmarks, ratings, the delivery queue).
 *
 * Values live in `localStorage` under `map-embed:<key>`, wrapped in a versioned envelope
 * `{ v: 1, data }` so a later release can tell old data from new. Every instance on a page that
 * shares a Storage shares one "channel": the same listeners, the same in-memory fallback and the
 * same status, so a change made through any instance reaches every subscriber at once, and other
 * tabs' changes arrive through the `storage` event.
 *
 * When storage cannot be used (blocked by the browser, full, or holding data this version cannot
 * read) the store keeps working from memory for the rest of the visit and reports why through
 * `status`, so elements can say so once. Nothing here throws.
 */

export type StorageStatus = 'persistent' | 'blocked' | 'full' | 'corrupt';

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

const PREFIX = 'map-embed:';
const VERSION = 1;

type Failure = 'full' | 'blocked';

interface Channel {
  /** null once reading the Storage has thrown: from then on memory is the only source. */
  storage: Storage | null;
  /** Envelope strings the Storage does not hold: unsaved writes, or everything when blocked. */
  memory: Map<string, string>;
  /** Keys whose last write did not reach the Storage, and why. */
  unsaved: Map<string, Failure>;
  /** Keys whose stored value this version cannot read; left alone until the user writes. */
  corrupt: Set<string>;
  listeners: Map<string, Set<(value: unknown) => void>>;
  statusListeners: Set<(status: StorageStatus) => void>;
  status: StorageStatus;
  warned: Set<string>;
}

/*
 * Channels are kept on a global under a registered symbol so that two copies of map-embed on one
 * page (two bundles, two versions with this envelope) still share listeners and memory.
 */
const CHANNELS = Symbol.for('map-embed.store.channels.v1');
const STORE = Symbol.for('map-embed.store.v1');
type Globals = typeof globalThis & { [CHANNELS]?: WeakMap<object, Channel>; [STORE]?: Store };
const globals = globalThis as Globals;
const channels = (globals[CHANNELS] ??= new WeakMap<object, Channel>());

/** Stands in for "no Storage at all" (no window, or `localStorage` undefined). */
const NO_STORAGE = {};

const pageStorage = (): Storage => globalThis.localStorage;

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

type Decoded = { ok: true; data: unknown } | { ok: false; reason: string };

function decode(raw: string): Decoded {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || !('data' in parsed)) {
    return { ok: false, reason: 'it is not a map-embed value' };
  }
  if (parsed.v !== VERSION) {
    return { ok: false, reason: `it has version ${JSON.stringify(parsed.v)}, not ${VERSION}` };
  }
  return { ok: true, data: parsed.data };
}

function warnOnce(channel: Channel, message: string): void {
  if (channel.warned.has(message)) return;
  channel.warned.add(message);
  console.warn(`map-embed: ${message}`);
}

/** A throwing listener must not stop the others or reach the caller of set(). */
function call<A>(listener: (argument: A) => void, argument: A): void {
  try {
    listener(argument);
  } catch (error) {
    globalThis.reportError?.(error);
  }
}

function computeStatus(channel: Channel): StorageStatus {
  if (!channel.storage) return 'blocked';
  const failures = [...channel.unsaved.values()];
  if (failures.includes('blocked')) return 'blocked';
  if (failures.includes('full')) return 'full';
  if (channel.corrupt.size > 0) return 'corrupt';
  return 'persistent';
}

function refreshStatus(channel: Channel): void {
  const status = computeStatus(channel);
  if (status === channel.status) return;
  channel.status = status;
  if (status === 'full') {
    warnOnce(channel, 'browser storage is full; new bookmarks and ratings are kept for this visit only.');
  }
  for (const listener of [...channel.statusListeners]) call(listener, status);
}

function notify(channel: Channel, key: string, raw: string | undefined): void {
  const listeners = channel.listeners.get(key);
  if (!listeners) return;
  for (const listener of [...listeners]) {
    // Each listener gets its own copy, so one cannot change what another sees.
    const decoded = raw === undefined ? undefined : decode(raw);
    call(listener, decoded?.ok ? decoded.data : undefined);
  }
}

function markCorrupt(channel: Channel, key: string, reason: string): void {
  if (!channel.corrupt.has(key)) {
    channel.corrupt.add(key);
    warnOnce(
      channel,
      `the saved value "${PREFIX}${key}" could not be read (${reason}); using memory until it is changed.`,
    );
    refreshStatus(channel);
  }
}

/** The envelope string for `key` as the page should see it now, or undefined. */
function readRaw(channel: Channel, key: string): string | undefined {
  const unsaved = channel.memory.get(key);
  if (unsaved !== undefined) return unsaved;
  if (!channel.storage) return undefined;
  let raw: string | null;
  try {
    raw = channel.storage.getItem(PREFIX + key);
  } catch (error) {
    block(channel, error);
    return undefined;
  }
  if (raw === null) return undefined;
  const decoded = decode(raw);
  if (!decoded.ok) {
    markCorrupt(channel, key, decoded.reason);
    return undefined;
  }
  return raw;
}

function block(channel: Channel, error: unknown): void {
  channel.storage = null;
  warnOnce(
    channel,
    `browser storage is not available (${describe(error)}); bookmarks and ratings are kept for this visit only.`,
  );
  refreshStatus(channel);
}

/** Tries to put `raw` in the Storage; on failure records why and keeps it in memory. */
function persist(channel: Channel, key: string, raw: string): boolean {
  if (!channel.storage) return false;
  try {
    channel.storage.setItem(PREFIX + key, raw);
  } catch (error) {
    channel.unsaved.set(key, isQuotaError(error) ? 'full' : 'blocked');
    if (!isQuotaError(error)) {
      warnOnce(channel, `saving to browser storage failed (${describe(error)}); keeping changes for this visit only.`);
    }
    return false;
  }
  channel.memory.delete(key);
  channel.unsaved.delete(key);
  channel.corrupt.delete(key);
  return true;
}

function write(channel: Channel, key: string, raw: string): void {
  channel.memory.set(key, raw);
  if (persist(channel, key, raw)) {
    // Room may have been freed (by us or another tab): retry what earlier writes could not save.
    for (const [other] of [...channel.unsaved]) {
      const pending = channel.memory.get(other);
      if (pending !== undefined) persist(channel, other, pending);
    }
  }
  refreshStatus(channel);
  notify(channel, key, raw);
}

function erase(channel: Channel, key: string): void {
  channel.memory.delete(key);
  channel.unsaved.delete(key);
  channel.corrupt.delete(key);
  if (channel.storage) {
    try {
      channel.storage.removeItem(PREFIX + key);
    } catch (error) {
      block(channel, error);
    }
  }
  refreshStatus(channel);
  notify(channel, key, undefined);
}

/**
 * Another tab changed the Storage: its value is newer than anything we hold for that key. The
 * key is read again rather than taken from `newValue`, because events from several quick writes
 * can arrive after later ones have landed, and the page must end on what is stored now.
 */
function onStorageEvent(channel: Channel, event: StorageEvent): void {
  if (!channel.storage || event.storageArea !== channel.storage) return;
  if (event.key === null) {
    // clear() in another tab: every key we know of is gone.
    for (const key of channel.listeners.keys()) {
      if (!channel.memory.has(key)) notify(channel, key, undefined);
    }
    channel.corrupt.clear();
    refreshStatus(channel);
    return;
  }
  if (!event.key.startsWith(PREFIX)) return;
  const key = event.key.slice(PREFIX.length);
  channel.memory.delete(key);
  channel.unsaved.delete(key);
  channel.corrupt.delete(key);
  const raw = readRaw(channel, key);
  refreshStatus(channel);
  notify(channel, key, raw);
}

function channelFor(getStorage: () => Storage): Channel {
  let storage: Storage | null = null;
  let failure: unknown;
  try {
    storage = getStorage() ?? null;
    if (!storage) failure = new Error('localStorage is not defined');
  } catch (error) {
    failure = error;
  }
  // A Storage that could not be reached is identified by how it was asked for, so every store
  // created the same way still shares memory.
  const identity: object = storage ?? (getStorage === pageStorage ? NO_STORAGE : getStorage);
  const existing = channels.get(identity);
  if (existing) return existing;

  const channel: Channel = {
    storage,
    memory: new Map(),
    unsaved: new Map(),
    corrupt: new Set(),
    listeners: new Map(),
    statusListeners: new Set(),
    status: 'persistent',
    warned: new Set(),
  };
  channels.set(identity, channel);
  if (storage) {
    globalThis.addEventListener?.('storage', (event) => onStorageEvent(channel, event));
  } else {
    block(channel, failure);
  }
  return channel;
}

/**
 * A store over `storage` (default: the page's `localStorage`). Pass a Storage, or a function
 * returning one, to test blocked (the function throws), full or fake storage. Stores over the
 * same Storage share everything; most code should use the page-wide {@link store}.
 */
export function createStore(storage: Storage | (() => Storage) = pageStorage): Store {
  const channel = channelFor(typeof storage === 'function' ? storage : () => storage);
  const api: Store = {
    get<T>(key: string): T | undefined {
      const raw = readRaw(channel, key);
      if (raw === undefined) return undefined;
      const decoded = decode(raw);
      return decoded.ok ? (decoded.data as T) : undefined;
    },
    set<T>(key: string, value: T): void {
      if (value === undefined) {
        erase(channel, key);
        return;
      }
      let raw: string;
      try {
        raw = JSON.stringify({ v: VERSION, data: value });
      } catch (error) {
        warnOnce(channel, `the value for "${key}" cannot be saved (${describe(error)}).`);
        return;
      }
      write(channel, key, raw);
    },
    update<T>(key: string, fn: (current: T | undefined) => T): T {
      const next = fn(api.get<T>(key));
      api.set(key, next);
      return next;
    },
    remove(key: string): void {
      erase(channel, key);
    },
    subscribe<T>(key: string, listener: (value: T | undefined) => void): () => void {
      let listeners = channel.listeners.get(key);
      if (!listeners) channel.listeners.set(key, (listeners = new Set()));
      const entry = listener as (value: unknown) => void;
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
        if (listeners.size === 0 && channel.listeners.get(key) === listeners) channel.listeners.delete(key);
      };
    },
    get status(): StorageStatus {
      return channel.status;
    },
    onStatus(listener: (status: StorageStatus) => void): () => void {
      channel.statusListeners.add(listener);
      return () => channel.statusListeners.delete(listener);
    },
  };
  return api;
}

/** The page-wide store every map-embed element uses (shared by every copy of map-embed loaded). */
export const store: Store = (globals[STORE] ??= createStore());
