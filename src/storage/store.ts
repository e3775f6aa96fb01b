/**
 * The one place map-embed keeps interactive state (bookmarks, ratings, the delivery queue).
 *
 * Values live in `localStorage` (or `sessionStorage`, see {@link pageStorage}) under
 * `map-embed:<key>`, wrapped in a versioned envelope `{ v: 1, data }` so a later release can tell
 * old data from new. A value of this version is never overwritten by one of a newer version.
 *
 * The three collections (bookmarks, ratings, the delivery queue) are kept one storage key per
 * entry (`map-embed:bookmarks/<id>`), not one key for the whole list: two tabs (separate
 * processes, each with its own view of localStorage) writing different entries at the same
 * instant then write different keys, so neither can overwrite the other's write, with or without
 * Web Locks. Callers still see one value (an array or a record): `update()` works out which
 * entries its function added, changed or removed and writes only those. Every instance on a page that
 * shares a Storage shares one "channel": the same listeners, the same in-memory fallback and the
 * same status, so a change made through any instance reaches every subscriber at once, and other
 * tabs' changes arrive through the `storage` event.
 *
 * When storage cannot be used (blocked by the browser, full, or holding data this version cannot
 * read) the store keeps working from memory for the rest of the visit and reports why through
 * `status`, so elements can say so once. Nothing here throws.
 */

import { listen, notify, type Listener, type Listeners } from './listeners.js';

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

/** How a collection's entries are told apart and put back in order. */
interface Collection {
  kind: 'list' | 'record';
  /** Order of a list's entries (entries may be anything a hand or an old version stored). */
  order?: (a: unknown, b: unknown) => number;
}

const numberField = (value: unknown, field: string): number => {
  const n = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
};

/**
 * The keys stored one entry per storage key. Lists are arrays of `{ id: string, … }` (entries
 * without a string id cannot be stored); records are objects keyed by entry.
 */
const COLLECTIONS: Record<string, Collection> = {
  bookmarks: { kind: 'list', order: (a, b) => numberField(b, 'savedAt') - numberField(a, 'savedAt') },
  ratings: { kind: 'record' },
  'delivery-queue': { kind: 'list', order: (a, b) => numberField(a, 'queuedAt') - numberField(b, 'queuedAt') },
};

const collectionOf = (key: string): Collection | undefined =>
  Object.prototype.hasOwnProperty.call(COLLECTIONS, key) ? COLLECTIONS[key] : undefined;

/** The storage key (after the prefix) of entry `id` of collection `key`. */
const entryKey = (key: string, id: string): string => `${key}/${encodeURIComponent(id)}`;

/** The collection a storage key (after the prefix) belongs to, if it is an entry key. */
function collectionOfKey(storageKey: string): string | undefined {
  const slash = storageKey.indexOf('/');
  if (slash <= 0) return collectionOf(storageKey) ? storageKey : undefined;
  const key = storageKey.slice(0, slash);
  return collectionOf(key) ? key : undefined;
}

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
  listeners: Listeners<string, unknown>;
  statusListeners: Set<Listener<StorageStatus>>;
  status: StorageStatus;
  warned: Set<string>;
  /** Whole-collection values of an older release (or a newer one) already dealt with. */
  legacyDone: Set<string>;
}

/*
 * Channels are kept on a global under a registered symbol so that two copies of map-embed on one
 * page (two bundles, two versions with this envelope) still share listeners and memory.
 */
const CHANNELS = Symbol.for('map-embed.store.channels.v2');
const STORE = Symbol.for('map-embed.store.v2');
type Globals = typeof globalThis & { [CHANNELS]?: WeakMap<object, Channel>; [STORE]?: Store };
const globals = globalThis as Globals;
const channels = (globals[CHANNELS] ??= new WeakMap<object, Channel>());

/** Stands in for "no Storage at all" (no window, or `localStorage` undefined). */
const NO_STORAGE = {};

/** An unusable `map-embed:storage` choice is warned about once per page. */
let warnedChoice = false;

/**
 * The page's choice of storage: `localStorage`, or `sessionStorage` when the page says
 * `<meta name="map-embed:storage" content="session">` (shared ward computers: bookmarks, ratings
 * and queued submissions last until the browser session ends). Any other content than `local`
 * or `session` is warned about and taken as `session`, the more private choice.
 */
