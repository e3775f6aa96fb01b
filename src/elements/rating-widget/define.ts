import { define } from '../../core/define.js';
import { MapRatingWidgetElement } from './rating-widget.js';

export { MapRatingWidgetElement };
export * from './events.js';
define('map-rating-widget', MapRatingWidgetElement);

declare global {
  interface HTMLElementTagNameMap {
    'map-rating-widget': MapRatingWidgetElement;
  }
}
