import { expect } from '@open-wc/testing';
import type { DeliveryQueue } from './delivery-queue.js';

/*
 * Importing map-embed's delivery code must do nothing: no timers, no listeners, no storage reads,
 * no requests. The page-wide queue starts when the first element that stores or sends connects.
 * This file imports nothing of src/ statically, so the dynamic import below is the first.
 */
describe('the page-wide delivery queue', () => {
  it('does nothing on import, and starts (once) when an element asks', async () => {
    // Something in storage, so a queue that started would read it (key(), getItem()).
    localStorage.setItem('page-queue-test', '1');
    const calls: string[] = [];
    const original = { fetch: window.fetch, getItem: Storage.prototype.getItem, key: Storage.prototype.key, setTimeout: window.setTimeout };
    window.fetch = (...args) => (calls.push('fetch'), original.fetch(...args));
    Storage.prototype.getItem = function (this: Storage, name: string) {
      if (name.startsWith('map-embed:')) calls.push(`getItem ${name}`);
      return original.getItem.call(this, name);
    };
    Storage.prototype.key = function (this: Storage, index: number) {
      calls.push('key');
      return original.key.call(this, index);
    };
    let imported: typeof import('./page-queue.js');
    try {
      imported = await import('./page-queue.js');
      await import('./delivery-queue.js');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls, 'what importing did').to.deep.equal([]);
    } finally {
      window.fetch = original.fetch;
      Storage.prototype.getItem = original.getItem;
      Storage.prototype.key = original.key;
      localStorage.removeItem('page-queue-test');
    }

    const { deliveryQueue, startDeliveryQueue } = imported;
    let starts = 0;
    const start = deliveryQueue.start.bind(deliveryQueue);
    (deliveryQueue as { start: DeliveryQueue['start'] }).start = () => (starts++, start());
    try {
      expect(startDeliveryQueue()).to.equal(deliveryQueue);
      startDeliveryQueue();
      expect(starts, 'started once').to.equal(1);
    } finally {
      delete (deliveryQueue as Partial<DeliveryQueue>).start;
      deliveryQueue.stop();
    }
  });
});
