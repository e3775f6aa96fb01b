import { LitElement, type CSSResultGroup, type TemplateResult } from 'lit';
import type { AttributeProblem } from './attributes.js';
import { LanguageController } from './language.js';
import { errorTemplate } from './states.js';
import type { CoreStringKey, Translate } from '../i18n/i18n.js';
import { guardContrast } from '../theme/contrast-guard.js';
import { baseStyles } from '../theme/theme.js';

/** Tags already told they need a closing tag: the console says it once per tag, not per element. */
const toldToClose = new Set<string>();

/**
 * What every map-embed element shares: NHS.UK base styles, the page language and its strings,
 * and console warnings that are said once per element and cause, not once per render.
 *
 * The host page's CSS beats `:host` rules (a CMS's `* { all: revert }` makes every tag
 * `display: inline`), so the element's own box cannot be trusted. Everything is rendered into
 * a block wrapper (`.root`) inside the shadow root instead, whose layout only shadow styles
 * decide; an inline host then holds a block (so it still pushes what follows down) and a
 * `display: contents` host lets the wrapper take its place. After the wrapper, a default slot
 * shows whatever ended up inside the tag: a self-closed `<map-role-card … />` swallows the rest
 * of the page into the element, which is then still shown, after the element's own content.
 */
export abstract class MapElement<K extends string = never> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  protected readonly i18n = new LanguageController(this);
  readonly #warned = new Set<string>();
  #root?: HTMLElement;
  /** Watches the host's box: see #fitHost. Made on first connection (not for server rendering). */
  #hostBox?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#hostBox ??= new ResizeObserver(() => this.#fitHost());
    this.#hostBox.observe(this);
    // Once its styles are in, whether the page's colours still give readable contrast.
    guardContrast(this, this.updateComplete);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#hostBox?.disconnect();
  }

  /**
   * A grid or flex container that stretches the element gives its host a height; the wrapper
   * fills it (`.root.fill`), so a row of cards ends at one line. That takes a percentage
   * height, which is safe only where the host is the wrapper's containing block: not where the
   * page's CSS made the tag inline (a CMS's `* { all: revert }`) or `display: contents`, when
   * the percentage would resolve against some far-off ancestor, such as a stretched <main>. The
   * page decides the host's display, and may change it as its stylesheets load or its media
   * queries switch; every such change resizes the host (an inline host has no box of its own),
   * so the observer hears of it.
   */
  #fitHost(): void {
    const display = getComputedStyle(this).display;
    this.#root?.classList.toggle('fill', display !== 'inline' && display !== 'contents');
  }

  /**
   * The string for `key` in the element's language, typed to exactly the element's own keys (`K`)
   * and the core ones. Each element sets it once, from its own strings:
   * `protected readonly t = translator(this.i18n, <name>Strings)`. A bound function, so it can be
   * passed to templates and helpers as it is.
   */
  protected abstract readonly t: Translate<K | CoreStringKey>;

  /** Warns once per distinct message for this element, prefixed with its tag. */
  protected warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`map-embed: <${this.localName}> ${message}`);
  }

  protected override createRenderRoot(): HTMLElement {
    const shadow = super.createRenderRoot();
    const root = document.createElement('div');
    root.className = 'root';
    this.#root = root;
    const spill = document.createElement('slot');
    spill.className = 'spill';
    spill.addEventListener('slotchange', () => this.#checkClosed(spill));
    shadow.append(root, spill);
    // Lit would otherwise render before the first style it put in the shadow root (where
    // adoptedStyleSheets are missing); the wrapper comes after those styles already.
    this.renderOptions.renderBefore = null;
    return root;
  }

  #checkClosed(spill: HTMLSlotElement): void {
    const swallowed = spill
      .assignedNodes()
      .some((node) => node.nodeType === Node.ELEMENT_NODE || Boolean(node.textContent?.trim()));
    if (!swallowed || toldToClose.has(this.localName)) return;
    toldToClose.add(this.localName);
    console.warn(
      `map-embed: <${this.localName}> has page content inside it, shown after the element. ` +
        `Close the tag with </${this.localName}> straight after <${this.localName} …>: ` +
        `custom elements cannot be self-closed (<${this.localName} … />), so the browser puts ` +
        `everything that follows inside it.`,
    );
  }

  /**
   * The error box for the attributes the element cannot use, or `undefined` when every check
   * passed. Each problem is shown, in the page's language, and warned once in the console,
   * naming the attribute, for whoever maintains the page: an editor who got two attributes
   * wrong learns of both at once.
   */
  protected attributeErrors(...checks: (AttributeProblem<K | CoreStringKey> | undefined)[]): TemplateResult | undefined {
    const problems = checks.filter((problem): problem is AttributeProblem<K | CoreStringKey> => problem !== undefined);
    if (!problems.length) return undefined;
    for (const problem of problems) this.warnOnce(problem.warning);
    return errorTemplate(
      this.t,
      problems.map((problem) => this.t(problem.key, problem.params)),
    );
  }
}
