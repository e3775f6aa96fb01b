import { toLanguage, translator, type KeysOf, type Language } from '../i18n/i18n.js';
import { embedStrings } from './embed.strings.js';

type EmbedKey = KeysOf<typeof embedStrings>;

/**
 * The embed page's and the builder's words in the language `lang` asks for (`?lang=cy`: Welsh;
 * anything else: English), through the elements' own `translator()`.
 */
export function pageStrings(lang: string | null) {
  const language: Language = toLanguage(lang);
  const t = translator({ language }, embedStrings);
  /** An element's name in the page's language; its tag when it has none. */
  const label = (tag: string): string => {
    const key = `label.${tag}`;
    return key in embedStrings[language] ? t(key as EmbedKey) : tag;
  };
  return { language, t, label };
}
