import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { StaticValue } from 'lit/static-html.js';
import { headingLevelProblem, intervalAdjustment, intervalProblem, parseInterval, parseProfession, professionProblem } from '../../core/attributes.js';
import { headingTag } from '../../core/heading.js';
import { MapElement } from '../../core/map-element.js';
import { feedErrorTemplate, loadingTemplate, skeletonLines } from '../../core/states.js';
import { feedNoteStyles, savedCopyNote } from '../../core/feed-notes.js';
import { FeedController } from '../../feed/feed-controller.js';
import { parseTagFilter } from '../../feed/tags.js';
import type { CaseStudyItem } from '../../feed/types.js';
import { baseStyles } from '../../theme/theme.js';
import { caseStudyCarouselStyles } from './case-study-carousel.styles.js';
import { translator, type KeysOf } from '../../i18n/i18n.js';
import { caseStudyCarouselStrings } from './case-study-carousel.strings.js';
import { caseStudyTemplate } from './case-study.js';
import { SlideRotation } from './rotation.js';
import { selectCaseStudies } from './select-case-studies.js';
import { SlideSwipe } from './swipe.js';

/** `heading-level` when it is not set (the property's initial value too, written out for the manifest). */
const DEFAULT_HEADING_LEVEL = 3;


const PREVIOUS_ARROW = html`<svg class="arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M15.5 5 8.5 12l7 7" /></svg>`;
const NEXT_ARROW = html`<svg class="arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="m8.5 5 7 7-7 7" /></svg>`;

