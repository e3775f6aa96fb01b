import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { choiceProblem, headingLevelProblem, parseProfession, professionProblem } from '../../core/attributes.js';
import { headingTag } from '../../core/heading.js';
import { MapElement } from '../../core/map-element.js';
import { errorTemplate, feedErrorTemplate, loadingTemplate, skeletonLines } from '../../core/states.js';
import { contentLang, feedNoteStyles, itemNotes, savedCopyNote } from '../../core/feed-notes.js';
import { FeedController } from '../../feed/feed-controller.js';
import type { Feed, RoleItem } from '../../feed/types.js';
import { baseStyles } from '../../theme/theme.js';
import { roleCardStyles } from './role-card.styles.js';
import { translator, type KeysOf } from '../../i18n/i18n.js';
import { roleCardStrings } from './role-card.strings.js';
import { selectRole } from './select-role.js';

/** `heading-level` when it is not set (the property's initial value too, written out for the manifest). */
const DEFAULT_HEADING_LEVEL = 3;

export type RoleCardLayout = 'compact' | 'full';
const LAYOUTS: readonly RoleCardLayout[] = ['compact', 'full'];

/**
 * A card about one medical associate profession: its title, summary, image, key facts and a
 * link to read more, drawn like an NHS.UK card.
 *
 * @summary A card about one medical associate profession.
 * @tag map-role-card
 *
 * @slot fallback - Shown while the element cannot render (no JavaScript, or the script failed to load) and beside an error box; hidden once the element shows content. Put a link to the content's own page here.
 *
 * @csspart card - The card's outer box.
 * @csspart image - The role's image or logo, when the feed has one.
 * @csspart heading - The heading holding the role's title.
 * @csspart summary - The role's summary paragraph.
 * @csspart facts - The list of key facts (full layout only).
 * @csspart link - The "Read more" link.
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart error - The box explaining why the card cannot be shown.
 * @csspart retry - The "Try again" button in the error box.
 * @csspart notes - Review date, "due for review" note and source, when the feed gives them.
 * @csspart reviewed - The "Last reviewed" line.
 * @csspart review-due - The note that the information is due for review.
 * @csspart source - The "From …" line (with `source`).
 * @csspart saved-note - The note that a copy saved on an earlier visit is shown because the feed could not be fetched.
 *
 * @cssprop --map-text-colour - Text colour. Falls back to `--nhsuk-text-colour`, then `#212b32`.
 * @cssprop --map-secondary-text-colour - Secondary text colour. Falls back to `--nhsuk-secondary-text-colour`, then `#4c6272`.
 * @cssprop --map-link-colour - Link colour. Falls back to `--nhsuk-link-colour`, then `#005eb8`.
 * @cssprop --map-link-hover-colour - Link hover colour. Falls back to `--nhsuk-link-hover-colour`, then `#7c2855`.
 * @cssprop --map-link-visited-colour - Visited link colour. Falls back to `--nhsuk-link-visited-colour`, then `#330072`.
 * @cssprop --map-link-active-colour - Active link colour. Falls back to `--nhsuk-link-active-colour`, then `#002f5c`.
 * @cssprop --map-focus-colour - Focus highlight. Falls back to `--nhsuk-focus-colour`, then `#ffeb3b`.
 * @cssprop --map-focus-text-colour - Text and underline on focus. Falls back to `--nhsuk-focus-text-colour`, then `#212b32`.
 * @cssprop --map-border-colour - Card border. Falls back to `--nhsuk-border-colour`, then `#d8dde0`.
 * @cssprop --map-card-background-colour - Card background. Falls back to `--nhsuk-card-background-colour`, then `#ffffff`.
 * @cssprop --map-error-colour - Error box border. Falls back to `--nhsuk-error-colour`, then `#d5281b`.
 * @cssprop --map-secondary-button-text-colour - "Try again" button text and border. Falls back to `--nhsuk-secondary-button-text-colour`, then `#005eb8`.
 * @cssprop --map-secondary-button-hover-colour - "Try again" button on hover. Falls back to `--nhsuk-secondary-button-hover-colour`, then `#d9e7f4`.
 * @cssprop --map-secondary-button-active-colour - "Try again" button when pressed. Falls back to `--nhsuk-secondary-button-active-colour`, then `#c7dcef`.
 * @cssprop --map-skeleton-colour - Loading placeholder. Falls back to `--nhsuk-grey-5-colour`, then `#f0f4f5`.
 * @cssprop --map-space-s - Small gap. Default `8px`.
 * @cssprop --map-space-m - Medium gap. Default `16px`.
 * @cssprop --map-space-l - Large gap. Default `24px`.
 * @cssprop --map-radius - Corner radius of the card. Default `0`, as NHS.UK cards.
 * @cssprop --map-border-width - Card border width. Default `1px`.
 * @cssprop --map-role-card-padding - Padding inside the card. Default `var(--map-space-l)`.
 * @cssprop --map-role-card-min-height - Least height of the card, loading or loaded: set it to the height your card takes to hold exactly that space while the feed loads. Default `12em`; the loading state holds at least an image, a one-line title, a two-line summary and (full layout) four facts of about two lines.
 * @cssprop --map-role-card-image-size - Largest width of the image. Default `6em` compact, `10em` full.
 * @cssprop --map-role-card-heading-size - Font size of the title. Default `1.375em`.
 */
