/**
 * Reads the feed(s) a render names, in Node: files or http(s) URLs, each read, validated and
 * merged by the same modules the elements use (document.ts, validate.ts, merge.ts), so RSS, Atom,
 * several sources, strict dates, review lines and unsafe URLs are treated exactly as on a page.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FEED_ACCEPT, readFeed as readFeedBytes, unreadableDocument } from '../feed/document.js';
import { mergeFeeds } from '../feed/merge.js';
import { safeUrl } from '../feed/safe-url.js';
import { FeedFormatError, formatProblem, validateFeed } from '../feed/validate.js';
import type { Feed } from '../feed/types.js';

/** The feed could not be read or is not a feed: exit status 1. */
export class FeedReadError extends Error {
  override name = 'FeedReadError';
}

/** The bundled sample feed: `feed/maps.json` beside `src/` in the repository, `dist/feed/maps.json` in the package. */
export const SAMPLE_FEED = fileURLToPath(new URL('../../feed/maps.json', import.meta.url));

export interface ReadOptions {
  /**
   * The web address a feed file is (or will be) published at, so its relative links resolve. A
   * file's own `feed_url` is used when this is absent; without either, relative links are dropped.
   */
  base?: string;
  /** Judge review dates against this time (epoch ms). */
  today?: number;
  /** Told each problem the feed has, as the elements say it in the console. */
  warn?: (message: string) => void;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const isUrl = (source: string) => /^https?:\/\//i.test(source);

async function readBytes(source: string, options: ReadOptions): Promise<{ bytes: Uint8Array; contentType: string | null; url: string }> {
  if (!isUrl(source)) {
    try {
      return { bytes: await readFile(source), contentType: null, url: pathToFileURL(resolve(source)).href };
    } catch (cause) {
      throw new FeedReadError(`cannot read ${source} (${(cause as Error).message})`);
    }
  }
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(source, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      headers: { accept: FEED_ACCEPT },
    });
  } catch (cause) {
    throw new FeedReadError(`${source} could not be fetched (${(cause as Error).message})`);
  }
  if (!response.ok) throw new FeedReadError(`${source} answered HTTP ${response.status}`);
  return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type'), url: response.url || source };
}

async function readOne(source: string, options: ReadOptions): Promise<Feed> {
  const { bytes, contentType, url } = await readBytes(source, options);
  let document: unknown;
  try {
    ({ document } = await readFeedBytes(bytes, contentType));
  } catch (cause) {
    throw new FeedReadError(`${source} ${await unreadableDocument(bytes)} (${(cause as Error).message})`);
  }
  const declared = (document as { feed_url?: unknown } | null)?.feed_url;
  // A file has no web address: links resolve against the one given, else the one it declares.
  const base = isUrl(source) ? url : (options.base ?? safeUrl(declared, url) ?? url);
  try {
    const feed = validateFeed(document, base, options.today === undefined ? {} : { today: options.today });
    for (const problem of feed.problems) options.warn?.(`${source} ${formatProblem(problem)}`);
    if (base.startsWith('file:') && feed.problems.some((problem) => problem.message.includes('http(s) or relative URL'))) {
      options.warn?.(`${source} has no web address, so its relative links are dropped: give --base with the address it is published at.`);
    }
    return feed;
  } catch (cause) {
    if (cause instanceof FeedFormatError) throw new FeedReadError(`${source}: ${cause.message}`);
    throw cause;
  }
}

/**
 * The feed `src` names (one or several, separated by spaces; the bundled sample when absent),
 * merged as `<map-feed src="a b">` merges them. Throws FeedReadError.
 */
export async function readFeed(src: string | undefined, options: ReadOptions = {}): Promise<Feed> {
  const sources = (src ?? '').trim().split(/\s+/).filter(Boolean);
  if (!sources.length) sources.push(SAMPLE_FEED);
  const feeds = await Promise.all(sources.map((source) => readOne(source, options)));
  return mergeFeeds(sources.join(' '), feeds);
}