/**
 * Case studies from the feed, one at a time, as the WAI-ARIA Authoring Practices carousel pattern
 * describes: a labelled region with `aria-roledescription="carousel"`; each slide a group with
 * `aria-roledescription="slide"` named "N of M"; native previous and next buttons (they wrap:
 * next on the last slide shows the first, previous on the first shows the last); and, when
 * `interval` is set, a rotation control that comes first in the tab order.
 *
 * The slide picker is the APG's "grouped" variant: a labelled group of native buttons, with
 * `aria-disabled="true"` on the one for the slide on show. The "tabbed" variant would turn the
 * slides into tabpanels without the "slide" role description and the "N of M" names, which is
 * what this element promises, and native buttons need no scripted keyboard handling to be right.
 * The cost, which the APG names, is one tab stop per slide.
 *
 * Automatic rotation: it never starts by itself when the person prefers reduced motion (checked
 * at start and whenever the preference changes; the control still offers "Start"); it pauses
 * while the pointer is over the carousel and resumes when it leaves; it stops for good when
 * keyboard focus enters the carousel, until the person presses "Start" (a mouse click that
 * focuses a control does not count: the pointer is already pausing it, and counting it would
 * turn a click on "Stop" into "Start"); it also waits while focus is on a slide's link, so the
 * focused link is never hidden from under the person. The slides' live region is `off` while
 * slides are changing by themselves and `polite` otherwise, so changes a person asks for are
 * announced.
 *
 * Only the slide on show is rendered visibly and in the accessibility tree; the others are
 * `hidden` and `inert`, so their links cannot be reached. Slides can also be changed by swiping
 * with a finger or pen; with a mouse, dragging selects text as usual and the buttons change slides.
 * One case study is shown as a plain card, without carousel controls; none shows a message.
 *
 * @summary Case studies from the feed as an accessible carousel.
 * @tag map-case-study-carousel
 *
 * @slot fallback - Shown while the element cannot render (no JavaScript, or the script failed to load) and beside an error box; hidden once the element shows content. Put a link to the content's own page here.
 *
 * @csspart carousel - The carousel region (not present for a single case study).
 * @csspart controls - The row of carousel buttons above the slides.
 * @csspart rotation - The "Stop/Start automatic slide show" button.
 * @csspart previous - The "Previous slide" button.
 * @csspart next - The "Next slide" button.
 * @csspart picker - The group of buttons that show a given slide.
 * @csspart picker-button - One button in the picker.
 * @csspart picker-button-current - Added to the picker button of the slide on show.
 * @csspart slides - The box holding the slides (the live region).
 * @csspart slide - One case study: a slide, or the card when there is only one.
 * @csspart media - The fixed-ratio box around the image.
 * @csspart image - The case study's image.
 * @csspart body - The text of a case study.
 * @csspart title - The heading holding the case study's title.
 * @csspart organisation - The organisation the case study is from.
 * @csspart quote - The quotation with the person who said it.
 * @csspart person - Who said the quotation.
 * @csspart summary - The case study's summary.
 * @csspart link - The "Read the case study" link.
 * @csspart empty - The message shown when no case study matches.
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart error - The box explaining why the case studies cannot be shown.
 * @csspart retry - The "Try again" button in the error box.
 * @csspart notes - Review date, "due for review" note and source, when the feed gives them.
 * @csspart reviewed - The "Last reviewed" line.
 * @csspart review-due - The note that the information is due for review.
 * @csspart source - The "From …" line (with `source`).
 * @csspart saved-note - The note that a copy saved on an earlier visit is shown because the feed could not be fetched.
 *
 * @cssprop --map-text-colour - Text colour. Falls back to `--nhsuk-text-colour`, then `#212b32`.
 * @cssprop --map-secondary-text-colour - Organisation and person. Falls back to `--nhsuk-secondary-text-colour`, then `#4c6272`.
 * @cssprop --map-link-colour - Links, picker dots and the quote's rule. Falls back to `--nhsuk-link-colour`, then `#005eb8`.
 * @cssprop --map-link-hover-colour - Link hover colour. Falls back to `--nhsuk-link-hover-colour`, then `#7c2855`.
 * @cssprop --map-link-visited-colour - Visited link colour. Falls back to `--nhsuk-link-visited-colour`, then `#330072`.
 * @cssprop --map-link-active-colour - Active link colour. Falls back to `--nhsuk-link-active-colour`, then `#002f5c`.
 * @cssprop --map-focus-colour - Focus highlight. Falls back to `--nhsuk-focus-colour`, then `#ffeb3b`.
 * @cssprop --map-focus-text-colour - Text and underline on focus. Falls back to `--nhsuk-focus-text-colour`, then `#212b32`.
 * @cssprop --map-border-colour - Slide border. Falls back to `--nhsuk-border-colour`, then `#d8dde0`.
 * @cssprop --map-card-background-colour - Slide background. Falls back to `--nhsuk-card-background-colour`, then `#ffffff`.
 * @cssprop --map-secondary-button-text-colour - Previous, next and rotation buttons. Falls back to `--nhsuk-secondary-button-text-colour`, then `#005eb8`.
 * @cssprop --map-secondary-button-hover-colour - Their hover background. Falls back to `--nhsuk-secondary-button-hover-colour`, then `#d9e7f4`.
 * @cssprop --map-secondary-button-active-colour - Their pressed background. Falls back to `--nhsuk-secondary-button-active-colour`, then `#c7dcef`.
 * @cssprop --map-error-colour - Error box border. Falls back to `--nhsuk-error-colour`, then `#d5281b`.
 * @cssprop --map-skeleton-colour - Loading placeholder and the image box before the image arrives. Falls back to `--nhsuk-grey-5-colour`, then `#f0f4f5`.
 * @cssprop --map-space-s - Small gap. Default `8px`.
 * @cssprop --map-space-m - Medium gap. Default `16px`.
 * @cssprop --map-space-l - Large gap. Default `24px`.
 * @cssprop --map-radius - Corner radius of a slide. Default `0`, as NHS.UK cards.
 * @cssprop --map-border-width - Slide border width. Default `1px`.
 * @cssprop --map-case-study-carousel-image-ratio - Width to height of the image box, reserved before the image loads. Default `16 / 9`.
 * @cssprop --map-case-study-carousel-padding - Padding around a slide's text. Default `var(--map-space-l)`.
 * @cssprop --map-case-study-carousel-heading-size - Font size of a case study's title. Default `1.375em`.
 * @cssprop --map-case-study-carousel-min-height - Least height of the element, loading or loaded: set it to the height your tallest case study takes to hold exactly that space while the feed loads. Default none: the loading state holds a slide with a one-line title, a three-line quotation and a three-line summary.
 * @cssprop --map-case-study-carousel-dot-size - Size of a picker dot (its button is always at least 24px square). Default `14px`.
 */
export class MapCaseStudyCarouselElement extends MapElement<KeysOf<typeof caseStudyCarouselStrings>> {
  protected readonly t = translator(this.i18n, caseStudyCarouselStrings);
  static override styles = [baseStyles, caseStudyCarouselStyles, feedNoteStyles];

  /** The carousel's accessible name. Default: "Case studies", in the page's language. */
  @property() label?: string;

