import { LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import type { AttributeProblem } from './attributes.js';
import { BoxWatch } from './box-watch.js';
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
 *
 * A child with `slot="fallback"` (a link to the feed's home page, say) is what a reader sees
 * while the element cannot render: with no script, or a script that failed to load, the browser
 * shows the tag's children as they are. Once the element runs, that slot is hidden, and shown
 * again only beside an error box, so the reader still has somewhere to go.
 *
 * Content pre-rendered by `map-embed render --format dsd` arrives as a declarative shadow root
 * with the same wrapper. The element keeps it on show while it loads, draws into a hidden wrapper
 * of its own, and swaps the two in one step once it has content: the page does not move, no
 * heading is there twice, and nothing flashes. If the live feed fails, the pre-rendered content
 * stays.

 */
export abstract class MapElement<K extends string = never> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  protected readonly i18n = new LanguageController(this);
  readonly #warned = new Set<string>();
  #root?: HTMLElement;
  /** Watches the host's box: see #fitHost. Made on first connection (not for server rendering). */
  #hostBox?: BoxWatch;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#hostBox ??= new BoxWatch(this, () => this.#fitHost());
    this.#hostBox.soon();
    // Once its styles are in, whether the page's colours still give readable contrast.
    guardContrast(this, this.updateComplete);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#hostBox?.stop();
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
    const fill = display !== 'inline' && display !== 'contents';
    // The pre-rendered wrapper too, so the live one takes exactly its place.
    for (const root of [this.#root, this.#prerendered]) root?.classList.toggle('fill', fill);
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

  /** The wrapper a server render filled (`--format dsd`), on show until this element has content. */
  #prerendered?: Element;
  #fallback?: HTMLSlotElement;

  protected override createRenderRoot(): HTMLElement {
    const shadow = super.createRenderRoot();
    // `:scope` matches nothing in a shadow root's own querySelector, so its children are searched.
    const child = (selector: string) => [...shadow.children].find((element) => element.matches(selector));
    const prerendered = child('.root');
    const root = document.createElement('div');
    root.className = 'root';
    this.#root = root;
    let spill = child('slot.spill') as HTMLSlotElement | undefined;
    let fallback = child('slot[name="fallback"]') as HTMLSlotElement | undefined;
    if (!spill) {
      spill = document.createElement('slot');
      spill.className = 'spill';
      shadow.append(spill);
    }
    if (!fallback) {
      fallback = document.createElement('slot');
      fallback.name = 'fallback';
      fallback.hidden = true;
      shadow.append(fallback);
    }
    spill.addEventListener('slotchange', () => this.#checkClosed(spill));
    this.#fallback = fallback;
    if (prerendered) {
      this.#prerendered = prerendered;
      root.style.display = 'none';
    }
    // After the pre-rendered wrapper (or any styles) and before the slots, where it is drawn in the browser.
    shadow.insertBefore(root, spill);
    // Lit would otherwise render before the first style it put in the shadow root (where
    // adoptedStyleSheets are missing); the wrapper comes after those styles already.
    this.renderOptions.renderBefore = null;
    return root;
  }

  protected override update(changed: PropertyValues): void {
    // Not watched while it renders, which may be inside the resize-observer step (see BoxWatch).
    this.#hostBox?.soon();
    super.update(changed);
    const root = this.renderRoot as HTMLElement;
    // The wrapper's own children only: a query would search every item of a long list.
    const shown = [...root.children];
    const loading = shown.some((child) => child.classList.contains('loading'));
    const failed = shown.some((child) => child.classList.contains('error'));
    const prerendered = this.#prerendered;
    if (prerendered && !loading && !failed) {
      // One step, in the same task as the render: no frame shows both, or neither.
      for (const node of [...root.parentNode!.childNodes]) {
        if (node !== root && !(node instanceof HTMLSlotElement) && node.nodeName !== 'STYLE') node.remove();
      }
      prerendered.remove();
      root.removeAttribute('style');
      this.#prerendered = undefined;
    }
    if (this.#fallback) this.#fallback.hidden = !(failed && !this.#prerendered);
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
