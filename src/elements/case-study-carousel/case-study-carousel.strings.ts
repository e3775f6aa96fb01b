import type { TranslationOf } from '../../i18n/strings.js';

const en = {
  'carousel.label': 'Case studies',
  'carousel.roledescription': 'carousel',
  'carousel.slideRoledescription': 'slide',
  'carousel.slideLabel': '{n} of {total}',
  'carousel.previousSlide': 'Previous slide',
  'carousel.nextSlide': 'Next slide',
  'carousel.startRotation': 'Start automatic slide show',
  'carousel.stopRotation': 'Stop automatic slide show',
  'carousel.chooseSlide': 'Choose slide to display',
  'carousel.showSlide': 'Show slide {n} of {total}: {title}',
  'carousel.empty': 'There are no case studies to show.',
  'carousel.readCaseStudy': 'Read the case study',
  'carousel.readCaseStudyAbout': ': {title}',
  'error.interval-invalid': '"{value}" is not a time between slides. Use a number of milliseconds, or 0 for no automatic slide show.',
};

/**
 * What <map-case-study-carousel> says, in English and Welsh; only this element's bundle
 * carries them. The Welsh table must have every English key (`satisfies`), or it does not compile.
 */
export const caseStudyCarouselStrings = {
  en,
  cy: {
    'carousel.label': 'Astudiaethau achos',
    'carousel.roledescription': 'carwsél',
    'carousel.slideRoledescription': 'sleid',
    'carousel.slideLabel': '{n} o {total}',
    'carousel.previousSlide': 'Sleid flaenorol',
    'carousel.nextSlide': 'Sleid nesaf',
    'carousel.startRotation': 'Dechrau’r sioe sleidiau awtomatig',
    'carousel.stopRotation': 'Stopio’r sioe sleidiau awtomatig',
    'carousel.chooseSlide': 'Dewis sleid i’w dangos',
    'carousel.showSlide': 'Dangos sleid {n} o {total}: {title}',
    'carousel.empty': 'Does dim astudiaethau achos i’w dangos.',
    'carousel.readCaseStudy': 'Darllen yr astudiaeth achos',
    'carousel.readCaseStudyAbout': ': {title}',
    'error.interval-invalid': 'Nid yw "{value}" yn amser rhwng sleidiau. Defnyddiwch nifer o filieiliadau, neu 0 i beidio â dangos sioe sleidiau awtomatig.',
  } satisfies TranslationOf<typeof en>,
};
