/**
 * The only place the library fetches a feed. One module-level cache keyed by absolute URL:
 * however many elements and providers name a URL, the page makes one request for it, through
 * the browser's HTTP cache (its ETag, Last-Modified and Cache-Control are honoured, not bypassed).
 * A failed load is forgotten so a later attempt (a retry, a new element) fetches again.
 *
 * Each feed that loads is also kept in the browser (`saved-copy.ts`). On a later visit the saved
 * copy is shown at once while the feed is fetched again; the fresh copy then replaces it
 * (`onFeedUpdate`), or, when the fetch fails, the saved copy stays, marked with `savedAt`.
 *
 * A "URL" may be a space-separated list (`<map-feed src="a.json b.json">`): each feed in it is
 * loaded as above and the feeds are merged (`merge.ts`), later ones winning on a shared id.
 */
import { FeedFormatError, formatProblem, validateFeed, validateFeedInSlices } from './validate.js';
import { mergeFeeds } from './merge.js';
import { breathe } from './slices.js';
import { forgetSavedCopy, MAX_COPY_CHARS, readSavedCopy, writeSavedCopy } from './saved-copy.js';
import { FEED_ACCEPT, ReaderUnavailableError, readFeed, unreadableDocument } from './document.js';
import type { Feed } from './types.js';

export type FeedErrorCode = 'bad-url' | 'not-found' | 'http' | 'network' | 'timeout' | 'not-json' | 'not-feed';

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
/** What each URL's current load settled to, so an update can be drawn without waiting. */
const settled = new Map<string, { feed: Feed } | { error: unknown }>();

function resolveOne(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    // Not a URL at all (`http://[::1`): kept as written, so loading it fails with "bad-url".
    return src;
  }
}

/**
 * Resolve `src` the way the browser resolves a link on this page. A space-separated list of
 * feeds is resolved one by one and joined with single spaces. Never throws.
 */
export function absoluteFeedUrl(src: string): string {
  return src.trim().split(/\s+/).filter(Boolean).map(resolveOne).join(' ');
}

/** The feeds a (possibly space-separated) feed URL names. */
export function feedSources(url: string): string[] {
  return url.split(' ').filter(Boolean);
}

/** A fetched feed's body and the content type it was served with (which may name its charset). */
interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
}

/**
 * The document in a fetched feed (JSON, RSS or Atom); rejects with FeedError. A feed that arrived
 * but cannot be read is "not-json" (damaged), never "network": only a reader that could not be
 * fetched blames the connection.
 */
async function readDocument(url: string, { bytes, contentType }: Fetched): Promise<{ document: unknown; xml: boolean }> {
  try {
    const { document, format } = await readFeed(bytes, contentType);
    return { document, xml: format !== 'JSON' };
  } catch (cause) {
    if (cause instanceof ReaderUnavailableError) {
      // The RSS/Atom reader is a file of its own beside the script, and it could not be fetched.
      throw new FeedError('network', url, `The feed at ${url} is RSS or Atom, and ${cause.message}`);
    }
    throw new FeedError('not-json', url, `The feed at ${url} ${await unreadableDocument(bytes)} (${String(cause)})`);
  }
}

/**
 * The checked feed in a fetched document; rejects with FeedError. Checked in slices, so a big feed
 * never holds the page still; one console warning per problem, naming the field (once per load,
 * so once per page).
 */
async function checkFetchedFeed(url: string, document: unknown): Promise<Feed> {
  let feed: Feed;
  try {
    feed = await validateFeedInSlices(document, url);
  } catch (cause) {
    if (cause instanceof FeedFormatError) throw new FeedError('not-feed', url, `${url}: ${cause.message}`);
    throw cause;
  }
  for (const problem of feed.problems) console.warn(`map-embed: ${url} ${formatProblem(problem)}`);
  return feed;
}

