import { define } from '../../core/define.js';
import '../feed/define.js';
import { MapNewsListElement } from './news-list.js';

export { MapNewsListElement };
define('map-news-list', MapNewsListElement);

declare global {
  interface HTMLElementTagNameMap {
    'map-news-list': MapNewsListElement;
  }
}
