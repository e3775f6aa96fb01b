import { define } from '../../core/define.js';
import { MapBookmarkListElement } from './bookmark-list.js';

export { MapBookmarkListElement };
define('map-bookmark-list', MapBookmarkListElement);

declare global {
  interface HTMLElementTagNameMap {
    'map-bookmark-list': MapBookmarkListElement;
  }
}