function pageStorage(): Storage {
  const meta = globalThis.document?.querySelector<HTMLMetaElement>('meta[name="map-embed:storage"]');
  const choice = meta?.content.trim().toLowerCase();
  if (choice === undefined || choice === 'local') return globalThis.localStorage;
  if (choice !== 'session' && !warnedChoice) {
    warnedChoice = true;
    console.warn(
      `map-embed: <meta name="map-embed:storage"> content "${meta!.content}" is not "local" or "session"; using "session".`,
    );
  }
  return globalThis.sessionStorage;
}

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

/** The version number of a stored envelope, if it has one. */
function versionOf(raw: string): unknown {
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null ? (parsed as { v?: unknown }).v : undefined;
  } catch {
    return undefined;
  }
}

/** Written by a newer release: never overwritten or removed by this one. */
const isNewer = (raw: string | null | undefined): boolean => {
  if (!raw) return false;
  const v = versionOf(raw);
  return typeof v === 'number' && v > VERSION;
};

/** `data` in this version's envelope, or undefined (with one warning naming `what`) when it cannot be turned into JSON. */
function encode(channel: Channel, data: unknown, what: string): string | undefined {
  try {
    return JSON.stringify({ v: VERSION, data });
  } catch (error) {
    warnOnce(channel, `${what} cannot be saved (${describe(error)}).`);
    return undefined;
  }
}

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
  notify(channel.statusListeners, () => status);
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

/** What the Storage holds under `key`, without side effects; null when nothing or unreadable. */
function storedRaw(channel: Channel, key: string): string | null {
  try {
    return channel.storage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

/** Tries to put `raw` in the Storage; on failure records why and keeps it in memory. */
function persist(channel: Channel, key: string, raw: string): boolean {
  if (!channel.storage) return false;
  if (isNewer(storedRaw(channel, key))) {
    // A newer release's data: keep this change for the visit, and leave theirs alone.
    warnOnce(channel, `the saved value "${PREFIX}${key}" was written by a newer version of map-embed; it is left as it is.`);
    return false;
  }
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

/** Room may have been freed (by us or another tab): retries what earlier writes could not save. */
function retryUnsaved(channel: Channel): void {
  for (const [other] of [...channel.unsaved]) {
    const pending = channel.memory.get(other);
    if (pending !== undefined && !persist(channel, other, pending)) return;
  }
}

/** Writes one storage key (no notification). */
function put(channel: Channel, key: string, raw: string): void {
  channel.memory.set(key, raw);
  if (persist(channel, key, raw)) {
    retryUnsaved(channel);
  } else if (channel.storage && isNewer(storedRaw(channel, key))) {
    channel.corrupt.delete(key);
  }
}

/** Removes one storage key (no notification); a newer release's value is left alone. */
function drop(channel: Channel, key: string): void {
  channel.memory.delete(key);
  channel.unsaved.delete(key);
  channel.corrupt.delete(key);
  if (channel.storage && !isNewer(storedRaw(channel, key))) {
    try {
      channel.storage.removeItem(PREFIX + key);
    } catch (error) {
      block(channel, error);
    }
  }
}

/** The storage keys (after the prefix) of collection `key`'s entries, in storage or memory. */
function entryKeysOf(channel: Channel, key: string): string[] {
  const prefix = `${key}/`;
  const found = new Set<string>();
  if (channel.storage) {
    try {
      for (let i = 0; i < channel.storage.length; i++) {
        const name = channel.storage.key(i);
        if (name?.startsWith(PREFIX + prefix)) found.add(name.slice(PREFIX.length));
      }
    } catch (error) {
      block(channel, error);
    }
  }
  for (const name of channel.memory.keys()) if (name.startsWith(prefix)) found.add(name);
  return [...found];
}

/** The entry id stored in an entry of `collection`, or undefined if it cannot have one. */
function entriesOf(collection: Collection, value: unknown): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (collection.kind === 'list') {
    if (!Array.isArray(value)) return entries;
    for (const item of value) {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && id !== '') entries.set(id, item);
    }
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [id, item] of Object.entries(value)) if (item !== undefined) entries.set(id, item);
  }
  return entries;
}

/**
 * A whole-collection value under `map-embed:<key>` (as releases before one key per entry
 * stored them) is split into entries, then removed. Unreadable, it is reported as corrupt and
 * removed on the next write; from a newer release, it is left alone for good.
 */
