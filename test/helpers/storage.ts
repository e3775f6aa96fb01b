import { store } from '../../src/storage/store.js';

/*
 * Test files run side by side in tabs of one origin, so they share localStorage and hear each
 * other's storage events. A file that depends on a key claims it for each test with
 * useStoredKeys(); the claim is a Web Lock (other claimants wait) plus a marker in localStorage
 * that a bare clearStoredValues() in another tab reads and leaves the key alone.
 */
const TAB = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
const CLAIM = 'map-embed-test-claim:';

/**
 * Removes stored values through the page store, so its memory of corrupt or unsaved keys goes
 * too. With `keys`: exactly those (including keys that exist only in the store's memory after a
 * test filled storage). Without: every `map-embed:*` key not claimed by another test file.
 */
export function clearStoredValues(keys?: readonly string[]): void {
  const chosen = new Set(keys);
  if (!keys) {
    for (const name of Object.keys(localStorage)) {
      if (!name.startsWith('map-embed:')) continue;
      // One key per entry: `bookmarks/<id>` belongs to the collection `bookmarks`.
      const key = name.slice('map-embed:'.length).split('/')[0]!;
      const owner = localStorage.getItem(CLAIM + key);
      if (owner === null || owner === TAB) chosen.add(key);
    }
  }
  for (const key of chosen) store.remove(key);
}

function claim(keys: readonly string[]): Promise<() => void> {
  return new Promise((claimed) => {
    const sorted = [...keys].sort();
    const releases: (() => void)[] = [];
    // Locks are taken in one order everywhere, so two files claiming overlapping keys cannot deadlock.
    const next = (index: number): void => {
      if (index === sorted.length) {
        claimed(() => releases.reverse().forEach((release) => release()));
        return;
      }
      void navigator.locks.request(
        `map-embed-test:${sorted[index]}`,
        () =>
          new Promise<void>((release) => {
            releases.push(release);
            next(index + 1);
          }),
      );
    };
    next(0);
  });
}

/**
 * Gives each test in the calling `describe` sole use of the store `keys`, empty at the start and
 * emptied at the end. Call it at the top of a `describe` block.
 */
export function useStoredKeys(...keys: string[]): void {
  let release: (() => void) | undefined;
  beforeEach(async () => {
    release = await claim(keys);
    for (const key of keys) localStorage.setItem(CLAIM + key, TAB);
    // Storage events from the previous holder's last writes may still be on their way.
    await new Promise((resolve) => setTimeout(resolve, 30));
    clearStoredValues(keys);
  });
  afterEach(() => {
    clearStoredValues(keys);
    for (const key of keys) localStorage.removeItem(CLAIM + key);
    release?.();
    release = undefined;
  });
}

/**
 * Makes this page's localStorage refuse every write with QuotaExceededError, as a full store
 * does, until the returned function is called. Only this tab is affected: really filling the
 * origin's quota would break test files running beside it.
 */
export function simulateFullStorage(): () => void {
  const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
  Object.defineProperty(Storage.prototype, 'setItem', {
    ...original,
    value(): void {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  });
  return () => Object.defineProperty(Storage.prototype, 'setItem', original);
}

/**
 * A Storage held in a Map whose `setItem` starts throwing QuotaExceededError after `writes`
 * successful writes, as a browser does when its quota is reached mid-session.
 */
export class FillingStorage implements Storage {
  readonly #items = new Map<string, string>();
  writesLeft: number;

  constructor(writes = Infinity) {
    this.writesLeft = writes;
  }

  get length(): number {
    return this.#items.size;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.writesLeft <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writesLeft--;
    this.#items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.#items.delete(key);
  }

  clear(): void {
    this.#items.clear();
  }
}
