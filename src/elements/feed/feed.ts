import { ContextProvider } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ensureContextRoot } from '../../feed/context-root.js';
import { absoluteFeedUrl, loadFeed } from '../../feed/feed-cache.js';
import { feedContext } from '../../feed/feed-context.js';
import { followFeed } from '../../feed/feed-follower.js';
import { SAMPLE_FEED_URL } from '../../feed/sample-feed.js';
import { MapFeedErrorEvent, MapFeedLoadEvent } from './events.js';

/**
 * Loads one feed and shares it with every map-embed element inside it, so a page names its feed
 * once. Elements inside that set their own `src` use theirs instead. Renders only its children.
 *
 * @summary Provides a feed to the map-embed elements inside it.
 * @tag map-feed
 *
 * @slot - Any content, including map-embed elements that should read this feed.
 *
 * @fires {MapFeedLoadEvent} map-feed-load - The feed loaded and was checked. `detail`: `{ url, feed }`. Fires again when a copy saved on an earlier visit, shown at once, is replaced by the fresh feed (or marked out of date when fetching fails: `feed.savedAt`).
 * @fires {MapFeedErrorEvent} map-feed-error - The feed could not be loaded or is not a JSON Feed. `detail`: `{ url, error }`.
 */
export class MapFeedElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * URL of a JSON Feed 1.1, RSS 2.0 or Atom 1.0 document, or several separated by spaces (merged;
   * on a shared item id the feed listed later wins). Without it, the bundled sample feed.
   */
  @property({ reflect: true }) src?: string;

  readonly #provider = new ContextProvider(this, { context: feedContext });

  readonly #task = new Task(this, {
    task: async ([url]) => {
      try {
        const feed = await loadFeed(url);
        // A slower load for an earlier src settles late: only the current src has a say.
        if (url === this.url) this.dispatchEvent(new MapFeedLoadEvent({ url, feed }));
        return feed;
      } catch (error) {
        if (url === this.url) this.dispatchEvent(new MapFeedErrorEvent({ url, error: error as Error }));
        throw error;
      }
    },
    args: () => [this.url] as const,
  });

  constructor() {
    super();
    ensureContextRoot();
    // A consumer's "Try again" reloads the feed, and a saved copy gives way to the fresh one: the
    // provider follows both, so its events stay true.
    followFeed(this, this.#task, () => this.url, (url, feed) => {
      if (this.#task.status === TaskStatus.COMPLETE) this.dispatchEvent(new MapFeedLoadEvent({ url, feed }));
    });
  }

  /** The absolute URL this provider gives its descendants. */
  get url(): string {
    const own = this.src?.trim();
    return own ? absoluteFeedUrl(own) : SAMPLE_FEED_URL;
  }

  /** Resolves when the current load settles, whichever way. */
  get loaded(): Promise<unknown> {
    return this.#task.taskComplete.catch(() => undefined);
  }

  override connectedCallback(): void {
    // Set before the provider announces itself, so no consumer ever sees an empty value and
    // falls back to the sample feed.
    this.#provider.setValue({ url: this.url });
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    if (this.#provider.value?.url !== this.url) this.#provider.setValue({ url: this.url });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
