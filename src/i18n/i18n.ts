import { CORE_STRINGS, type CoreStringKey, type Language, type Translations } from './strings.js';

export type { CoreStringKey, Language };

/** Values for a string's `{name}` placeholders. */
export type Params = Readonly<Record<string, string | number>>;

/**
 * The string for `key` in one language, placeholders filled. Typed to exactly the keys of the
 * dictionaries it reads (an element's own and the core ones), so a key no table has does not
 * compile; bound to its element, so it can be passed to templates and helpers as it is.
 */
export type Translate<K extends string = CoreStringKey> = (key: K, params?: Params) => string;

/** The keys of a dictionary (or of each in a union), such as an element's `<name>.strings.ts`. */
export type KeysOf<T> = T extends { en: infer E } ? keyof E & string : never;

/**
 * The core strings with an element's own (and shared ones it shows, such as the storage notes),
 * in each language: the one dictionary its `t` reads. Built once, when the element's module loads.
 */
export function withCore<T extends Translations<string>[]>(...own: T): Translations<KeysOf<T[number]> | CoreStringKey> {
  const merge = (language: Language): Record<string, string> =>
    Object.assign({}, CORE_STRINGS[language], ...own.map((strings) => strings[language]));
  return { en: merge('en'), cy: merge('cy') };
}

/** `cy`, `cy-GB` → `cy`; anything not translated → `en`. */
export function toLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return primary && primary in CORE_STRINGS ? (primary as Language) : 'en';
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

/** The string for `key` from `strings` in `language`, with `{name}` placeholders filled from `params`. */
export function translate<K extends string>(strings: Translations<K>, language: Language, key: K, params?: Params): string {
  // Both tables are complete by type; a key built at run time (`error.${code}`) may still miss.
  const template = strings[language][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