export class MapRoleCardElement extends MapElement<KeysOf<typeof roleCardStrings>> {
  protected readonly t = translator(this.i18n, roleCardStrings);
  static override styles = [baseStyles, roleCardStyles, feedNoteStyles];

  /**
   * Which profession to show: `advanced-critical-care-practitioner`,
   * `physician-assistant-anaesthesia`, `physician-associate` or `surgical-care-practitioner`.
   */
  @property({ reflect: true }) profession?: string;

  /** `compact` shows title, summary and link; `full` adds the key facts. */
  @property({ reflect: true }) layout: RoleCardLayout = 'compact';

  /** Level of the title's heading, 1 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 3;

  /** URL of a JSON Feed; wins over a surrounding `<map-feed>`. Default: the bundled sample feed. */
  @property({ reflect: true }) src?: string;

  /** Show who publishes the feed ("From NHS Employers"), from its `authors` or `home_page_url`. */
  @property({ type: Boolean, reflect: true }) source = false;

  readonly #feed = new FeedController(this);

  protected override render(): TemplateResult {
    const attributeError = this.#attributeError();
    if (attributeError) return attributeError;
    return this.#feed.render({
      loading: () => this.#loading(),
      ready: (feed) => this.#ready(feed),
      error: (error, retry) => feedErrorTemplate(this.t, error, retry),
    });
  }

  #attributeError(): TemplateResult | undefined {
    return this.attributeErrors(
      choiceProblem('layout', this.layout, LAYOUTS, 'error.layout-invalid'),
      headingLevelProblem(this.headingLevel, DEFAULT_HEADING_LEVEL),
      professionProblem(this.profession, true),
    );
  }

  /**
   * The card as it will be, with placeholder lines for its text: the same boxes and classes, so
   * the same paddings, gaps and line heights, and so the same height for a role with an image, a
   * one-line title, a two-line summary, (full layout) four facts of about two lines each, and a
   * "Last reviewed" line (NHS syndication expects review dates on roles).
   * Content that differs from that is what `--map-role-card-min-height` is for.
   */
  #loading(): TemplateResult {
    const fact = (count: number) => html`<dt><span class="skeleton skeleton--term"></span></dt><dd>${skeletonLines(count)}</dd>`;
    return loadingTemplate(
      this.t,
      html`<div class="card">
        <span class="image skeleton-box"></span>
        <span class="heading"><span class="skeleton skeleton--heading"></span></span>
        <span class="summary">${skeletonLines(2)}</span>
        ${this.layout === 'full' ? html`<dl class="facts">${fact(4)}${fact(2)}${fact(2)}${fact(2)}</dl>` : nothing}
        <div class="feed-notes"><p class="feed-note">${skeletonLines(1)}</p></div>
        <span class="more"><span class="skeleton skeleton--link"></span></span>
      </div>`,
    );
  }

  #ready(feed: Feed): TemplateResult {
    const profession = parseProfession(this.profession);
    const role = profession ? selectRole(feed.roles, { profession }) : undefined;
    if (!role) {
      this.warnOnce(`the feed ${feed.url} has no role item for profession "${this.profession}".`);
      return errorTemplate(this.t, this.t('error.profession-absent', { value: this.profession?.trim() ?? '' }));
    }
    const heading = headingTag(this.headingLevel, DEFAULT_HEADING_LEVEL) as StaticValue;
    const full = this.layout === 'full';
    const lang = contentLang(role.lang, this.i18n.language);
    return html`<article class="card" part="card" aria-labelledby="title">
      ${savedCopyNote(this.t, this.i18n.language, feed)}
      ${role.image
        ? html`<img class="image" part="image" src=${role.image.src} alt=${role.image.alt} loading="lazy" decoding="async" referrerpolicy="strict-origin-when-cross-origin" />`
        : nothing}
      ${staticHtml`<${heading} class="heading" part="heading" id="title" lang=${ifDefined(lang)}>${role.title}</${heading}>`}
      ${role.summary ? html`<p class="summary" part="summary" lang=${ifDefined(lang)}>${role.summary}</p>` : nothing}
      ${full ? this.#facts(role) : nothing}
      ${itemNotes(this.t, this.i18n.language, role, { source: this.source })}
      ${role.url
        ? html`<a class="more" part="link" href=${role.url}
            >${this.t('readMore')}<span class="visually-hidden"> ${this.t('readMoreAbout', { title: role.title })}</span></a
          >`
        : nothing}
    </article>`;
  }

  #facts(role: RoleItem): TemplateResult | typeof nothing {
    const rows: [string, TemplateResult | string][] = [];
    if (role.duties.length) {
      rows.push([this.t('fact.duties'), html`<ul>${role.duties.map((duty) => html`<li>${duty}</li>`)}</ul>`]);
    }
    if (role.supervision) rows.push([this.t('fact.supervision'), role.supervision]);
    if (role.regulation) rows.push([this.t('fact.regulation'), role.regulation]);
    if (role.training) rows.push([this.t('fact.training'), role.training]);
    if (!rows.length) return nothing;
    const lang = contentLang(role.lang, this.i18n.language);
    return html`<dl class="facts" part="facts">
      ${rows.map(([term, value]) => html`<dt>${term}</dt><dd lang=${ifDefined(lang)}>${value}</dd>`)}
    </dl>`;
  }
}
