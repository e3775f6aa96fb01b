/**
 * Reading a key's current value as the page should see it (a plain value, or a collection put
 * together from its entries) and telling the key's subscribers.
 */

import { decode, keysStartingWith, readRaw, type Channel } from './backing.js';
import { assemble, collectionOf, type Collection } from './collections.js';
import { migrateLegacy } from './legacy.js';
import { notify } from './listeners.js';

/** Entry id → envelope string of each readable entry of collection `key`. */
export function readEntries(channel: Channel, key: string, collection: Collection): Map<string, string> {
  migrateLegacy(channel, key, collection);
  const entries = new Map<string, string>();
  for (const name of keysStartingWith(channel, `${key}/`)) {
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

/** The collection's value from its entries' envelope strings. */
export function assembleEntries(collection: Collection, entries: Map<string, string>): unknown {
  const values: [string, unknown][] = [];
  for (const [id, raw] of entries) {
    const decoded = decode(raw);
    if (decoded.ok) values.push([id, decoded.data]);
  }
  return assemble(collection, values);
}

/** The value of `key` as an envelope-free JSON string, or undefined when there is none. */
export function currentJson(channel: Channel, key: string): string | undefined {
  const collection = collectionOf(key);
  if (collection) return JSON.stringify(assembleEntries(collection, readEntries(channel, key, collection)));
  const raw = readRaw(channel, key);
  if (raw === undefined) return undefined;
  const decoded = decode(raw);
  return decoded.ok ? JSON.stringify(decoded.data) : undefined;
}

export function notifyKey(channel: Channel, key: string): void {
  const listeners = channel.listeners.get(key);
  if (!listeners) return;
  const json = currentJson(channel, key);
  // Each listener gets its own copy, so one cannot change what another sees.
  notify(listeners, () => (json === undefined ? undefined : JSON.parse(json)));
}
