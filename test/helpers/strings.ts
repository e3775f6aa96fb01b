/**
 * The core strings with an element's own, in each language, as the element's `t` reads them, so
 * tests assert the exact translated text: `const STRINGS = withCore(roleCardStrings)`.
 */
import type { KeysOf } from '../../src/i18n/i18n.js';
import { CORE_STRINGS, type CoreStringKey, type Translations } from '../../src/i18n/strings.js';

export function withCore<T extends Translations<string>[]>(...own: T): Translations<KeysOf<T[number]> | CoreStringKey> {
  return {
    en: Object.assign({}, CORE_STRINGS.en, ...own.map((strings) => strings.en)),
    cy: Object.assign({}, CORE_STRINGS.cy, ...own.map((strings) => strings.cy)),
  };
}
