import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { headingLevelProblem, intervalAdjustment, intervalProblem, parseInterval, professionProblem } from '../../core/attributes.js';
import { headingTag } from '../../core/heading.js';
import { MapElement } from '../../core/map-element.js';
import { feedErrorTemplate, loadingTemplate, skeletonLines } from '../../core/states.js';
import { contentLang, feedNoteStyles, itemNotes, savedCopyNote } from '../../core/feed-notes.js';
import { FeedController } from '../../feed/feed-controller.js';
import { isProfession } from '../../feed/professions.js';
import { carriesAny, parseTags } from '../../feed/tags.js';
import type { CaseStudyItem, Feed } from '../../feed/types.js';
import { baseStyles } from '../../theme/theme.js';
import { caseStudyCarouselStyles } from './case-study-carousel.styles.js';
import { translator, type KeysOf } from '../../i18n/i18n.js';
import { caseStudyCarouselStrings } from './case-study-carousel.strings.js';

export interface CaseStudyFilter {
  /** Comma-separated tags; a case study matches when it has any of them. */
  tag?: string | undefined;
  /** A profession id, shorthand for that tag. */
  profession?: string | undefined;
}

export type CaseStudySelection =
  | { items: readonly CaseStudyItem[] }
  | { problem: 'unknown-profession'; profession: string };

const PREVIOUS_ARROW = html`<svg class="arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M15.5 5 8.5 12l7 7" /></svg>`;
const NEXT_ARROW = html`<svg class="arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="m8.5 5 7 7-7 7" /></svg>`;

/**
 * The case studies to show, in feed order. `tag` and `profession` together widen the match
 * (any of the tags, or the profession's tag), as they do for `<map-news-list>`, and tags
 * compare the same way (src/feed/tags.ts: case ignored; spaces, hyphens and underscores alike).
 */
export function selectCaseStudies(feed: Pick<Feed, 'caseStudies'>, filter: CaseStudyFilter = {}): CaseStudySelection {
  const profession = filter.profession?.trim();
  if (profession && !isProfession(profession)) return { problem: 'unknown-profession', profession };
  const wanted = parseTags(filter.tag);
  if (profession && !wanted.includes(profession)) wanted.push(profession);
  if (!wanted.length) return { items: feed.caseStudies };
  return { items: feed.caseStudies.filter((item) => carriesAny(item, wanted)) };
}

