import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MapElement } from '../../core/map-element.js';
import { currentPageId } from '../../core/page.js';
import { FeedController } from '../../feed/feed-controller.js';
import { loadFeed } from '../../feed/feed-cache.js';
import { safeUrl } from '../../feed/safe-url.js';
import type { Feed, FeedItem } from '../../feed/types.js';
import { sendBookmarkChange } from '../../delivery/bookmark-changes.js';
import { startDeliveryWith } from '../../delivery/page-queue.js';
import { deliverableUrl } from '../../delivery/submission.js';
import { BOOKMARKS_KEY, toBookmarks, withBookmark, withoutBookmark } from '../../storage/bookmarks.js';
import { storageNoticeStyles, storageNoticeTemplate } from '../../storage/storage-notice.js';
import { StoredValue } from '../../storage/stored-value.js';
import { baseStyles } from '../../theme/theme.js';
import { bookmarkButtonStyles } from './bookmark-button.styles.js';
import { MapBookmarkChangeEvent } from './events.js';
import { translator, type KeysOf } from '../../i18n/i18n.js';
import { bookmarkButtonStrings } from './bookmark-button.strings.js';
import { storageStrings } from '../../storage/storage.strings.js';


function findItem(feed: Feed, id: string): FeedItem | undefined {
  return [...feed.roles, ...feed.news, ...feed.caseStudies].find((item) => item.id === id);
}

const ICON_PATH = 'M6 3.5h12v17l-6-4.2-6 4.2z';

/**
 * A button that saves this page, or one feed item, to the reader's bookmarks in this browser:
 * no login, shown by `<map-bookmark-list>` on any page of the site.
 *
 * It is a toggle (`aria-pressed`) that shows "Bookmark" and is named after what it saves
 * ("Bookmark Physician associates"), so several on one page can be told apart; the name stays the
 * same in both states, as the APG button pattern asks. The state shows as a filled button and
 * filled icon, and a polite status message
 * ("Bookmarked", "Bookmark removed") confirms each change. Every button for the same item, on
 * this page or in other tabs, shows the same state at once. With an `endpoint`, each change is
 * also posted, durably, through the page's delivery queue.
 *
 * @summary A "Bookmark" toggle button for this page or a feed item.
 * @tag map-bookmark-button
 *
 * @fires {MapBookmarkChangeEvent} map-bookmark-change - The user bookmarked or un-bookmarked. `detail`: `{ id, bookmarked, title, url }`.
 *
 * @slot fallback - Shown while the element cannot render (no JavaScript, or the script failed to load) and beside an error box; hidden once the element shows content. Put a link to the content's own page here.
 *
 * @csspart button - The toggle button.
 * @csspart icon - The bookmark icon inside the button (decorative).
 * @csspart status - The visually hidden status message announcing each change.
 * @csspart storage-notice - The note shown after a change when bookmarks cannot be saved in this browser.
 * @csspart refused - The alert shown when `endpoint` refused a change (a 4xx answer); the bookmark itself is kept.
 * @csspart error - The box explaining a bad attribute.
 *
 * @cssprop --map-text-colour - Text colour (error box, refused alert). Falls back to `--nhsuk-text-colour`, then `#212b32`.
 * @cssprop --map-secondary-text-colour - The storage note's colour. Falls back to `--nhsuk-secondary-text-colour`, then `#4c6272`.
 * @cssprop --map-secondary-button-text-colour - Button border and text. Falls back to `--nhsuk-secondary-button-text-colour`, then `#005eb8`.
 * @cssprop --map-secondary-button-hover-colour - Button background on hover. Falls back to `--nhsuk-secondary-button-hover-colour`, then `#d9e7f4`.
 * @cssprop --map-secondary-button-active-colour - Button background while pressed down. Falls back to `--nhsuk-secondary-button-active-colour`, then `#c7dcef`.
 * @cssprop --map-bookmark-button-pressed-colour - Background when bookmarked. Default: the button text colour.
 * @cssprop --map-bookmark-button-pressed-text-colour - Text and icon when bookmarked. Default: `--map-card-background-colour`, then `#ffffff`.
 * @cssprop --map-card-background-colour - Error box background and default bookmarked text. Falls back to `--nhsuk-card-background-colour`, then `#ffffff`.
 * @cssprop --map-link-active-colour - Background when bookmarked and hovered. Falls back to `--nhsuk-link-active-colour`, then `#002f5c`.
 * @cssprop --map-focus-colour - Focus highlight. Falls back to `--nhsuk-focus-colour`, then `#ffeb3b`.
 * @cssprop --map-focus-text-colour - Text and outline on focus. Falls back to `--nhsuk-focus-text-colour`, then `#212b32`.
 * @cssprop --map-error-colour - Error box border and the refused alert's edge. Falls back to `--nhsuk-error-colour`, then `#d5281b`.
 * @cssprop --map-space-s - Gap between icon and text. Default `8px`.
 * @cssprop --map-space-m - Padding of the error box. Default `16px`.
 * @cssprop --map-space-l - Padding of the error box on wider screens. Default `24px`.
 */
