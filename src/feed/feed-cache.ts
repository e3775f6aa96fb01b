/**
 * The only place the library fetches a feed. One module-level cache keyed by absolute URL:
 * however many elements and providers name a URL, the page makes one request for it.
 * A failed load is forgotten so a later attempt (a retry, a new element) fetches again.
 */
import { jsonErrorAt } from './json-position.js';
import { FeedFormatError, formatProblem, validateFeed } from './validate.js';
import type { Feed } from './types.js';

export type FeedErrorCode = 'not-found' | 'http' | 'network' | 'timeout' | 'not-json' | 'not-feed';

/** Why a feed could not be used; `code` picks the translated message an element shows. */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** How long a feed may take before it counts as failed. */
export const DEFAULT_FEED_TIMEOUT_MS = 10_000;
let timeoutMs = DEFAULT_FEED_TIMEOUT_MS;

const cache = new Map<string, Promise<Feed>>();

/** Resolve `src` the way the browser resolves a link on this page. */
export function absoluteFeedUrl(src: string): string {
  return new URL(src, document.baseURI).href;
}

async function fetchFeed(url: string): Promise<Feed> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let body: string;
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' },
        credentials: 'same-origin',
      });
    } catch (cause) {
      if (controller.signal.aborted) {
        throw new FeedError('timeout', url, `The feed at ${url} did not answer within ${timeoutMs} ms`);
      }
      throw new FeedError('network', url, `The feed at ${url} could not be fetched (${String(cause)})`);
    }
    if (response.status === 404 || response.status === 410) {
      throw new FeedError('not-found', url, `The feed at ${url} was not found (${response.status})`, response.status);
    }
    if (!response.ok) {
      throw new FeedError('http', url, `The feed at ${url} answered ${response.status}`, response.status);
    }
    try {
      body = await response.text();
    } catch {
      throw new FeedError(
        controller.signal.aborted ? 'timeout' : 'network',
        url,
        `The feed at ${url} stopped before it was complete`,
      );
    }
  } finally {
    clearTimeout(timer);
  }

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    throw new FeedError('not-json', url, `The feed at ${url} is not valid JSON${jsonErrorAt(body)} (${String(cause)})`);
  }
  let feed: Feed;
  try {
    feed = validateFeed(json, url);
  } catch (cause) {
    if (cause instanceof FeedFormatError) throw new FeedError('not-feed', url, `${url}: ${cause.message}`);
    throw cause;
  }
  // One warning per problem, once per load (the cache means once per page), naming the field.
  for (const problem of feed.problems) console.warn(`map-embed: ${url} ${formatProblem(problem)}`);
  return feed;
}

/** The feed at `url` (absolute), fetched at most once per page while it keeps succeeding. */
export function loadFeed(url: string): Promise<Feed> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchFeed(url);
    cache.set(url, pending);
    pending.catch((error: unknown) => {
      if (cache.get(url) === pending) cache.delete(url);
      console.warn(`map-embed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  return pending;
}

const reloads = new EventTarget();

/**
 * Forget `url` and ask everything that failed to read it (every element, every provider) to load
 * it again. One "Try again" recovers them all, with one request between them.
 */
export function reloadFeed(url: string): void {
  cache.delete(url);
  reloads.dispatchEvent(new CustomEvent<string>('reload', { detail: url }));
}

/** Calls `listener` with the URL of each `reloadFeed()`; returns the way to stop listening. */
export function onFeedReload(listener: (url: string) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<string>).detail);
  reloads.addEventListener('reload', handler);
  return () => reloads.removeEventListener('reload', handler);
}

/** The shared cache, for pages and tests that need to reset it or change the timeout. */
export const feedCache = {
  load: loadFeed,
  reload: reloadFeed,
  /** Forget every cached feed, or one URL, so the next load fetches again. */
  clear(url?: string): void {
    if (url === undefined) cache.clear();
    else cache.delete(url);
  },
  /** Milliseconds before a load times out (10 000 by default). */
  get timeoutMs(): number {
    return timeoutMs;
  },
  set timeoutMs(value: number) {
    timeoutMs = value > 0 ? value : DEFAULT_FEED_TIMEOUT_MS;
  },
};
