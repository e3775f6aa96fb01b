import { define } from '../../core/define.js';
import '../feed/define.js';
import { MapBookmarkButtonElement } from './bookmark-button.js';

export { MapBookmarkButtonElement };
export * from './events.js';
define('map-bookmark-button', MapBookmarkButtonElement);

declare global {
  interface HTMLElementTagNameMap {
    'map-bookmark-button': MapBookmarkButtonElement;
  }
}
