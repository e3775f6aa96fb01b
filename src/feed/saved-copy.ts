/**
 * The copy of each feed kept in this browser, so a returning visitor sees content at once and
 * still sees it when the feed is down (stale-while-revalidate; `feed-cache.ts` decides when).
 *
 * One `localStorage` key per feed URL, holding the JSON as it was fetched (an RSS or Atom feed as
 * the JSON Feed it was read as), so it is checked again by the same code as a fresh copy. Bounded: a feed
 * longer than `MAX_COPY_CHARS` is not kept, and at most `MAX_COPIES` feeds are, the oldest
 * saved going first. Blocked or full storage simply means no copy: nothing here throws.
 */

const PREFIX = 'map-embed-feed-copy:';
/** Bumped when the envelope changes; copies of another version are ignored and replaced. */
export const SAVED_COPY_VERSION = 1;
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

interface Envelope extends SavedCopy {
  v: number;
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

function readEnvelope(store: Storage, key: string): Envelope | undefined {
  try {
    const raw = store.getItem(key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Envelope>;
    if (
      parsed.v !== SAVED_COPY_VERSION ||
      typeof parsed.text !== 'string' ||
      typeof parsed.url !== 'string' ||
      typeof parsed.savedAt !== 'number' ||
      !Number.isFinite(parsed.savedAt) ||
      Math.abs(parsed.savedAt) > 8.64e15
    ) {
      return undefined;
    }
    return parsed as Envelope;
  } catch {
    return undefined;
  }
}

/** The copy saved for `url`, if there is a readable one. */
export function readSavedCopy(url: string): SavedCopy | undefined {
  const store = storage();
  if (!store) return undefined;
  const envelope = readEnvelope(store, PREFIX + url);
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
      others.push({ key, savedAt: readEnvelope(store, key)?.savedAt ?? -Infinity });
    }
    others.sort((a, b) => a.savedAt - b.savedAt);
    while (others.length >= MAX_COPIES) store.removeItem(others.shift()!.key);
    const envelope: Envelope = { v: SAVED_COPY_VERSION, url, text, savedAt };
    store.setItem(PREFIX + url, JSON.stringify(envelope));
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