export class MapBookmarkButtonElement extends MapElement<KeysOf<typeof bookmarkButtonStrings | typeof storageStrings>> {
  protected readonly t = translator(this.i18n, bookmarkButtonStrings, storageStrings);
  static override styles = [baseStyles, storageNoticeStyles, bookmarkButtonStyles];

  /**
   * The id of the feed item to bookmark. Omitted: this page, identified by its
   * `<link rel="canonical">`, else its address without the `#fragment`.
   */
  @property({ attribute: 'item-id', reflect: true }) itemId?: string;

  /** Title to save. Default: the feed item's title, else the page's `document.title`. */
  @property() label?: string;

  /** Address to save. Default: the feed item's URL, else the page's canonical address. */
  @property() url?: string;

  /**
   * Where to POST each change as JSON (`{ submissionId, itemId, bookmarked, title, url,
   * changedAt }`), delivered through the retrying, persisted delivery queue.
   */
  @property({ reflect: true }) endpoint?: string;

  /** URL of the JSON Feed that `item-id` is looked up in; wins over a surrounding `<map-feed>`. */
  @property({ reflect: true }) src?: string;

  /** The status message this element last announced, kept as a key so it follows `lang`. */
  @state() private _announced?: 'bookmark.added' | 'bookmark.removed';

  /** The storage note is shown only once the user has used the button, not on every button. */
  @state() private _used = false;

  /** The HTTP status with which `endpoint` refused this button's last change, if it did. */
  @state() private _refused?: number;

  readonly #bookmarks = new StoredValue<unknown>(this, BOOKMARKS_KEY);

  constructor() {
    super();
    // What an earlier page left in the delivery queue is sent once such an element is on the page.
    startDeliveryWith(this);
  }
  /** Created only when a title or URL must come from the feed, so plain page buttons load nothing. */
  #feed?: FeedController;
  #busy = false;

  /** The id this button saves under. */
  get bookmarkId(): string {
    return this.itemId?.trim() || currentPageId(true);
  }

