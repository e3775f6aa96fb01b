/**
 * Releases before one storage key per entry kept a whole collection under `map-embed:<key>`. Such
 * a value is split into entries the first time the collection is read, then removed.
 */

import { decode, drop, encode, isNewer, markCorrupt, put, storedRaw, type Channel } from './backing.js';
import { entriesOf, entryKey, type Collection } from './collections.js';

/**
 * Splits a whole-collection value under `key` into entries (an entry already stored wins), then
 * removes it. Unreadable, it is reported as corrupt and removed on the next write; from a newer
 * release, it is left alone for good.
 */
export function migrateLegacy(channel: Channel, key: string, collection: Collection): void {
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
    const entry = encode(channel, item, `an entry of "${key}"`);
    if (entry !== undefined) put(channel, name, entry);
  }
  if (channel.unsaved.size === 0) drop(channel, key);
}

/** After a write to collection `key`: a corrupt whole-collection value no longer counts. */
export function settleLegacy(channel: Channel, key: string): void {
  // Unreadable entries were skipped (and warned about) when read; a write replaces them.
  for (const name of [...channel.corrupt]) if (name.startsWith(`${key}/`)) drop(channel, name);
  if (!channel.corrupt.has(key)) return;
  if (!isNewer(storedRaw(channel, key))) drop(channel, key);
  channel.corrupt.delete(key);
  channel.legacyDone.add(key);
}
