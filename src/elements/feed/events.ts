import '../../core/event-map.js';
import type { FeedError } from '../../feed/feed-cache.js';
import type { Feed } from '../../feed/types.js';

export interface MapFeedLoadDetail {
  url: string;
  feed: Feed;
}

export interface MapFeedErrorDetail {
  url: string;
  error: FeedError | Error;
}

/** Fired by `<map-feed>` when its feed has loaded and been checked. */
export class MapFeedLoadEvent extends CustomEvent<MapFeedLoadDetail> {
  constructor(detail: MapFeedLoadDetail) {
    super('map-feed-load', { detail, bubbles: true, composed: true });
  }
}

/** Fired by `<map-feed>` when its feed could not be loaded or is not a JSON Feed. */
export class MapFeedErrorEvent extends CustomEvent<MapFeedErrorDetail> {
  constructor(detail: MapFeedErrorDetail) {
    super('map-feed-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  // The events bubble and are composed: core/event-map.ts gives document and window them too.
  interface HTMLElementEventMap {
    'map-feed-load': MapFeedLoadEvent;
    'map-feed-error': MapFeedErrorEvent;
  }
}