async function fetchBytes(url: string): Promise<Fetched> {
  try {
    new URL(url);
  } catch {
    throw new FeedError('bad-url', url, `The feed address "${url}" is not a valid URL`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: { accept: FEED_ACCEPT },
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
      return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') };
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
}

/** Would these items fit a saved copy as JSON? Counted one by one, so a huge feed stops early. */
function fitsSavedCopy(items: unknown[]): boolean {
  let length = 0;
  for (const item of items) if ((length += JSON.stringify(item).length) > MAX_COPY_CHARS) return false;
  return true;
}

async function fetchFeed(url: string): Promise<Feed> {
  const fetched = await fetchBytes(url);
  const { document, xml } = await readDocument(url, fetched);
  const feed = await checkFetchedFeed(url, document);
  await breathe();
  // RSS and Atom are kept as the JSON Feed they were read as, so a saved copy never needs the XML
  // reader: it is shown at once, before anything else is fetched. A feed too long to keep is not
  // turned into text only to be refused: JSON of more than 3 bytes a character of the limit (UTF-8
  // takes at most 3 bytes per UTF-16 unit), RSS or Atom whose items pass the limit one by one.
  if (xml) {
    if (fitsSavedCopy((document as { items: unknown[] }).items)) writeSavedCopy(url, JSON.stringify(document));
    else forgetSavedCopy(url);
  } else if (fetched.bytes.length > 3 * MAX_COPY_CHARS) forgetSavedCopy(url);
  else writeSavedCopy(url, new TextDecoder().decode(fetched.bytes));
  return feed;
}

const updates = new EventTarget();

function settle(url: string, pending: Promise<Feed>): Promise<Feed> {
  cache.set(url, pending);
  pending.then(
    (feed) => cache.get(url) === pending && settled.set(url, { feed }),
    (error: unknown) => cache.get(url) === pending && settled.set(url, { error }),
  );
  return pending;
}

/** The saved copy of `url` as a feed, or undefined when there is none or it no longer reads. */
function savedFeed(url: string): { feed: Feed; savedAt: number } | undefined {
  const copy = readSavedCopy(url);
  if (!copy) return undefined;
  try {
    // A copy saved as XML by an earlier version is not JSON: no copy, until the fresh one replaces it.
    return { feed: validateFeed(JSON.parse(copy.text), url), savedAt: copy.savedAt };
  } catch {
    return undefined;
  }
}

function warnFailure(error: unknown): void {
  console.warn(`map-embed: ${error instanceof Error ? error.message : String(error)}`);
}

/** One feed URL: the cache, else the saved copy at once and a fetch behind it, else a fetch. */
function loadOne(url: string): Promise<Feed> {
  const cached = cache.get(url);
  if (cached) return cached;
  const saved = savedFeed(url);
  const fresh = fetchFeed(url);
  if (!saved) {
    const pending = settle(url, fresh);
    pending.catch((error: unknown) => {
      // Forgotten, so a later attempt fetches again; `settled` keeps the failure until it does.
      if (cache.get(url) === pending) cache.delete(url);
      warnFailure(error);
    });
    return pending;
  }
  const shown = settle(url, Promise.resolve(saved.feed));
  fresh.then(
    (feed) => {
      if (cache.get(url) !== shown) return;
      void settle(url, Promise.resolve(feed));
      settled.set(url, { feed });
      updates.dispatchEvent(new CustomEvent<string>('update', { detail: url }));
    },
    (error: unknown) => {
      warnFailure(error);
      if (cache.get(url) !== shown) return;
      const stale: Feed = { ...saved.feed, savedAt: saved.savedAt };
      void settle(url, Promise.resolve(stale));
      settled.set(url, { feed: stale });
      updates.dispatchEvent(new CustomEvent<string>('update', { detail: url }));
    },
  );
  return shown;
}

function merged(url: string, results: readonly ({ feed: Feed } | { error: unknown })[]): Feed {
  const feeds = results.flatMap((r) => ('feed' in r ? [r.feed] : []));
  if (!feeds.length) throw (results[0] as { error: unknown }).error;
  return mergeFeeds(url, feeds);
}

/**
 * The feed at `url` (absolute, or several separated by spaces), fetched at most once per page
 * per URL while it keeps succeeding. With several, one failing feed only loses its own items
 * (its warning names it); the load fails only when every feed fails.
 */
export function loadFeed(url: string): Promise<Feed> {
  const sources = feedSources(url);
  if (sources.length <= 1) return loadOne(sources[0] ?? url);
  return Promise.all(
    sources.map((source) =>
      loadOne(source).then(
        (feed) => ({ feed }),
        (error: unknown) => ({ error }),
      ),
    ),
  ).then((results) => merged(url, results));
}

/**
 * The feed at `url` as it stands now, without waiting: undefined while any of its feeds is
 * still loading. Throws what the load failed with when every feed failed.
 */
export function peekFeed(url: string): Feed | undefined {
  const results = feedSources(url).map((source) => settled.get(source));
  if (!results.length || results.some((r) => r === undefined)) return undefined;
  return merged(url, results as ({ feed: Feed } | { error: unknown })[]);
}

/**
 * Calls `listener` with the URL of each feed whose shown copy changed after it first loaded: the
 * fresh copy replaced the saved one, or the fetch failed and the saved copy is now marked with
 * `savedAt`. Returns the way to stop listening.
 */
export function onFeedUpdate(listener: (url: string) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<string>).detail);
  updates.addEventListener('update', handler);
  return () => updates.removeEventListener('update', handler);
}

const reloads = new EventTarget();

/**
 * Forget `url` and ask everything that failed to read it (every element, every provider) to load
 * it again. One "Try again" recovers them all, with one request between them.
 */
export function reloadFeed(url: string): void {
  for (const source of feedSources(url)) {
    cache.delete(source);
    settled.delete(source);
  }
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
    if (url === undefined) {
      cache.clear();
      settled.clear();
    } else {
      for (const source of feedSources(url)) {
        cache.delete(source);
        settled.delete(source);
      }
    }
  },
  /** Milliseconds before a load times out (10 000 by default). */
  get timeoutMs(): number {
    return timeoutMs;
  },
  set timeoutMs(value: number) {
    timeoutMs = value > 0 ? value : DEFAULT_FEED_TIMEOUT_MS;
  },
};
