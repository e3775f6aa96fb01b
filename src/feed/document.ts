/**
 * A feed's text as a document for `validateFeed()`: JSON as it is, RSS 2.0 and Atom 1.0 as the
 * JSON Feed they would have been. Shared by the elements (feed-cache.ts) and the `validate` CLI.
 *
 * The XML reader (syndication.ts) and the JSON error locator (json-position.ts) are imported only
 * when a document needs them (lazy.ts): most pages read a JSON feed that parses, so the drop-in
 * script's shared chunk leaves both out and fetches them from beside itself the first time.
 */

import { loadJsonPosition, loadSyndication } from './lazy.js';

/** What a feed request asks for: JSON Feed first, then JSON, Atom and RSS. */
export const FEED_ACCEPT =
  'application/feed+json, application/json;q=0.9, application/atom+xml;q=0.8, application/rss+xml;q=0.8, */*;q=0.1';

/** Is this text an XML document (rather than JSON)? Decided by the document, not its content type. */
export function looksLikeXml(text: string): boolean {
  return /^\ufeff?\s*</.test(text);
}

/**
 * The document in `text`. Rejects with `SyntaxError` when it is neither JSON nor RSS or Atom;
 * with another error only when the XML reader could not be loaded.
 */
export async function readFeedDocument(text: string): Promise<unknown> {
  if (!looksLikeXml(text)) return JSON.parse(text);
  const { syndicationToJsonFeed } = await loadSyndication();
  return syndicationToJsonFeed(text);
}

/**
 * What to say of a document {@link readFeedDocument} could not read: for JSON, the line and column
 * where it stops being JSON, which an editor can go to.
 */
export async function unreadableDocument(text: string): Promise<string> {
  if (looksLikeXml(text)) return 'is not valid JSON, RSS or Atom';
  const where = await loadJsonPosition().then(
    ({ jsonErrorAt }) => jsonErrorAt(text),
    () => '',
  );
  return `is not valid JSON${where}`;
}