  /** Whether the item is bookmarked in this browser. */
  get bookmarked(): boolean {
    const id = this.bookmarkId;
    return toBookmarks(this.#bookmarks.value).some((b) => b.id === id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#feed && this.#needsFeed()) this.#feed = new FeedController(this);
    super.willUpdate(changed);
  }

  protected override render(): TemplateResult {
    const endpoint = this.endpoint?.trim();
    const attributeError = this.attributeErrors(
      endpoint && !deliverableUrl(endpoint)
        ? {
            warning: `endpoint "${endpoint}" is not an http(s) URL; bookmarks cannot be sent to it.`,
            key: 'error.bookmark-endpoint',
            params: { value: endpoint },
          }
        : undefined,
    );
    if (attributeError) return attributeError;
    const pressed = this.bookmarked;
    // A message that no longer matches the state (changed by another button or tab) is stale.
    const announcement = this._announced === (pressed ? 'bookmark.added' : 'bookmark.removed') ? this._announced : undefined;
    return html`<button
        type="button"
        class="button"
        part="button"
        aria-pressed=${pressed ? 'true' : 'false'}
        aria-label=${this.#name()}
        @click=${this.#toggle}
      >
        <svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d=${ICON_PATH}></path>
        </svg>
        <span>${this.t('bookmark.button')}</span>
      </button>
      <span class="visually-hidden" part="status" role="status">${announcement ? this.t(announcement) : ''}</span>
      ${this._refused
        ? html`<p class="refused" part="refused" role="alert">${this.t('bookmark.refused', { status: this._refused })}</p>`
        : nothing}
      ${this._used
        ? storageNoticeTemplate(this.t, this.#bookmarks.status, {
            memory: 'storage.bookmarks.memory',
            corrupt: 'storage.bookmarks.corrupt',
          })
        : nothing}`;
  }

  /**
   * "Bookmark" and the title of what it saves, from the same sources as the saved title: `label`,
   * else the feed item (plain "Bookmark" until the feed arrives), else the page's title.
   */
  #name(): string {
    const title = this.label?.trim() || (this.itemId?.trim() ? this.#loadedItem()?.title : document.title.trim());
    return title ? this.t('bookmark.name', { title }) : this.t('bookmark.button');
  }

  #loadedItem(): FeedItem | undefined {
    const feed = this.#feed?.value;
    return feed ? findItem(feed, this.bookmarkId) : undefined;
  }

  #needsFeed(): boolean {
    return Boolean(this.itemId?.trim()) && !(this.label?.trim() && this.url?.trim());
  }

  #toggle = async (): Promise<void> => {
    // A second click while the feed is still being read for the first must not toggle twice.
    if (this.#busy) return;
    this.#busy = true;
    try {
      const id = this.bookmarkId;
      const existing = toBookmarks(this.#bookmarks.value).find((b) => b.id === id);
      const { title, url } = existing ?? (await this.#details(id));
      const bookmarked = !existing;
      const now = Date.now();
      const endpoint = deliverableUrl(this.endpoint);
      this.#bookmarks.update((current) =>
        bookmarked
          ? withBookmark(current, { id, title, url, savedAt: now, ...(endpoint ? { endpoint } : {}) })
          : withoutBookmark(current, id),
      );
      this._announced = bookmarked ? 'bookmark.added' : 'bookmark.removed';
      this._used = true;
      this._refused = undefined;
      this.dispatchEvent(new MapBookmarkChangeEvent({ id, bookmarked, title, url }));
      // Refused (a 4xx): the bookmark stays saved in this browser; the user learns only that the
      // site did not record it.
      if (endpoint) sendBookmarkChange(endpoint, { itemId: id, bookmarked, title, url, changedAt: now }, (status) => (this._refused = status));
    } finally {
      this.#busy = false;
    }
  };

  /** What to save: the attributes, else the feed item, else this page. */
  async #details(id: string): Promise<{ title: string; url: string }> {
    const item = this.#needsFeed() ? await this.#feedItem(id) : undefined;
    const title = this.label?.trim() || item?.title || document.title.trim() || id;
    const givenUrl = this.url?.trim();
    let url = givenUrl ? safeUrl(givenUrl, document.baseURI) : undefined;
    if (givenUrl && !url) this.warnOnce(`url "${givenUrl}" is not an http(s) URL; saving the page's address instead.`);
    url ??= item?.url ?? currentPageId(true);
    return { title, url };
  }

  async #feedItem(id: string): Promise<FeedItem | undefined> {
    const controller = this.#feed;
    let feed = controller?.value;
    if (!feed && controller?.url) {
      // The same cached promise the controller is waiting on: no second request.
      feed = await loadFeed(controller.url).catch(() => undefined);
    }
    const item = feed ? findItem(feed, id) : undefined;
    if (feed && !item) this.warnOnce(`item-id "${id}" is not in the feed ${feed.url}; using this page's title and address where label or url is not given.`);
    return item;
  }
}
