import { define } from '../../core/define.js';
import '../feed/define.js';
import { MapCaseStudyCarouselElement } from './case-study-carousel.js';

export { MapCaseStudyCarouselElement };
export { parseInterval } from '../../core/attributes.js';
export { selectCaseStudies, type CaseStudyFilter } from './select-case-studies.js';
define('map-case-study-carousel', MapCaseStudyCarouselElement);

declare global {
  interface HTMLElementTagNameMap {
    'map-case-study-carousel': MapCaseStudyCarouselElement;
  }
}
