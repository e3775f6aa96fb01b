import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { headingLevelProblem, limitProblem, parseLimit } from '../../core/attributes.js';
import { headingTag } from '../../core/heading.js';
import { MapElement } from '../../core/map-element.js';
import { safeUrl } from '../../feed/safe-url.js';
import { formatDate, isoDate } from '../../i18n/dates.js';
import { sendBookmarkChange } from '../../delivery/bookmark-changes.js';
import { startDeliveryWith } from '../../delivery/page-queue.js';
import { BOOKMARKS_KEY, toBookmarks, withoutBookmark, type Bookmark } from '../../storage/bookmarks.js';
import { storageNoticeStyles, storageNoticeTemplate } from '../../storage/storage-notice.js';
import { StoredValue } from '../../storage/stored-value.js';
import { baseStyles } from '../../theme/theme.js';
import { MapBookmarkChangeEvent } from '../bookmark-button/events.js';
import { bookmarkListStyles } from './bookmark-list.styles.js';
import { translator, type KeysOf } from '../../i18n/i18n.js';
import { bookmarkListStrings } from './bookmark-list.strings.js';
import { storageStrings } from '../../storage/storage.strings.js';

/** `heading-level` when it is not set (the property's initial value too, written out for the manifest). */
const DEFAULT_HEADING_LEVEL = 2;

/**
 * The reader's bookmarks, saved with `<map-bookmark-button>` anywhere on the site: newest first,
 * each a link with the date it was saved and a "Remove" button. It follows every change at once,
 * from buttons on this page and from other tabs. After a removal, focus moves to the next
 * bookmark's Remove button, else the previous one's, else the "no bookmarks" message.
 *
 * Bookmarks live in this browser only (no login); see the storage notes in the README.
 *
 * @summary The reader's saved bookmarks, newest first, each removable.
 * @tag map-bookmark-list
 *
 * @fires {MapBookmarkChangeEvent} map-bookmark-change - The user removed a bookmark. `detail`: `{ id, bookmarked: false, title, url }`.
 *
 * @slot fallback - Shown while the element cannot render (no JavaScript, or the script failed to load) and beside an error box; hidden once the element shows content. Put a link to the content's own page here.
 *
 * @csspart heading - The "Your bookmarks" heading.
 * @csspart list - The list of bookmarks.
 * @csspart item - One bookmark.
 * @csspart link - A bookmark's title, linked to its address.
 * @csspart title - A bookmark's title when it has no usable address (shown as text).
 * @csspart saved - The "Saved 3 March 2025" line.
 * @csspart remove - A bookmark's Remove button.
 * @csspart empty - The message shown when there are no bookmarks.
 * @csspart count - "Showing 5 of 8 bookmarks", when `limit` hides some.
 * @csspart status - The visually hidden status message announcing a removal.
 * @csspart refused - The alert shown when the site a bookmark was saved to refused its removal (a 4xx answer); it is still removed here.
 * @csspart storage-notice - The note shown when bookmarks cannot be saved in this browser.
 * @csspart error - The box explaining a bad attribute.
 *
 * @cssprop --map-text-colour - Text colour. Falls back to `--nhsuk-text-colour`, then `#212b32`.
 * @cssprop --map-secondary-text-colour - Dates, count and storage note. Falls back to `--nhsuk-secondary-text-colour`, then `#4c6272`.
 * @cssprop --map-link-colour - Link colour. Falls back to `--nhsuk-link-colour`, then `#005eb8`.
 * @cssprop --map-link-hover-colour - Link hover colour. Falls back to `--nhsuk-link-hover-colour`, then `#7c2855`.
 * @cssprop --map-link-visited-colour - Visited link colour. Falls back to `--nhsuk-link-visited-colour`, then `#330072`.
 * @cssprop --map-link-active-colour - Active link colour. Falls back to `--nhsuk-link-active-colour`, then `#002f5c`.
 * @cssprop --map-secondary-button-text-colour - Remove button border and text. Falls back to `--nhsuk-secondary-button-text-colour`, then `#005eb8`.
 * @cssprop --map-secondary-button-hover-colour - Remove button hover. Falls back to `--nhsuk-secondary-button-hover-colour`, then `#d9e7f4`.
 * @cssprop --map-secondary-button-active-colour - Remove button while pressed. Falls back to `--nhsuk-secondary-button-active-colour`, then `#c7dcef`.
 * @cssprop --map-focus-colour - Focus highlight. Falls back to `--nhsuk-focus-colour`, then `#ffeb3b`.
 * @cssprop --map-focus-text-colour - Text and underline on focus. Falls back to `--nhsuk-focus-text-colour`, then `#212b32`.
 * @cssprop --map-border-colour - Line between bookmarks. Falls back to `--nhsuk-border-colour`, then `#d8dde0`.
 * @cssprop --map-border-width - Width of that line. Default `1px`.
 * @cssprop --map-card-background-colour - Error box background. Falls back to `--nhsuk-card-background-colour`, then `#ffffff`.
 * @cssprop --map-error-colour - Error box border and the refused alert's edge. Falls back to `--nhsuk-error-colour`, then `#d5281b`.
 * @cssprop --map-space-xs - Gap above the date. Default `4px`.
 * @cssprop --map-space-s - Small gap. Default `8px`.
 * @cssprop --map-space-m - Space between bookmarks. Default `16px`.
 * @cssprop --map-space-l - Padding of the error box on wider screens. Default `24px`.
 * @cssprop --map-bookmark-list-heading-size - Font size of the heading. Default `1.375em`.
 */
