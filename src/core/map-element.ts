import { LitElement, type CSSResultGroup, type TemplateResult } from 'lit';
import type { AttributeProblem } from './attributes.js';
import { LanguageController } from './language.js';
import { errorTemplate } from './states.js';
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

  /** The string for `key` in the element's language. Bound, so it can be passed to templates. */
  protected readonly t = (key: StringKey, params?: Record<string, string | number>): string => this.i18n.t(key, params);

  /** Warns once per distinct message for this element, prefixed with its tag. */
  protected warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`map-embed: <${this.localName}> ${message}`);
  }

  /**
   * The error box for the attributes the element cannot use, or `undefined` when every check
   * passed. Each problem is shown, in the page's language, and warned once in the console,
   * naming the attribute, for whoever maintains the page: an editor who got two attributes
   * wrong learns of both at once.
   */
  protected attributeErrors(...checks: (AttributeProblem | undefined)[]): TemplateResult | undefined {
    const problems = checks.filter((problem): problem is AttributeProblem => problem !== undefined);
    if (!problems.length) return undefined;
    for (const problem of problems) this.warnOnce(problem.warning);
    return errorTemplate(
      this.t,
      problems.map((problem) => this.t(problem.key, problem.params)),
    );
  }
}
