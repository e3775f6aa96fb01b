/**
 * A feed's bytes as a document for `validateFeed()`: JSON as it is, RSS and Atom as the JSON Feed
 * they would have been. Shared by the elements (feed-cache.ts), the builder and the `validate` CLI,
 * so each reads bytes the same way: JSON as UTF-8 (RFC 8259), XML in the encoding its byte-order
 * mark, HTTP charset or XML declaration names (syndication.ts).
 *
 * The XML reader (syndication.ts) and the JSON error locator (json-position.ts) are imported only
 * when a document needs them (lazy.ts): most pages read a JSON feed that parses, so the drop-in
 * script's shared chunk leaves both out and fetches them from beside itself the first time.
 */

import { loadJsonPosition, loadSyndication } from './lazy.js';

/** What a feed request asks for: JSON Feed first, then JSON, Atom and RSS. */
export const FEED_ACCEPT =
  'application/feed+json, application/json;q=0.9, application/atom+xml;q=0.8, application/rss+xml;q=0.8, */*;q=0.1';

/** The XML reader could not be loaded (a chunk beside the script that did not arrive). */
export class ReaderUnavailableError extends Error {}

/**
 * Is this an XML document (rather than JSON)? Decided by the document, not its content type: its
 * first character after any byte-order mark and white space is `<` (or it is UTF-16, which JSON never is).
 */
export function looksLikeXml(bytes: Uint8Array): boolean {
  return /^(?:\xef\xbb\xbf)?\s*<|^(?:\xff\xfe|\xfe\xff)/.test(String.fromCharCode(...bytes.subarray(0, 1024)));
}

/** A document read, with what it was read as ("JSON", "RSS 1.0", "Atom 1.0"…) and its encoding. */
export interface FeedDocument {
  document: unknown;
  format: string;
  /** The encoding the text was decoded with, and what named it: `windows-1252 (XML declaration: "ISO-8859-1")`. */
  encoding: string;
}

const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/**
 * The document in `bytes`. Rejects with `SyntaxError` when it is neither JSON nor RSS or Atom
 * (or names an encoding that cannot be decoded); with `ReaderUnavailableError` when the XML
 * reader could not be loaded.
 */
export async function readFeed(bytes: Uint8Array, contentType?: string | null): Promise<FeedDocument> {
  if (!looksLikeXml(bytes)) {
    const document: unknown = JSON.parse(utf8(bytes));
    return { document, format: 'JSON', encoding: 'utf-8' };
  }
  let reader: Awaited<ReturnType<typeof loadSyndication>>;
  try {
    reader = await loadSyndication();
  } catch (cause) {
    throw new ReaderUnavailableError(`the RSS and Atom reader could not be loaded (${String(cause)})`);
  }
  const { feed, format, encoding } = await reader.readXmlFeed(bytes, contentType);
  return { document: feed, format, encoding };
}

/**
 * What to say of a document {@link readFeed} could not read: for JSON, the line and column
 * where it stops being JSON, which an editor can go to.
 */
export async function unreadableDocument(bytes: Uint8Array): Promise<string> {
  if (looksLikeXml(bytes)) return 'is not valid JSON, RSS or Atom';
  const text = utf8(bytes);
  const where = await loadJsonPosition().then(
    ({ jsonErrorAt }) => jsonErrorAt(text),
    () => '',
  );
  return `is not valid JSON${where}`;
}
