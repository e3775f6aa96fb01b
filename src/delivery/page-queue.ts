import type { ReactiveControllerHost } from 'lit';
import { DeliveryQueue } from './delivery-queue.js';

const QUEUE = Symbol.for('map-embed.delivery-queue.v1');
const STARTED = Symbol.for('map-embed.delivery-queue.started.v1');
const globals = globalThis as typeof globalThis & { [QUEUE]?: DeliveryQueue; [STARTED]?: boolean };

/**
 * The page-wide queue every element uses, shared by every copy of map-embed on the page. Making
 * it does nothing (no timers, listeners, storage or network): it starts sending what an earlier
 * page left behind when the first element that stores or sends anything calls
 * {@link startDeliveryQueue}.
 */
export const deliveryQueue: DeliveryQueue = (globals[QUEUE] ??= new DeliveryQueue());

/**
 * Starts the page-wide queue once per page (later calls do nothing): it sends whatever an
 * earlier page (or a crashed tab) left behind, once due. Returns the queue.
 */
export function startDeliveryQueue(): DeliveryQueue {
  if (!globals[STARTED]) {
    globals[STARTED] = true;
    // After the document is parsed, so a <meta name="map-embed:storage"> below the script counts.
    if (globalThis.document?.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => void deliveryQueue.start(), { once: true });
    } else {
      void deliveryQueue.start();
    }
  }
  return deliveryQueue;
}

/** Starts the page-wide queue when `host` is first connected: for elements that store or send. */
export function startDeliveryWith(host: ReactiveControllerHost): void {
  host.addController({ hostConnected: startDeliveryQueue });
}
