import '../../core/event-map.js';

export interface MapBookmarkChangeDetail {
  /** The bookmark's id: the feed item id, or the page's canonical URL. */
  id: string;
  /** `true` when it was just saved, `false` when it was just removed. */
  bookmarked: boolean;
  /** The title stored with the bookmark. */
  title: string;
  /** The URL stored with the bookmark. */
  url: string;
}

/**
 * Fired by `<map-bookmark-button>` when the user bookmarks or un-bookmarks, and by
 * `<map-bookmark-list>` when the user removes a bookmark.
 */
export class MapBookmarkChangeEvent extends CustomEvent<MapBookmarkChangeDetail> {
  constructor(detail: MapBookmarkChangeDetail) {
    super('map-bookmark-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  // The events bubble and are composed: core/event-map.ts gives document and window them too.
  interface HTMLElementEventMap {
    'map-bookmark-change': MapBookmarkChangeEvent;
  }
}
