/**
 * RSS (0.9x, 1.0, 2.0) and Atom (1.0, 0.3), read as news: the document is decoded from its bytes
 * and turned into the JSON Feed it would have been, so `validateFeed()` checks it like any other
 * feed. Pure TypeScript with no DOM, so the browser and `map-embed validate` (Node) read a
 * document the same way. Weighed against feedsmith, @rowanmanning/feed-parser and fast-xml-parser
 * in docs/feeds.md: it reads the same items as they do, for a tenth of their size or less.
 *
 * Nothing here ever becomes markup: the XML is tokenised by hand (no DOM, no entity
 * declarations expanded, nothing fetched, nothing run), and HTML inside `description`,
 * `summary` or `content` is reduced to plain text that elements render as text.
 */

import { runInSlices, runToEnd } from './slices.js';
import { htmlToText, kid, kids, local, parseXml, textOf, type XmlElement } from './syndication-xml.js';

export { htmlToText, MAX_DEPTH } from './syndication-xml.js';


/**
 * Atom text constructs: `type="html"` is HTML, `xhtml` is markup in the XML, `text` is text.
 * Atom 0.3 says HTML with `mode="escaped"` or a `text/html` type.
 */
function atomText(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const type = el.attrs.type ?? 'text';
  const html = type === 'html' || type === 'text/html' || el.attrs.mode === 'escaped';
  const text = html ? htmlToText(textOf(el)) : textOf(el).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Zone names that mean one offset only (RFC 822's, and the UK's and central Europe's). */
const ZONES: Record<string, string> = {
  gmt: '+00:00', ut: '+00:00', utc: '+00:00', z: '+00:00', bst: '+01:00', cet: '+01:00', cest: '+02:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};
/** An English month or day name, written in full or cut to three letters (and "Sept"). */
const named = (names: string[], word: string) =>
  names.findIndex((name) => word === name || word === name.slice(0, 3) || (word === 'sept' && name === 'september'));

const RFC822 =
  /^(?:([a-z]+)\.?,?\s+)?(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([a-z]{1,4})|\s*([+-]\d{2}):?(\d{2}))?)?\s*(?:\([^)]*\))?$/i;
const W3CDTF = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(?:([Zz])|([+-]\d{2}):?(\d{2}))$/;
const pad = (n: string | number) => String(n).padStart(2, '0');

/**
 * A date as RSS and Atom feeds write it, as the RFC 3339 date it names: RFC 822/2822 (`pubDate`:
 * "Tue, 11 Mar 2025 09:30:00 GMT", also with full English month or day names, no day name, or a
 * zone such as BST or EST) and RFC 3339/W3C-DTF (Atom, `dc:date`; seconds optional). Day and month
 * are never guessed between (`03/11/2025`), a two-digit year is never read, and a time without a
 * zone names no instant: all of these are passed on as written, for `validateFeed()` to report.
 */
export function feedDate(value: string): string {
  const text = value.trim();
  const iso = W3CDTF.exec(text);
  if (iso) {
    const zone = iso[6] ? '+00:00' : `${iso[7]}:${iso[8]}`;
    return `${iso[1]}T${iso[2]}:${iso[3]}:${iso[4] ?? '00'}${iso[5] ?? ''}${zone}`;
  }
  const match = RFC822.exec(text);
  if (!match) return value;
  const [, day, date, monthName, year, hours, minutes, seconds, zoneName, zoneHours, zoneMinutes] = match;
  const month = named(MONTHS, monthName!.toLowerCase());
  if (month === -1 || (day !== undefined && named(DAYS, day.toLowerCase()) === -1)) return value;
  const ymd = `${year}-${pad(month + 1)}-${pad(date!)}`;
  if (hours === undefined) return ymd;
  const zone = zoneHours ? `${zoneHours}:${zoneMinutes}` : ZONES[zoneName?.toLowerCase() ?? ''];
  if (!zone) return value;
  return `${ymd}T${pad(hours)}:${minutes}:${seconds ?? '00'}${zone}`;
}

const tagsOf = (values: string[]) => {
  const tags = values.map((v) => v.trim()).filter(Boolean);
  return tags.length ? { tags } : {};
};

function defined<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

const JSON_FEED = 'https://jsonfeed.org/version/1.1';
const trimmed = (el: XmlElement | undefined) => textOf(el).trim() || undefined;

/**
 * An RSS item (2.0, 0.9x or 1.0: the same elements, RSS 1.0's in its own default namespace) as
 * a JSON Feed item. Dublin Core fills in what RSS leaves out: `dc:date`, `dc:subject`.
 */
function rssItem(item: XmlElement): object {
  const link = trimmed(kid(item, 'link', true));
  const date = trimmed(kid(item, 'pubDate', true)) ?? trimmed(kid(item, 'dc:date', true));
  const description = htmlToText(textOf(kid(item, 'description', true)) || textOf(kid(item, 'content:encoded', true)));
  return defined({
    id: trimmed(kid(item, 'guid', true)) ?? item.attrs['rdf:about']?.trim() ?? link,
    title: htmlToText(textOf(kid(item, 'title', true))) || undefined,
    url: link,
    summary: description || undefined,
    date_published: date === undefined ? undefined : feedDate(date),
    ...tagsOf([...kids(item, 'category', true), ...kids(item, 'dc:subject', true)].map(textOf)),
  });
}

/** The channel's fields and its items, each read as the reader goes (a yield between items). */
function* rssFeed(channel: XmlElement, items: XmlElement[]): Generator<void, object> {
  const read: object[] = [];
  for (const item of items) {
    read.push(rssItem(item));
    yield;
  }
  return defined({
    version: JSON_FEED,
    title: textOf(kid(channel, 'title', true)).trim(),
    home_page_url: trimmed(kid(channel, 'link', true)),
    language: trimmed(kid(channel, 'language', true)) ?? trimmed(kid(channel, 'dc:language', true)),
    items: read,
  });
}

function atomLink(el: XmlElement): string | undefined {
  const links = kids(el, 'link');
  const link = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate') ?? links[0];
  return link?.attrs.href?.trim() || undefined;
}

/** The first of an entry's date elements that it has (Atom 1.0: published, updated; 0.3: issued…). */
function atomDate(entry: XmlElement, names: readonly string[]): string | undefined {
  for (const name of names) {
    const text = trimmed(kid(entry, name));
    if (text) return feedDate(text);
  }
  return undefined;
}

function* atomFeed(feed: XmlElement, dates: readonly string[]): Generator<void, object> {
  const items: object[] = [];
  for (const entry of kids(feed, 'entry')) {
    items.push(
      defined({
        id: trimmed(kid(entry, 'id')) ?? atomLink(entry),
        title: atomText(kid(entry, 'title')),
        url: atomLink(entry),
        summary: atomText(kid(entry, 'summary')) ?? atomText(kid(entry, 'content')),
        date_published: atomDate(entry, dates),
        ...tagsOf(kids(entry, 'category').map((c) => c.attrs.term ?? '')),
      }),
    );
    yield;
  }
  return defined({
    version: JSON_FEED,
    title: atomText(kid(feed, 'title')) ?? '',
    home_page_url: atomLink(feed),
    language: feed.attrs['xml:lang']?.trim() || undefined,
    authors: kids(feed, 'author').length
      ? kids(feed, 'author').map((a) => defined({ name: textOf(kid(a, 'name')).trim() || undefined }))
      : undefined,
    items,
  });
}

const ATOM_1 = 'http://www.w3.org/2005/Atom';
const ATOM_03 = 'http://purl.org/atom/ns#';
const RSS_1 = 'http://purl.org/rss/1.0/';
const RSS_090 = 'http://my.netscape.com/rdf/simple/0.9/';

/** The namespace an element's name is in, from the declarations on the element itself. */
function namespaceOf(el: XmlElement): string | undefined {
  const colon = el.name.indexOf(':');
  return el.attrs[colon === -1 ? 'xmlns' : `xmlns:${el.name.slice(0, colon)}`];
}

/** What a syndication document was read as, and the JSON Feed it would have been. */
export interface Syndication {
  /** "RSS 2.0", "RSS 0.92", "RSS 1.0", "RSS 0.90", "Atom 1.0" or "Atom 0.3". */
  format: string;
  feed: object;
}

function* readDocument(text: string): Generator<void, Syndication> {
  const root = yield* parseXml(text.replace(/^\ufeff/, ''));
  const name = local(root.name);
  if (name === 'rss') {
    const channel = kid(root, 'channel', true);
    if (!channel) throw new SyntaxError('RSS: no <channel>');
    const version = root.attrs.version?.trim();
    return { format: `RSS ${version || '(no version given, read as 2.0)'}`, feed: yield* rssFeed(channel, kids(channel, 'item', true)) };
  }
  if (name === 'RDF') {
    // RSS 1.0 and 0.90 are RDF: the items stand beside the channel, not inside it.
    const vocabulary = root.attrs.xmlns;
    const channel = kid(root, 'channel', true);
    if ((vocabulary === RSS_1 || vocabulary === RSS_090) && channel) {
      return { format: vocabulary === RSS_1 ? 'RSS 1.0' : 'RSS 0.90', feed: yield* rssFeed(channel, kids(root, 'item', true)) };
    }
    throw new SyntaxError(`<${root.name}> is RDF but not an RSS 1.0 channel`);
  }
  if (name === 'feed' && namespaceOf(root) === ATOM_1) return { format: 'Atom 1.0', feed: yield* atomFeed(root, ['published', 'updated']) };
  if (name === 'feed' && namespaceOf(root) === ATOM_03) {
    return { format: 'Atom 0.3', feed: yield* atomFeed(root, ['issued', 'created', 'modified']) };
  }
  throw new SyntaxError(`<${root.name}> is not RSS (0.9x, 1.0, 2.0) or Atom (1.0, 0.3)`);
}

/**
 * An RSS or Atom document as the JSON Feed it would have been, read in one go (tests, the CLI).
 * Throws `SyntaxError` when the text is not well-formed XML or not a feed this reader knows.
 */
export function syndicationToJsonFeed(text: string): Syndication {
  return runToEnd(readDocument(text));
}

/** Which encoding a document was decoded with, and what said so. */
export interface DecodedAs {
  /** The encoding's WHATWG name, as `TextDecoder` reports it ("utf-8", "windows-1252"…). */
  encoding: string;
  /** The label that named it, as written ("ISO-8859-1"), when something named one. */
  label?: string;
  from: 'byte-order mark' | 'HTTP Content-Type' | 'XML declaration' | 'default';
}

const CHARSET = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;
const DECLARATION = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/;

/** What names the encoding, in the order RFC 7303 (XML media types) gives: BOM, charset, declaration. */
function encodingOf(bytes: Uint8Array, contentType: string | null | undefined): Omit<DecodedAs, 'encoding'> & { label: string } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { label: 'utf-8', from: 'byte-order mark' };
  if (a === 0xff && b === 0xfe) return { label: 'utf-16le', from: 'byte-order mark' };
  if (a === 0xfe && b === 0xff) return { label: 'utf-16be', from: 'byte-order mark' };
  const charset = CHARSET.exec(contentType ?? '')?.[1];
  if (charset) return { label: charset, from: 'HTTP Content-Type' };
  // The declaration is ASCII in every encoding a feed can declare: read the first bytes as Latin-1.
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  const declared = DECLARATION.exec(head)?.[1];
  if (declared) return { label: declared, from: 'XML declaration' };
  return { label: 'utf-8', from: 'default' };
}

