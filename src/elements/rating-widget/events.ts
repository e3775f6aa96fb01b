import '../../core/event-map.js';

import type { RatingSubmission } from '../../contract.js';

// The body's type is the submission contract's (`map-embed/contract`), which the collector checks.
export type { RatingSubmission, RatingValue } from '../../contract.js';

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
