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
 * An element's `t`: the string for `key` from its own dictionaries (`own`: its `<name>.strings.ts`,
 * and shared ones it shows, such as the storage notes) or else the core strings, in
 * `host.language` as it is at each call, with `{name}` placeholders filled from `params`. Typed to
 * exactly those keys, and a bound function, so it can be passed around.
 */
export function translator<T extends Translations<string>[]>(
  host: { readonly language: Language },
  ...own: T
): Translate<KeysOf<T[number]> | CoreStringKey> {
  const dictionaries: Translations<string>[] = [...own, CORE_STRINGS];
  return (key, params) => {
    const language = host.language;
    // Every table is complete by type; a key built at run time (`error.${code}`) may still miss.
    const template = dictionaries.find((strings) => key in strings[language])?.[language][key] ?? key;
    return params
      ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
      : template;
  };
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
