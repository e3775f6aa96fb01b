import '../../core/event-map.js';

/** A star rating (1–5) or, in `useful` mode, the answer to "Is this page useful?". */
export type RatingValue = 1 | 2 | 3 | 4 | 5 | 'yes' | 'no';

/**
 * One submission from `<map-rating-widget>`: the event's `detail` and, with an `endpoint`, the
 * JSON body POSTed to it.
 */
export interface RatingSubmission {
  /** A v4 UUID for this submission; every re-send reuses it, so the endpoint can de-duplicate. */
  submissionId: string;
  /** What was rated: the `item-id` attribute, or the page's canonical URL. */
  itemId: string;
  /** 1 to 5 in `stars` mode; `"yes"` or `"no"` in `useful` mode. */
  rating: RatingValue;
  /** The free-text comment, when the widget has one and it was filled in. */
  comment?: string;
  /** The address of the page the rating was given on, without its fragment. */
  pageUrl: string;
  /** When the user submitted, as an ISO 8601 UTC timestamp. */
  submittedAt: string;
}

/** Fired by `<map-rating-widget>` (outside a form) when the user submits a rating. */
export class MapRatingSubmitEvent extends CustomEvent<RatingSubmission> {
  constructor(detail: RatingSubmission) {
    super('map-rating-submit', { detail, bubbles: true, composed: true });
  }
}

declare global {
  // The events bubble and are composed: core/event-map.ts gives document and window them too.
  interface HTMLElementEventMap {
    'map-rating-submit': MapRatingSubmitEvent;
  }
}
