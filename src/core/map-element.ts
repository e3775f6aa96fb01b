import { LitElement, type CSSResultGroup } from 'lit';
import { LanguageController } from './language.js';
import type { StringKey } from '../i18n/i18n.js';
import { baseStyles } from '../theme/theme.js';

/**
 * What every map-embed element shares: NHS.UK base styles, the page language and its strings,
 * and console warnings that are said once per element and cause, not once per render.
 */
export abstract class MapElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  protected readonly i18n = new LanguageController(this);
  readonly #warned = new Set<string>();

  protected t(key: StringKey, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  /** Warns once per distinct message for this element, prefixed with its tag. */
  protected warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`map-embed: <${this.localName}> ${message}`);
  }
}
