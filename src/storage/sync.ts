/**
 * Cross-tab sync: another tab's writes arrive as `storage` events, and every subscriber on this
 * page hears the key's new value.
 */

import { PREFIX, readRaw, refreshStatus, type Channel } from './backing.js';
import { collectionOfKey } from './collections.js';
import { notifyKey } from './values.js';

/**
 * Another tab changed the Storage: its value is newer than anything we hold for that key. The
 * key is read again rather than taken from `newValue`, because events from several quick writes
 * can arrive after later ones have landed, and the page must end on what is stored now.
 */
export function onStorageEvent(channel: Channel, event: StorageEvent): void {
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
