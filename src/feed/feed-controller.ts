import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import { isServer, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ensureContextRoot } from './context-root.js';
import { feedContext } from './feed-context.js';
import { absoluteFeedUrl, FeedError, loadFeed, reloadFeed } from './feed-cache.js';
import { followFeed } from './feed-follower.js';
import { SAMPLE_FEED_URL } from './sample-feed.js';
import type { Feed } from './types.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** The element's own feed URL; wins over any provider. */
  src?: string | undefined;
}

/** Is there a `<map-feed>` above `element`, across shadow roots, still waiting to be defined? */
function awaitsProvider(element: Element): boolean {
  if (customElements.get('map-feed')) return false;
  let node: Element | null = element;
  while (node) {
    if (node.parentElement?.closest('map-feed')) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/**
 * Feeds read before a server render (`map-embed render --format dsd`), by URL. A server render
 * is one synchronous `render()` with no task run, so it draws the feed handed over here.
 */
const served = new Map<string, Feed>();

/** Hands a feed already read to elements rendered on the server with `src` set to `url`. */
export function serveFeed(url: string, feed: Feed): void {
  served.set(url, feed);
}

export interface FeedRenderers {
  loading: () => TemplateResult;
  ready: (feed: Feed) => TemplateResult;
  error: (error: FeedError | Error, retry: () => void) => TemplateResult;
}

/**
 * Gives an element its feed: its own `src`, else the nearest `<map-feed>`'s, else the bundled
 * sample feed. Loading goes through the shared cache (one request per URL per page) and its
 * state through @lit/task, so every element has the same loading, ready and error states.
 */
export class FeedController {
  readonly #host: FeedHost;
  readonly #provided: ContextConsumer<typeof feedContext, FeedHost>;
  readonly #task: Task<[string | undefined], Feed>;

  constructor(host: FeedHost) {
    this.#host = host;
    ensureContextRoot();
    this.#provided = new ContextConsumer(host, { context: feedContext, subscribe: true });
    this.#task = new Task(host, {
      task: ([url]) => (url === undefined ? initialState : loadFeed(url)),
      args: () => [this.url],
    });
    followFeed(host, this.#task, () => this.url, (url, feed) => {
      this.#updated = { url, feed };
      host.requestUpdate();
    });
  }

  /**
   * A newer copy of the feed than the task's: the fresh feed that replaced a saved copy, or the
   * saved copy now marked out of date. Drawn in place, without a loading state in between, so
   * the content changes without the page moving.
   */
  #updated?: { url: string; feed: Feed };

  #current(feed: Feed): Feed {
    const updated = this.#updated;
    return updated && updated.url === this.url && updated.url === feed.url ? updated.feed : feed;
  }

  /** The absolute URL the host reads, or `undefined` while a provider above it is not upgraded. */
  get url(): string | undefined {
    const own = this.#host.src?.trim();
    if (own) return absoluteFeedUrl(own);
    const provided = this.#provided.value?.url;
    if (provided) return provided;
    return awaitsProvider(this.#host) ? undefined : SAMPLE_FEED_URL;
  }

  /** The loaded feed, when there is one. */
  get value(): Feed | undefined {
    if (isServer) return this.url === undefined ? undefined : served.get(this.url);
    return this.#task.status === TaskStatus.COMPLETE && this.#task.value ? this.#current(this.#task.value) : undefined;
  }

  get status(): TaskStatus {
    return this.#task.status;
  }

  /** Load the feed again, together with every other element and provider it failed for. */
  retry = (): void => {
    const url = this.url;
    if (url) reloadFeed(url);
  };

  render(renderers: FeedRenderers): TemplateResult {
    const feed = isServer ? this.value : undefined;
    if (feed) return renderers.ready(feed);
    return this.#task.render({
      initial: renderers.loading,
      pending: renderers.loading,
      complete: (feed) => renderers.ready(this.#current(feed)),
      error: (error) => renderers.error(error instanceof Error ? error : new Error(String(error)), this.retry),
    }) as TemplateResult;
  }
}