  /**
   * Milliseconds between slides when the slide show runs by itself. `0` or absent: it does not.
   * Any other value is kept between 5000 (5 seconds: a faster show cannot be read, and flashing
   * content is a seizure risk) and 60000 (one minute), with a console warning naming it.
   */
  @property() interval: number | string = 0;

  /** Level of each case study's title heading, 1 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 3;

  /**
   * Show only case studies for one profession: `advanced-critical-care-practitioner`,
   * `physician-assistant-anaesthesia`, `physician-associate` or `surgical-care-practitioner`.
   */
  @property({ reflect: true }) profession?: string;

  /** Show only case studies with any of these comma-separated tags. */
  @property({ reflect: true }) tag?: string;

  /** URL of a JSON Feed; wins over a surrounding `<map-feed>`. Default: the bundled sample feed. */
  @property({ reflect: true }) src?: string;

  /** Show who publishes the feed ("From NHS Employers"), from its `authors` or `home_page_url`. */
  @property({ type: Boolean, reflect: true }) source = false;

  /** Index of the slide on show. */
  @state() private current = 0;
  /** Image URLs that failed to load; their slides are shown as text only. */
  @state() private brokenImages: ReadonlySet<string> = new Set();

  readonly #feed = new FeedController(this);
  readonly #rotation = new SlideRotation(
    this,
    () => (this.#slides.length > 1 ? (parseInterval(this.interval) ?? 0) : 0),
    () => this.#show(this.current + 1),
  );
  readonly #swipe = new SlideSwipe(this, (by) => this.#show(this.current + by));
  #slides: readonly CaseStudyItem[] = [];
  /** The URL of the feed the slides are from. */
  #slidesFrom: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const feed = this.#feed.value;
    const profession = parseProfession(this.profession);
    const tags = profession === undefined ? undefined : parseTagFilter(this.tag, profession);
    const shown = this.#slides[this.current]?.id;
    this.#slides = feed && tags ? selectCaseStudies(feed.caseStudies, { tags }) : [];
    // Another feed or filter starts at the first slide; a fresh copy of the same feed replacing
    // the saved one keeps the slide on show.
    const same = feed !== undefined && feed.url === this.#slidesFrom && !changed.has('tag') && !changed.has('profession');
    this.#slidesFrom = feed?.url;
    this.current = same ? Math.max(0, this.#slides.findIndex((item) => item.id === shown)) : 0;
  }

