import { STRINGS, type Language, type StringKey } from './strings.js';

export type { Language, StringKey };
export const LANGUAGES = Object.keys(STRINGS) as Language[];

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
  const template = STRINGS[language][key] ?? STRINGS.en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