function migrateLegacy(channel: Channel, key: string, collection: Collection): void {
  if (!channel.storage || channel.legacyDone.has(key)) return;
  const raw = storedRaw(channel, key);
  if (raw === null) return;
  const decoded = decode(raw);
  if (!decoded.ok) {
    markCorrupt(channel, key, decoded.reason);
    return;
  }
  for (const [id, item] of entriesOf(collection, decoded.data)) {
    const name = entryKey(key, id);
    if (storedRaw(channel, name) !== null) continue;
    const raw = encode(channel, item, `an entry of "${key}"`);
    if (raw !== undefined) put(channel, name, raw);
  }
  if (channel.unsaved.size === 0) drop(channel, key);
}

/** After a write to collection `key`: a corrupt whole-collection value no longer counts. */
function settleLegacy(channel: Channel, key: string): void {
  // Unreadable entries were skipped (and warned about) when read; a write replaces them.
  for (const name of [...channel.corrupt]) if (name.startsWith(`${key}/`)) drop(channel, name);
  if (!channel.corrupt.has(key)) return;
  if (!isNewer(storedRaw(channel, key))) drop(channel, key);
  channel.corrupt.delete(key);
  channel.legacyDone.add(key);
}

/** Entry id → envelope string of each readable entry of collection `key`. */
function readEntries(channel: Channel, key: string, collection: Collection): Map<string, string> {
  migrateLegacy(channel, key, collection);
  const entries = new Map<string, string>();
  for (const name of entryKeysOf(channel, key)) {
    const raw = readRaw(channel, name);
    if (raw === undefined) continue;
    let id: string;
    try {
      id = decodeURIComponent(name.slice(key.length + 1));
    } catch {
      continue;
    }
    entries.set(id, raw);
  }
  return entries;
}

function assemble(collection: Collection, entries: Map<string, string>): unknown {
  const values: [string, unknown][] = [];
  for (const [id, raw] of entries) {
    const decoded = decode(raw);
    if (decoded.ok) values.push([id, decoded.data]);
  }
  if (collection.kind === 'record') return Object.fromEntries(values);
  const list = values.map(([, value]) => value);
  return collection.order ? list.sort(collection.order) : list;
}

/** The value of `key` as an envelope-free JSON string, or undefined when there is none. */
function currentJson(channel: Channel, key: string): string | undefined {
  const collection = collectionOf(key);
  if (collection) return JSON.stringify(assemble(collection, readEntries(channel, key, collection)));
  const raw = readRaw(channel, key);
  if (raw === undefined) return undefined;
  const decoded = decode(raw);
  return decoded.ok ? JSON.stringify(decoded.data) : undefined;
}

function notifyKey(channel: Channel, key: string): void {
  const listeners = channel.listeners.get(key);
  if (!listeners) return;
  const json = currentJson(channel, key);
  // Each listener gets its own copy, so one cannot change what another sees.
  notify(listeners, () => (json === undefined ? undefined : JSON.parse(json)));
}

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
    for (const name of entryKeysOf(channel, key)) drop(channel, name);
    channel.legacyDone.delete(key);
  }
  drop(channel, key);
  refreshStatus(channel);
  notifyKey(channel, key);
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
      if (!channel.memory.has(key)) notifyKey(channel, key);
    }
    channel.corrupt.clear();
    channel.legacyDone.clear();
    refreshStatus(channel);
    return;
  }
  if (!event.key.startsWith(PREFIX)) return;
  const name = event.key.slice(PREFIX.length);
  channel.memory.delete(name);
  channel.unsaved.delete(name);
  channel.corrupt.delete(name);
  const collection = collectionOfKey(name);
  if (collection === name) channel.legacyDone.delete(name);
  readRaw(channel, name);
  refreshStatus(channel);
  notifyKey(channel, collection ?? name);
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
    legacyDone: new Set(),
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
 * A store over `storage` (default: the page's choice, see {@link pageStorage}). Pass a Storage,
 * or a function returning one, to test blocked (the function throws), full or fake storage.
 * Stores over the same Storage share everything; most code should use the page-wide {@link store}.
 * The Storage is chosen on first use, so a `<meta name="map-embed:storage">` later in the page
 * than map-embed's script still counts.
 */
export function createStore(storage: Storage | (() => Storage) = pageStorage): Store {
  let resolved: Channel | undefined;
  const channelOf = (): Channel => (resolved ??= channelFor(typeof storage === 'function' ? storage : () => storage));
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
      const next = fn(JSON.parse(JSON.stringify(assemble(collection, before))) as T);
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