export class MapBookmarkListElement extends MapElement<KeysOf<typeof bookmarkListStrings | typeof storageStrings>> {
  protected readonly t = translator(this.i18n, bookmarkListStrings, storageStrings);
  static override styles = [baseStyles, storageNoticeStyles, bookmarkListStyles];

  /** Most bookmarks to show, newest first: a whole number of 1 or more. Default: all. */
  @property() limit?: number | string;

  /** Level of the "Your bookmarks" heading, 1 to 6, to fit the page's outline. Default 2. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /** The title of the bookmark last removed here, for the status message. */
  @state() private _removed?: string;

  /** The last removal the saving button's endpoint refused (a 4xx answer), if it did. */
  @state() private _refused?: { title: string; status: number };

  readonly #bookmarks = new StoredValue<unknown>(this, BOOKMARKS_KEY);

  constructor() {
    super();
    // What an earlier page left in the delivery queue is sent once such an element is on the page.
    startDeliveryWith(this);
  }

  protected override render(): TemplateResult {
    const attributeError = this.attributeErrors(
      limitProblem(this.limit, Infinity, 'error.bookmark-limit'),
      headingLevelProblem(this.headingLevel, DEFAULT_HEADING_LEVEL),
    );
    if (attributeError) return attributeError;
    const limit = parseLimit(this.limit, Infinity)!;
    const heading = headingTag(this.headingLevel, DEFAULT_HEADING_LEVEL);
    const all = toBookmarks(this.#bookmarks.value);
    const shown = all.slice(0, limit);
    return html`${staticHtml`<${heading as StaticValue} class="heading" part="heading" tabindex="-1">${this.t('bookmarks.heading')}</${heading as StaticValue}>`}
      ${storageNoticeTemplate(this.t, this.#bookmarks.status, {
        memory: 'storage.bookmarks.memory',
        corrupt: 'storage.bookmarks.corrupt',
      })}
      ${shown.length
        ? html`<ul class="list" part="list">
            ${repeat(shown, (b) => b.id, (b, index) => this.#item(b, index))}
          </ul>`
        : html`<p class="empty" part="empty" tabindex="-1">${this.t('bookmarks.empty')}</p>`}
      ${shown.length < all.length
        ? html`<p class="count" part="count">${this.t('bookmarks.count', { shown: shown.length, total: all.length })}</p>`
        : nothing}
      ${this._refused
        ? html`<p class="refused" part="refused" role="alert">
            ${this.t('bookmarks.refused', { title: this._refused.title, status: this._refused.status })}
          </p>`
        : nothing}
      <p class="visually-hidden" part="status" role="status">
        ${this._removed !== undefined ? this.t('bookmarks.removedItem', { title: this._removed }) : ''}
      </p>`;
  }

  #item(bookmark: Bookmark, index: number): TemplateResult {
    const href = safeUrl(bookmark.url, document.baseURI);
    const language = this.i18n.language;
    return html`<li class="item" part="item">
      <div>
        <p class="title">
          ${href
            ? html`<a part="link" href=${href}>${bookmark.title}</a>`
            : html`<span part="title">${bookmark.title}</span>`}
        </p>
        <p class="saved" part="saved">
          ${this.t('bookmarks.saved')}
          <time datetime=${isoDate(bookmark.savedAt)}>${formatDate(bookmark.savedAt, language)}</time>
        </p>
      </div>
      <button type="button" class="button" part="remove" @click=${() => this.#remove(bookmark, index)}>
        ${this.t('bookmarks.remove')}<span class="visually-hidden"> ${bookmark.title}</span>
      </button>
    </li>`;
  }

  async #remove(bookmark: Bookmark, index: number): Promise<void> {
    this.#bookmarks.update((current) => withoutBookmark(current, bookmark.id));
    this._removed = bookmark.title;
    this._refused = undefined;
    this.#send(bookmark);
    this.dispatchEvent(
      new MapBookmarkChangeEvent({ id: bookmark.id, bookmarked: false, title: bookmark.title, url: bookmark.url }),
    );
    await this.updateComplete;
    // The removed button is gone; without this, focus would fall back to the top of the page.
    const root = this.shadowRoot!;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part~="remove"]')];
    const target =
      buttons[index] ??
      buttons[index - 1] ??
      root.querySelector<HTMLElement>('[part~="empty"]') ??
      root.querySelector<HTMLElement>('[part~="heading"]');
    target?.focus();
  }

  /** Tells the site that saved the bookmark (the button's `endpoint`, kept with it) it is gone. */
  #send(bookmark: Bookmark): void {
    if (bookmark.endpoint === undefined) return;
    const { id: itemId, title, url } = bookmark;
    const change = { itemId, bookmarked: false, title, url, changedAt: Date.now() };
    // Refused (a 4xx): the bookmark stays removed here; the list says the site did not record it.
    if (!sendBookmarkChange(bookmark.endpoint, change, (status) => (this._refused = { title, status }))) {
      this.warnOnce(`the endpoint saved with bookmark "${itemId}" ("${bookmark.endpoint}") is not an http(s) URL; its removal was not sent.`);
    }
  }
}