  protected override render(): TemplateResult {
    const attributeError = this.#attributeError();
    if (attributeError) return attributeError;
    return this.#feed.render({
      loading: () => this.#loading(),
      ready: (feed) => html`${savedCopyNote(this.t, this.i18n.language, feed)}${this.#ready()}`,
      error: (error, retry) => feedErrorTemplate(this.t, error, retry),
    });
  }

  /** Shows slide `index`; a running slide show then waits a full interval before moving on. */
  #show(index: number): void {
    const count = this.#slides.length;
    const next = ((index % count) + count) % count;
    if (next === this.current) return;
    this.#rotation.restart();
    this.current = next;
  }

  #onImageError = (event: Event): void => {
    const src = (event.target as HTMLImageElement).getAttribute('src');
    if (src && !this.brokenImages.has(src)) this.brokenImages = new Set([...this.brokenImages, src]);
  };

  #attributeError(): TemplateResult | undefined {
    const attributeError = this.attributeErrors(
      intervalProblem(this.interval),
      headingLevelProblem(this.headingLevel, DEFAULT_HEADING_LEVEL),
      professionProblem(this.profession),
    );
    if (attributeError) return attributeError;
    const adjusted = intervalAdjustment(this.interval);
    if (adjusted) this.warnOnce(adjusted);
    return undefined;
  }

  /**
   * The carousel as it will be, with placeholders for its buttons and text: the controls row, the
   * image box and a slide's text in the same elements and classes, so the same paddings, gaps and
   * line heights, and so the same height for case studies with a one-line title, a three-line
   * quotation and a three-line summary, and no link (the bundled feed's case studies are examples
   * with no page of their own; a feed whose case studies link out grows by the link's line). Content
   * that differs from that is what
   * `--map-case-study-carousel-min-height` is for.
   */
  #loading(): TemplateResult {
    return loadingTemplate(
      this.t,
      html`<div class="carousel">
        <div class="controls" aria-hidden="true">
          <div class="nav">
            <span class="button skeleton-button">${PREVIOUS_ARROW}${this.t('carousel.previousSlide')}</span>
            <span class="button skeleton-button">${this.t('carousel.nextSlide')}${NEXT_ARROW}</span>
            <span class="picker"><span class="dot"></span></span>
          </div>
        </div>
        <div class="card">
          <div class="media"></div>
          <div class="body">
            <span class="title"><span class="skeleton skeleton--heading"></span></span>
            <span class="organisation"><span class="skeleton skeleton--organisation"></span></span>
            <figure class="quote">
              <blockquote>${skeletonLines(3)}</blockquote>
              <figcaption class="person"><span class="skeleton skeleton--organisation"></span></figcaption>
            </figure>
            <span class="summary">${skeletonLines(3)}</span>
          </div>
        </div>
      </div>`,
    );
  }

  #ready(): TemplateResult {
    const slides = this.#slides;
    if (slides.length === 0) return html`<p class="empty" part="empty">${this.t('carousel.empty')}</p>`;
    if (slides.length === 1) {
      return html`<article class="card" part="slide">${this.#content(slides[0]!)}</article>`;
    }
    const total = slides.length;
    const rotation = this.#rotation;
    return html`<section
      class="carousel"
      part="carousel"
      aria-roledescription=${this.t('carousel.roledescription')}
      aria-label=${this.label?.trim() || this.t('carousel.label')}
      @focusin=${rotation.listener}
      @focusout=${rotation.listener}
      @keydown=${rotation.listener}
      @pointerenter=${rotation.listener}
      @pointerleave=${rotation.listener}
    >
      <div class="controls" part="controls">
        ${rotation.available
          ? html`<button type="button" class="button rotation" part="rotation" @click=${() => rotation.toggle()}>
              ${rotation.on ? this.t('carousel.stopRotation') : this.t('carousel.startRotation')}
            </button>`
          : nothing}
        <div class="nav">
          <button type="button" class="button" part="previous" aria-controls="slides" @click=${() => this.#show(this.current - 1)}>
            ${PREVIOUS_ARROW}${this.t('carousel.previousSlide')}
          </button>
          <button type="button" class="button" part="next" aria-controls="slides" @click=${() => this.#show(this.current + 1)}>
            ${this.t('carousel.nextSlide')}${NEXT_ARROW}
          </button>
          <div class="picker" part="picker" role="group" aria-label=${this.t('carousel.chooseSlide')}>
            ${repeat(
              slides,
              (item) => item.id,
              (item, index) => {
                const current = index === this.current;
                return html`<button
                  type="button"
                  class="dot"
                  part=${current ? 'picker-button picker-button-current' : 'picker-button'}
                  aria-controls="slides"
                  aria-disabled=${current ? 'true' : 'false'}
                  @click=${() => this.#show(index)}
                >
                  <span class="visually-hidden">${this.t('carousel.showSlide', { n: index + 1, total, title: item.title })}</span>
                </button>`;
              },
            )}
          </div>
        </div>
      </div>
      <div
        class="slides"
        id="slides"
        part="slides"
        aria-live=${rotation.running ? 'off' : 'polite'}
        aria-atomic="false"
        @pointerdown=${this.#swipe.listener}
        @pointerup=${this.#swipe.listener}
        @pointercancel=${this.#swipe.listener}
      >
        ${repeat(
          slides,
          (item) => item.id,
          (item, index) => {
            const shown = index === this.current;
            return html`<div
              class="card slide"
              part="slide"
              role="group"
              aria-roledescription=${this.t('carousel.slideRoledescription')}
              aria-label=${this.t('carousel.slideLabel', { n: index + 1, total })}
              ?hidden=${!shown}
              .inert=${!shown}
            >
              ${this.#content(item)}
            </div>`;
          },
        )}
      </div>
    </section>`;
  }

  /**
   * A case study's content. Guarded, so changing slides updates only the slides' visibility,
   * not the text and images of every slide.
   */
  #content(item: CaseStudyItem): unknown {
    const broken = item.image ? this.brokenImages.has(item.image.src) : false;
    const heading = headingTag(this.headingLevel, DEFAULT_HEADING_LEVEL) as StaticValue;
    const { t, source } = this;
    const language = this.i18n.language;
    return guard([item, language, broken, source, heading], () =>
      caseStudyTemplate(item, { t, language, heading, source, broken, onImageError: this.#onImageError }),
    );
  }
}