/** A horizontal finger movement shorter than this is a tap or a wobble, not a swipe. */
const SWIPE_THRESHOLD_PX = 48;

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
  /** The person stopped the slide show (the button, or keyboard focus entering). */
  @state() private stoppedByUser = false;
  /** The person pressed "Start", which overrides a preference for reduced motion. */
  @state() private startedByUser = false;
  @state() private hovered = false;
  /**
   * Focus is on something inside the slides (a slide's link). Rotating then would hide the
   * focused element and drop focus to the page, so the show waits, as it does for the pointer.
   */
  @state() private focusInSlides = false;
  @state() private reducedMotion = false;
  /** Image URLs that failed to load; their slides are shown as text only. */
  @state() private brokenImages: ReadonlySet<string> = new Set();

  readonly #feed = new FeedController(this);
  #slides: readonly CaseStudyItem[] = [];
  #selectedFrom: { feed?: Feed | undefined; tag?: string | undefined; profession?: string | undefined } = {};
  #timer: ReturnType<typeof setTimeout> | undefined;
  #motion: MediaQueryList | undefined;
  #keyboardInside = false;
  #swipe: { pointerId: number; x: number; y: number } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#motion = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion = this.#motion.matches;
    this.#motion.addEventListener('change', this.#onMotionChange);
    // A carousel moved in the page keeps its state but needs its timer back.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#motion?.removeEventListener('change', this.#onMotionChange);
    this.#motion = undefined;
    this.#stopTimer();
    // The pointer cannot be over a carousel that is not in the page, and no leave event will come.
    this.hovered = false;
    this.focusInSlides = false;
    this.#keyboardInside = false;
    this.#swipe = undefined;
  }

  protected override willUpdate(): void {
    const feed = this.#feed.value;
    const from = this.#selectedFrom;
    if (feed === from.feed && this.tag === from.tag && this.profession === from.profession) return;
    this.#selectedFrom = { feed, tag: this.tag, profession: this.profession };
    const selection = feed ? selectCaseStudies(feed, { tag: this.tag, profession: this.profession }) : undefined;
    const shown = this.#slides[this.current]?.id;
    this.#slides = selection && 'items' in selection ? selection.items : [];
    // A fresh copy of the same feed replacing the saved one keeps the slide on show.
    const same = feed && from.feed?.url === feed.url && this.tag === from.tag && this.profession === from.profession;
    this.current = same ? Math.max(0, this.#slides.findIndex((item) => item.id === shown)) : 0;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#running) this.#timer ??= setTimeout(this.#advance, parseInterval(this.interval));
    else this.#stopTimer();
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

  /** Whether this carousel has a slide show at all (and so a rotation control). */
  get #rotates(): boolean {
    return (parseInterval(this.interval) ?? 0) > 0 && this.#slides.length > 1;
  }

  /** Whether the slide show is switched on: the rotation control offers "Stop". */
  get #rotationOn(): boolean {
    return this.#rotates && !this.stoppedByUser && (!this.reducedMotion || this.startedByUser);
  }

  /** Whether slides are changing by themselves right now. */
  get #running(): boolean {
    return this.#rotationOn && !this.hovered && !this.focusInSlides && this.isConnected;
  }

  #advance = (): void => {
    this.#timer = undefined;
    this.current = (this.current + 1) % this.#slides.length;
  };

  #stopTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Shows slide `index`; a running slide show then waits a full interval before moving on. */
  #show(index: number): void {
    const count = this.#slides.length;
    const next = ((index % count) + count) % count;
    if (next === this.current) return;
    this.#stopTimer();
    this.current = next;
  }

  #onMotionChange = (event: MediaQueryListEvent): void => {
    this.reducedMotion = event.matches;
  };

  #toggleRotation = (): void => {
    const on = this.#rotationOn;
    this.stoppedByUser = on;
    this.startedByUser = !on;
  };

  #stopForKeyboard(): void {
    if (!this.#rotationOn) return;
    this.stoppedByUser = true;
    this.startedByUser = false;
  }

  #onFocusIn = (event: FocusEvent): void => {
    const target = event.target as Element;
    this.focusInSlides = target.closest('.slides') !== null;
    if (!target.matches(':focus-visible')) return;
    const carousel = event.currentTarget as Element;
    const from = event.relatedTarget as Node | null;
    const entering = !this.#keyboardInside || !from || !carousel.contains(from);
    this.#keyboardInside = true;
    if (entering) this.#stopForKeyboard();
  };

  /**
   * A key pressed on a control that a click focused means the keyboard is in the carousel now,
   * though no focus event says so. On the rotation control the key does what its label says.
   */
  #onKeyDown = (event: KeyboardEvent): void => {
    if (this.#keyboardInside) return;
    this.#keyboardInside = true;
    if (!(event.target as Element).matches('[part~="rotation"]')) this.#stopForKeyboard();
  };

  #onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Element | null;
    if (!to?.closest('.slides')) this.focusInSlides = false;
    if (!to || !(event.currentTarget as Element).contains(to)) this.#keyboardInside = false;
  };

  #onPointerEnter = (): void => {
    this.hovered = true;
  };

  #onPointerLeave = (): void => {
    this.hovered = false;
  };

  #onPointerDown = (event: PointerEvent): void => {
    if (!event.isPrimary || event.pointerType === 'mouse') return;
    this.#swipe = { pointerId: event.pointerId, x: event.clientX, y: event.clientY };
  };

  #onPointerUp = (event: PointerEvent): void => {
    const start = this.#swipe;
    if (!start || start.pointerId !== event.pointerId) return;
    this.#swipe = undefined;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < SWIPE_THRESHOLD_PX || Math.abs(dx) <= Math.abs(dy)) return;
    // Content follows the finger: swiping towards the start edge brings in what comes next.
    const towardsStart = getComputedStyle(this).direction === 'rtl' ? dx > 0 : dx < 0;
    this.#show(this.current + (towardsStart ? 1 : -1));
  };

  #onPointerCancel = (): void => {
    this.#swipe = undefined;
  };

  #onImageError = (event: Event): void => {
    const src = (event.target as HTMLImageElement).getAttribute('src');
    if (src && !this.brokenImages.has(src)) this.brokenImages = new Set([...this.brokenImages, src]);
  };

  #attributeError(): TemplateResult | undefined {
    const attributeError = this.attributeErrors(
      intervalProblem(this.interval),
      headingLevelProblem(this.headingLevel),
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
    const rotates = this.#rotates;
    const on = this.#rotationOn;
    return html`<section
      class="carousel"
      part="carousel"
      aria-roledescription=${this.t('carousel.roledescription')}
      aria-label=${this.label?.trim() || this.t('carousel.label')}
      @focusin=${this.#onFocusIn}
      @focusout=${this.#onFocusOut}
      @keydown=${this.#onKeyDown}
      @pointerenter=${this.#onPointerEnter}
      @pointerleave=${this.#onPointerLeave}
    >
      <div class="controls" part="controls">
        ${rotates
          ? html`<button type="button" class="button rotation" part="rotation" @click=${this.#toggleRotation}>
              ${on ? this.t('carousel.stopRotation') : this.t('carousel.startRotation')}
            </button>`
          : nothing}
        <div class="nav">
          <button
            type="button"
            class="button"
            part="previous"
            aria-controls="slides"
            @click=${() => this.#show(this.current - 1)}
          >
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
        aria-live=${this.#running ? 'off' : 'polite'}
        aria-atomic="false"
        @pointerdown=${this.#onPointerDown}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${this.#onPointerCancel}
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
    const heading = headingTag(this.headingLevel) as StaticValue;
    return guard([item, this.i18n.language, broken, this.source, heading], () => {
      const image = item.image && !broken ? item.image : undefined;
      const lang = contentLang(item.lang, this.i18n.language);
      return html`${image
          ? html`<div class="media" part="media">
              <img
                class="image"
                part="image"
                src=${image.src}
                alt=${image.alt}
                loading="lazy"
                decoding="async"
                referrerpolicy="strict-origin-when-cross-origin"
                draggable="false"
                @error=${this.#onImageError}
              />
            </div>`
          : nothing}
        <div class="body" part="body">
          ${staticHtml`<${heading} class="title" part="title" lang=${ifDefined(lang)}>${item.title}</${heading}>`}
          <p class="organisation" part="organisation" lang=${ifDefined(lang)}>${item.organisation}</p>
          ${item.quote
            ? html`<figure class="quote" part="quote" lang=${ifDefined(lang)}>
                <blockquote><p>${item.quote}</p></blockquote>
                ${item.person ? html`<figcaption class="person" part="person">${item.person}</figcaption>` : nothing}
              </figure>`
            : item.person
              ? html`<p class="person" part="person" lang=${ifDefined(lang)}>${item.person}</p>`
              : nothing}
          ${item.summary ? html`<p class="summary" part="summary" lang=${ifDefined(lang)}>${item.summary}</p>` : nothing}
          ${itemNotes(this.t, this.i18n.language, item, { source: this.source })}
          ${item.url
            ? html`<a
                class="link"
                part="link"
                href=${item.url}
                aria-label=${this.t('carousel.readCaseStudy') + this.t('carousel.readCaseStudyAbout', { title: item.title })}
                >${this.t('carousel.readCaseStudy')}</a
              >`
            : nothing}
        </div>`;
    });
  }
}
