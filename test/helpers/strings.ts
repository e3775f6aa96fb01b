/**
 * Every string the elements can show, merged from the core and each element's own dictionary,
 * so tests assert the exact translated text without caring which module owns a key.
 */
import { bookmarkButtonStrings } from '../../src/elements/bookmark-button/bookmark-button.strings.js';
import { bookmarkListStrings } from '../../src/elements/bookmark-list/bookmark-list.strings.js';
import { caseStudyCarouselStrings } from '../../src/elements/case-study-carousel/case-study-carousel.strings.js';
import { newsListStrings } from '../../src/elements/news-list/news-list.strings.js';
import { ratingWidgetStrings } from '../../src/elements/rating-widget/rating-widget.strings.js';
import { roleCardStrings } from '../../src/elements/role-card/role-card.strings.js';
import type { StringKey } from '../../src/i18n/i18n.js';
import { CORE_STRINGS, type Language } from '../../src/i18n/strings.js';
import { storageStrings } from '../../src/storage/storage.strings.js';

export type { StringKey };

const ALL = [
  CORE_STRINGS,
  roleCardStrings,
  newsListStrings,
  caseStudyCarouselStrings,
  ratingWidgetStrings,
  bookmarkButtonStrings,
  bookmarkListStrings,
  storageStrings,
];

const merge = (language: Language) =>
  Object.assign({}, ...ALL.map((strings) => strings[language])) as Record<StringKey, string>;

export const STRINGS: Record<Language, Record<StringKey, string>> = { en: merge('en'), cy: merge('cy') };
