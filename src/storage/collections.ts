/**
 * Collections: keys whose value is a list or a record of entries, kept one storage key per entry
 * (`map-embed:bookmarks/<id>`) rather than one key for the whole value. Two tabs (separate
 * processes, each with its own view of localStorage) writing different entries at the same instant
 * then write different keys, so neither can overwrite the other's write, with or without Web
 * Locks. Each owner registers its own key ({@link defineCollection}: bookmarks.ts, ratings.ts,
 * the delivery queue); the store knows none of them by name.
 */

/** How a collection's entries are told apart and put back in order. */
export interface Collection {
  /**
   * `list`: an array of `{ id: string, … }` (entries without a string id cannot be stored);
   * `record`: an object keyed by entry.
   */
  kind: 'list' | 'record';
  /** Order of a list's entries (entries may be anything a hand or an old version stored). */
  order?: (a: unknown, b: unknown) => number;
}

const collections = new Map<string, Collection>();

/**
 * Registers `key` (no "/": entry keys are `<key>/<id>`) as a collection; returns `key`, so an owner
 * can export it as its store key.
 */
export function defineCollection<K extends string>(key: K, collection: Collection): K {
  collections.set(key, collection);
  return key;
}

export const collectionOf = (key: string): Collection | undefined => collections.get(key);

/** A number field of an entry, for ordering; 0 when the entry has no such finite number. */
export const numberField = (value: unknown, field: string): number => {
  const n = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
};

/** The storage key (after the prefix) of entry `id` of collection `key`. */
export const entryKey = (key: string, id: string): string => `${key}/${encodeURIComponent(id)}`;

/** The collection a storage key (after the prefix) belongs to, if it is the collection's key or an entry key. */
export function collectionOfKey(storageKey: string): string | undefined {
  const slash = storageKey.indexOf('/');
  const key = slash <= 0 ? storageKey : storageKey.slice(0, slash);
  return collectionOf(key) ? key : undefined;
}

/** The entries of `value` by id (nothing for a value of the wrong shape). */
export function entriesOf(collection: Collection, value: unknown): Map<string, unknown> {
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

/** The collection's value (an array in order, or a record) from its entries' data by id. */
export function assemble(collection: Collection, values: [string, unknown][]): unknown {
  if (collection.kind === 'record') return Object.fromEntries(values);
  const list = values.map(([, value]) => value);
  return collection.order ? list.sort(collection.order) : list;
}
