/**
 * The backing store under every `Store`: one "channel" per Storage (localStorage, sessionStorage,
 * or none), holding what could not be saved in memory and the store's status. Every function here
 * reads or writes one storage key and never throws: a Storage that throws is taken as blocked, a
 * full one keeps the write in memory, and the status says which (see {@link StorageStatus}).
 */

import { encodeEnvelope, readEnvelope } from './envelope.js';
import { notify, type Listener, type Listeners } from './listeners.js';

export type StorageStatus = 'persistent' | 'blocked' | 'full' | 'corrupt';

/** Every key map-embed's store writes starts with this. */
export const PREFIX = 'map-embed:';

/** The envelope version of the store's values; a newer one is never overwritten. */
const STORE_VERSION = 1;

type Failure = 'full' | 'blocked';

export interface Channel {
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
const globals = globalThis as typeof globalThis & { [CHANNELS]?: WeakMap<object, Channel> };
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
export function pageStorage(): Storage {
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

export function warnOnce(channel: Channel, message: string): void {
  if (channel.warned.has(message)) return;
  channel.warned.add(message);
  console.warn(`map-embed: ${message}`);
}

/** `data` in the store's envelope, or undefined (with one warning naming `what`) when it cannot be turned into JSON. */
export function encode(channel: Channel, data: unknown, what: string): string | undefined {
  try {
    return encodeEnvelope(data, STORE_VERSION);
  } catch (error) {
    warnOnce(channel, `${what} cannot be saved (${describe(error)}).`);
    return undefined;
  }
}

export type Decoded = { ok: true; data: unknown } | { ok: false; reason: string };

/** The data of a value of this version, or why `raw` is not one (for the console). */
export function decode(raw: string): Decoded {
  const envelope = readEnvelope(raw);
  if (envelope === undefined) return { ok: false, reason: 'it is not valid JSON' };
  if (envelope === null) return { ok: false, reason: 'it is not a map-embed value' };
  if (envelope.v !== STORE_VERSION) {
    return { ok: false, reason: `it has version ${JSON.stringify(envelope.v)}, not ${STORE_VERSION}` };
  }
  return { ok: true, data: envelope.data };
}

/** Written by a newer release: never overwritten or removed by this one. */
export function isNewer(raw: string | null | undefined): boolean {
  const v = raw ? readEnvelope(raw)?.v : undefined;
  return typeof v === 'number' && v > STORE_VERSION;
}

function computeStatus(channel: Channel): StorageStatus {
  if (!channel.storage) return 'blocked';
  const failures = [...channel.unsaved.values()];
  if (failures.includes('blocked')) return 'blocked';
  if (failures.includes('full')) return 'full';
  if (channel.corrupt.size > 0) return 'corrupt';
  return 'persistent';
}

export function refreshStatus(channel: Channel): void {
  const status = computeStatus(channel);
  if (status === channel.status) return;
  channel.status = status;
  if (status === 'full') {
    warnOnce(channel, 'browser storage is full; new bookmarks and ratings are kept for this visit only.');
  }
  notify(channel.statusListeners, () => status);
}

export function markCorrupt(channel: Channel, key: string, reason: string): void {
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
export function readRaw(channel: Channel, key: string): string | undefined {
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
export function storedRaw(channel: Channel, key: string): string | null {
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
export function retryUnsaved(channel: Channel): void {
  for (const [other] of [...channel.unsaved]) {
    const pending = channel.memory.get(other);
    if (pending !== undefined && !persist(channel, other, pending)) return;
  }
}

/** Writes one storage key (no notification). */
export function put(channel: Channel, key: string, raw: string): void {
  channel.memory.set(key, raw);
  if (persist(channel, key, raw)) {
    retryUnsaved(channel);
  } else if (channel.storage && isNewer(storedRaw(channel, key))) {
    channel.corrupt.delete(key);
  }
}

/** Removes one storage key (no notification); a newer release's value is left alone. */
export function drop(channel: Channel, key: string): void {
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

/** The storage keys (after the prefix) that start with `prefix`, in storage or memory. */
export function keysStartingWith(channel: Channel, prefix: string): string[] {
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

/**
 * The channel of the Storage `getStorage` returns, made on first use; `onStorageEvent` hears the
 * `storage` events of a new channel's Storage (another tab's writes).
 */
export function channelFor(getStorage: () => Storage, onStorageEvent: (channel: Channel, event: StorageEvent) => void): Channel {
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