/**
 * A fetched XML document's text, decoded as its byte-order mark, the HTTP charset, or its XML
 * declaration says (else as UTF-8, XML's default). Throws `SyntaxError` naming an encoding that
 * `TextDecoder` does not know.
 */
export function decodeXml(bytes: Uint8Array, contentType?: string | null): { text: string; decodedAs: DecodedAs } {
  const { label, from } = encodingOf(bytes, contentType);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    const where = from === 'HTTP Content-Type' ? 'its HTTP Content-Type' : 'its XML declaration';
    throw new SyntaxError(`${where} names the encoding "${label}", which cannot be decoded`);
  }
  // A declaration read as ASCII cannot truly be UTF-16 (that would have needed a BOM): such a
  // document is UTF-8, as browsers treat it.
  if (from === 'XML declaration' && decoder.encoding.startsWith('utf-16')) decoder = new TextDecoder('utf-8');
  const decodedAs: DecodedAs = { encoding: decoder.encoding, from };
  if (from !== 'default' && from !== 'byte-order mark') decodedAs.label = label;
  const text = decoder.encoding === 'windows-1252' && !decodesWindows1252() ? windows1252(bytes) : decoder.decode(bytes);
  return { text, decodedAs };
}

/** windows-1252's bytes 0x80–0x9f, where it differs from ISO-8859-1 (undefined bytes stay as C1). */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Node 20's TextDecoder reads windows-1252 as ISO-8859-1 ("“" as U+0093); browsers do not. */
const decodesWindows1252 = () => new TextDecoder('windows-1252').decode(new Uint8Array([0x93])) === '“';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_C1.charCodeAt(b - 0x80) : b));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** A syndication document read from its bytes: what it was read as, its encoding, its JSON Feed. */
export interface XmlFeed extends Syndication {
  decodedAs: DecodedAs;
  /** The encoding and what named it, for people: `windows-1252 (XML declaration: "ISO-8859-1")`. */
  encoding: string;
}

/**
 * An RSS or Atom document's bytes as the JSON Feed it would have been. Read in slices of about
 * `SLICE_MS` (slices.ts) with a task boundary between them, so an 8 MB feed never holds the page
 * still for long. Rejects with `SyntaxError` as {@link syndicationToJsonFeed} throws.
 */
export async function readXmlFeed(bytes: Uint8Array, contentType?: string | null): Promise<XmlFeed> {
  const { text, decodedAs } = decodeXml(bytes, contentType);
  const { encoding, label, from } = decodedAs;
  const named = from === 'default' ? 'none declared' : label ? `${from}: "${label}"` : from;
  return { ...(await runInSlices(readDocument(text))), decodedAs, encoding: `${encoding} (${named})` };
}
