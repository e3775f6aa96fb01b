/**
 * The copy of each feed kept in this browser, so a returning visitor sees content at once and
 * still sees it when the feed is down (stale-while-revalidate; `feed-cache.ts` decides when).
 *
 * One `localStorage` key per feed URL, holding the JSON as it was fetched (an RSS or Atom feed as
 * the JSON Feed it was read as), so it is checked again by the same code as a fresh copy. Bounded: a feed
 * longer than `MAX_COPY_CHARS` is not kept, and at most `MAX_COPIES` feeds are, the oldest
 * saved going first. Blocked or full storage simply means no copy: nothing here throws.
 */
import { encodeEnvelope, readEnvelope } from '../storage/envelope.js';

const PREFIX = 'map-embed-feed-copy:';
/**
 * The envelope version (storage/envelope.ts) of saved copies; copies of another version are
 * ignored and replaced. 2: `{ v, data: { url, text, savedAt } }` (1 kept the fields beside `v`).
 */
export const SAVED_COPY_VERSION = 2;
/** Largest feed text kept (characters): about 1 MB of the origin's usual 5 MB in UTF-16. */
export const MAX_COPY_CHARS = 500_000;
/** Most feeds kept at once, per origin. */
export const MAX_COPIES = 4;

export interface SavedCopy {
  /** The feed's JSON text as fetched (RSS and Atom as the JSON Feed they were read as). */
  text: string;
  /** When it was saved, epoch milliseconds. */
  savedAt: number;
}

/** What a saved copy's envelope holds. */
interface Copy extends SavedCopy {
  url: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // A sandboxed frame or blocked cookies: reading the property throws SecurityError.
    return undefined;
  }
}

function readCopy(store: Storage, key: string): Copy | undefined {
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  const envelope = readEnvelope(raw);
  if (envelope?.v !== SAVED_COPY_VERSION || typeof envelope.data !== 'object' || envelope.data === null) return undefined;
  const copy = envelope.data as Partial<Copy>;
  if (
    typeof copy.text !== 'string' ||
    typeof copy.url !== 'string' ||
    typeof copy.savedAt !== 'number' ||
    !Number.isFinite(copy.savedAt) ||
    Math.abs(copy.savedAt) > 8.64e15
  ) {
    return undefined;
  }
  return copy as Copy;
}

/** The copy saved for `url`, if there is a readable one. */
export function readSavedCopy(url: string): SavedCopy | undefined {
  const store = storage();
  if (!store) return undefined;
  const envelope = readCopy(store, PREFIX + url);
  return envelope && envelope.url === url ? { text: envelope.text, savedAt: envelope.savedAt } : undefined;
}

/** Keeps `text` as the copy of `url`, making room among older copies; silently does nothing when it cannot. */
export function writeSavedCopy(url: string, text: string, savedAt = Date.now()): void {
  if (text.length > MAX_COPY_CHARS) {
    forgetSavedCopy(url);
    return;
  }
  const store = storage();
  if (!store) return;
  try {
    const others: { key: string; savedAt: number }[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(PREFIX) || key === PREFIX + url) continue;
      others.push({ key, savedAt: readCopy(store, key)?.savedAt ?? -Infinity });
    }
    others.sort((a, b) => a.savedAt - b.savedAt);
    while (others.length >= MAX_COPIES) store.removeItem(others.shift()!.key);
    const copy: Copy = { url, text, savedAt };
    store.setItem(PREFIX + url, encodeEnvelope(copy, SAVED_COPY_VERSION));
  } catch {
    // Full or blocked: behave as if there were no storage (the old copy, if any, is dropped).
    forgetSavedCopy(url);
  }
}

/** Removes the copy of `url` (one URL) or every saved feed (no argument). */
export function forgetSavedCopy(url?: string): void {
  const store = storage();
  if (!store) return;
  try {
    if (url !== undefined) {
      store.removeItem(PREFIX + url);
      return;
    }
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    keys.forEach((key) => store.removeItem(key));
  } catch {
    // Nothing to do: storage that cannot be written holds nothing of ours worth removing.
  }
}
