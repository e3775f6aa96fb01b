import { define } from '../../core/define.js';
import '../feed/define.js';
import { MapCaseStudyCarouselElement } from './case-study-carousel.js';

export { MapCaseStudyCarouselElement };
define('map-case-study-carousel', MapCaseStudyCarouselElement);

declare global {
  interface HTMLElementTagNameMap {
    'map-case-study-carousel': MapCaseStudyCarouselElement;
  }
}
