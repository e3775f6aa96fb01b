import { define } from '../../core/define.js';
import { MapFeedElement } from './feed.js';

export { MapFeedElement };
define('map-feed', MapFeedElement);

declare global {
  interface HTMLElementTagNameMap {
    'map-feed': MapFeedElement;
  }
}
