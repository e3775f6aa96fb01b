import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingLevelProblem, limitProblem, parseHeadingLevel, parseLimit, parseProfession, professionProblem } from '../../core/attributes.js';
import { headingTag } from '../../core/heading.js';
import { keyedNodes } from '../../core/keyed-nodes.js';
import { MapElement } from '../../core/map-element.js';
import { feedErrorTemplate, loadingTemplate, skeletonLines } from '../../core/states.js';
import { feedNoteStyles, savedCopyNote } from '../../core/feed-notes.js';
import { FeedController } from '../../feed/feed-controller.js';
import { parseTagFilter } from '../../feed/tags.js';
import type { Feed } from '../../feed/types.js';
import { translator, type KeysOf } from '../../i18n/i18n.js';
import { baseStyles } from '../../theme/theme.js';
import { newsListStyles } from './news-list.styles.js';
import { readTags, selectNews } from './select-news.js';
import { newsListStrings } from './news-list.strings.js';
import { newsItemView } from './news-item.js';


const DEFAULT_LIMIT = 5;
/** `heading-level` when it is not set (the property's initial value too, written out for the manifest). */
const DEFAULT_HEADING_LEVEL = 2;
/** Enough placeholder rows to hold the space of a typical list without building a huge one. */
const MAX_SKELETON_ITEMS = 10;

/**
 * A list of news items from the feed, newest first (undated items last): each with its title as
 * a link, summary, publication date in the page's language and a "View article" link, drawn like
 * the "Related News" list on NHS Employers' pages. Filter by tag or profession, limit the length,
 * and optionally let readers show more.
 *
 * Works with any JSON Feed 1.1: items without `_map` are news, and fields the list does not use
 * (`content_html`, `authors`, `attachments`…) are never rendered.
 *
 * @summary A list of news items from the feed, newest first.
 * @tag map-news-list
 *
 * @slot fallback - Shown while the element cannot render (no JavaScript, or the script failed to load) and beside an error box; hidden once the element shows content. Put a link to the content's own page here.
 *
 * @csspart heading - The list's heading, when `heading` is set.
 * @csspart list - The list of news items.
 * @csspart item - One news item.
 * @csspart title - The heading holding an item's title.
 * @csspart link - The link on an item's title.
 * @csspart summary - An item's summary paragraph.
 * @csspart date - The line with an item's publication date.
 * @csspart view-link - An item's "View article" link.
 * @csspart more-button - The "Show more news" button (with `more`).
 * @csspart empty - The message shown when no news matches.
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart error - The box explaining why the list cannot be shown.
 * @csspart retry - The "Try again" button in the error box.
 * @csspart saved-note - The note that a copy saved on an earlier visit is shown because the feed could not be fetched.
 *
 * @cssprop --map-text-colour - Text colour. Falls back to `--nhsuk-text-colour`, then `#212b32`.
 * @cssprop --map-secondary-text-colour - Colour of dates. Falls back to `--nhsuk-secondary-text-colour`, then `#4c6272`.
 * @cssprop --map-link-colour - Link colour. Falls back to `--nhsuk-link-colour`, then `#005eb8`.
 * @cssprop --map-link-hover-colour - Link hover colour. Falls back to `--nhsuk-link-hover-colour`, then `#7c2855`.
 * @cssprop --map-link-visited-colour - Visited link colour. Falls back to `--nhsuk-link-visited-colour`, then `#330072`.
 * @cssprop --map-link-active-colour - Active link colour. Falls back to `--nhsuk-link-active-colour`, then `#002f5c`.
 * @cssprop --map-focus-colour - Focus highlight. Falls back to `--nhsuk-focus-colour`, then `#ffeb3b`.
 * @cssprop --map-focus-text-colour - Text and underline on focus. Falls back to `--nhsuk-focus-text-colour`, then `#212b32`.
 * @cssprop --map-border-colour - Lines between items. Falls back to `--nhsuk-border-colour`, then `#d8dde0`.
 * @cssprop --map-card-background-colour - Background of the error box. Falls back to `--nhsuk-card-background-colour`, then `#ffffff`.
 * @cssprop --map-error-colour - Error box border. Falls back to `--nhsuk-error-colour`, then `#d5281b`.
 * @cssprop --map-secondary-button-text-colour - "Show more" button text and border. Falls back to `--nhsuk-secondary-button-text-colour`, then `#005eb8`.
 * @cssprop --map-secondary-button-hover-colour - "Show more" button hover background. Falls back to `--nhsuk-secondary-button-hover-colour`, then `#d9e7f4`.
 * @cssprop --map-secondary-button-active-colour - "Show more" button pressed background. Falls back to `--nhsuk-secondary-button-active-colour`, then `#c7dcef`.
 * @cssprop --map-skeleton-colour - Loading placeholder. Falls back to `--nhsuk-grey-5-colour`, then `#f0f4f5`.
 * @cssprop --map-space-xs - Smallest gap. Default `4px`.
 * @cssprop --map-space-s - Small gap. Default `8px`.
 * @cssprop --map-space-m - Medium gap. Default `16px`.
 * @cssprop --map-space-l - Large gap. Default `24px`.
 * @cssprop --map-border-width - Width of the lines between items. Default `1px`.
 * @cssprop --map-news-list-heading-size - Font size of the list's heading. Default `1.5em`.
 * @cssprop --map-news-list-title-size - Font size of each item's title. Default `1.1875em`.
 * @cssprop --map-news-list-item-gap - Space between items. Default `var(--map-space-m)`.
 * @cssprop --map-news-list-min-height - Least height of the element, loading or loaded: set it to the height your list takes to hold exactly that space while the feed loads. Default none: the loading state holds `limit` items of a one-line title, a date and a two-line summary.
 */
