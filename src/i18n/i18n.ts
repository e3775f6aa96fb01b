import type { bookmarkButtonStrings } from '../elements/bookmark-button/bookmark-button.strings.js';
import type { bookmarkListStrings } from '../elements/bookmark-list/bookmark-list.strings.js';
import type { caseStudyCarouselStrings } from '../elements/case-study-carousel/case-study-carousel.strings.js';
import type { newsListStrings } from '../elements/news-list/news-list.strings.js';
import type { ratingWidgetStrings } from '../elements/rating-widget/rating-widget.strings.js';
import type { roleCardStrings } from '../elements/role-card/role-card.strings.js';
import type { storageStrings } from '../storage/storage.strings.js';
import { CORE_STRINGS, type CoreStringKey, type Language, type Translations } from './strings.js';

export type { Language };

type KeysOf<T> = T extends Translations<infer K> ? K : never;

/** Every key any element may ask for (types only: the dictionaries load with their elements). */
export type StringKey =
  | CoreStringKey
  | KeysOf<typeof roleCardStrings>
  | KeysOf<typeof newsListStrings>
  | KeysOf<typeof caseStudyCarouselStrings>
  | KeysOf<typeof ratingWidgetStrings>
  | KeysOf<typeof bookmarkButtonStrings>
  | KeysOf<typeof bookmarkListStrings>
  | KeysOf<typeof storageStrings>;

const STRINGS: Record<Language, Record<string, string>> = { en: { ...CORE_STRINGS.en }, cy: { ...CORE_STRINGS.cy } };
export const LANGUAGES = Object.keys(STRINGS) as Language[];

/** Makes an element's own strings available to `t()`; called once by the module that owns them. */
export function addStrings(strings: Translations<string>): void {
  for (const language of LANGUAGES) Object.assign(STRINGS[language], strings[language]);
}

/** `cy`, `cy-GB` → `cy`; anything not translated → `en`. */
export function toLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return primary && primary in STRINGS ? (primary as Language) : 'en';
}

/**
 * The language of the nearest `[lang]` ancestor, looking out through shadow roots, so a tag
 * inside `<section lang="cy">` speaks Welsh even when it sits in another component's shadow DOM.
 */
export function languageOf(element: Element): Language {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return toLanguage(withLang.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}

/** The translated string, with `{name}` placeholders filled from `params`. */
export function t(language: Language, key: StringKey, params?: Record<string, string | number>): string {
  const template = STRINGS[language][key] ?? STRINGS.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