export class MapNewsListElement extends MapElement<KeysOf<typeof newsListStrings>> {
  protected readonly t = translator(this.i18n, newsListStrings);
  static override styles = [baseStyles, newsListStyles, feedNoteStyles];

  // Literal defaults (not the constants above): the initialiser's text is what
  // custom-elements.json, and so the Storybook docs, show as the default.
  /** How many items to show, and how many more each "Show more" reveals. A whole number ≥ 1. */
  @property() limit: number | string = 5;

  /**
   * Comma-separated tags; an item is shown if it has any of them. Case is ignored, and spaces,
   * hyphens and underscores count alike (`Physician Associate` matches `physician-associate`).
   */
  @property({ reflect: true }) tag?: string;

  /**
   * Shorthand for a `tag` of one profession id: `advanced-critical-care-practitioner`,
   * `physician-assistant-anaesthesia`, `physician-associate` or `surgical-care-practitioner`.
   * Combined with `tag`, an item is shown if it has any of the tags.
   */
  @property({ reflect: true }) profession?: string;

  /** Visible heading above the list. None by default, for pages that have their own. */
  @property() heading?: string;

  /**
   * Level of the list's heading, 1 to 6, to fit the page's outline. Item titles are one level
   * below it (at most 6), even when `heading` is not set, so set it to the level your own
   * heading for the list has.
   */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /**
   * Adds a "Show more news" button that reveals the next `limit` items and moves keyboard focus
   * to the first of them; it goes away when every matching item is shown.
   */
  @property({ type: Boolean, reflect: true }) more = false;

  /** URL of a JSON Feed; wins over a surrounding `<map-feed>`. Default: the bundled sample feed. */
  @property({ reflect: true }) src?: string;

  /** How many times "Show more" has been pressed for the current filter. */
  @state() private pages = 0;

  readonly #feed = new FeedController(this);
  /** The feed whose tags `readTags` has worked out. */
  #tagsRead?: Feed;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('limit') || changed.has('tag') || changed.has('profession') || changed.has('src')) {
      this.pages = 0;
    }
  }

  protected override render(): TemplateResult {
    const attributeError = this.attributeErrors(
      headingLevelProblem(this.headingLevel, DEFAULT_HEADING_LEVEL),
      limitProblem(this.limit, DEFAULT_LIMIT, 'error.limit-invalid'),
      professionProblem(this.profession),
    );
    if (attributeError) return attributeError;
    const heading = headingTag(this.headingLevel, DEFAULT_HEADING_LEVEL)!;
    const limit = parseLimit(this.limit, DEFAULT_LIMIT)!;
    const tags = parseTagFilter(this.tag, parseProfession(this.profession) ?? '');

    return html`${this.heading?.trim()
      ? staticHtml`<${heading} class="heading" part="heading">${this.heading}</${heading}>`
      : nothing}${this.#feed.render({
      loading: () => this.#loading(limit),
      ready: (feed) => this.#ready(feed, tags, limit),
      error: (error, retry) => feedErrorTemplate(this.t, error, retry),
    })}`;
  }

  /**
   * `limit` items as they will be, with placeholder lines for their text: the same elements and
   * classes as real items, so the same gaps, rules and line heights, and so the same height for
   * items with a one-line title, a date and a two-line summary. Lists whose items run longer or
   * shorter than that can hold their exact space with `--map-news-list-min-height`.
   */
  #loading(limit: number): TemplateResult {
    const item = html`<li class="item">
      <span class="title"><span class="skeleton skeleton--title"></span></span>
      <span class="date"><span class="skeleton skeleton--date"></span></span>
      <span class="summary">${skeletonLines(2)}</span>
      <span class="view"><span class="skeleton skeleton--view"></span></span>
    </li>`;
    const rows = Array.from({ length: Math.min(limit, MAX_SKELETON_ITEMS) }, () => item);
    return loadingTemplate(this.t, html`<ul class="list">${rows}</ul>`);
  }

  #ready(feed: Feed, tags: readonly string[], limit: number): TemplateResult {
    if (feed !== this.#tagsRead) {
      readTags(feed.news);
      this.#tagsRead = feed;
    }
    const { items, more } = selectNews(feed.news, { tags, count: limit * (this.pages + 1) });
    if (!items.length) return html`<p class="empty" part="empty">${this.t('news.empty')}</p>`;
    const titleLevel = Math.min(parseHeadingLevel(this.headingLevel, DEFAULT_HEADING_LEVEL)! + 1, 6);
    const view = newsItemView(titleLevel, this.i18n.language);
    // Keyed: an item that stays keeps its node (and focus), and costs nothing to re-render.
    return html`${savedCopyNote(this.t, this.i18n.language, feed)}<ul class="list" part="list"
        >${keyedNodes(items, (item) => item.id, view)}</ul
      >
      ${this.more && more
        ? html`<button type="button" class="button more" part="more-button" @click=${this.#showMore}>
            ${this.t('news.showMore')}
          </button>`
        : nothing}`;
  }

  #showMore = async (): Promise<void> => {
    const first = parseLimit(this.limit, DEFAULT_LIMIT)! * (this.pages + 1);
    this.pages += 1;
    await this.updateComplete;
    const item = this.renderRoot.querySelector('.list')?.children[first];
    if (!item) return;
    const link = item.querySelector<HTMLElement>('a[href]');
    if (link) {
      link.focus();
      return;
    }
    // An item without a URL has nothing focusable; its title takes focus so the reader lands there.
    const heading = item.querySelector<HTMLElement>('.title');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  };
}
