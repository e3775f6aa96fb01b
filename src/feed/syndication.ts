/**
 * RSS 2.0 and Atom 1.0, read as news: the document is turned into the JSON Feed it would have
 * been, so `validateFeed()` checks it like any other feed. Pure TypeScript with no DOM, so the
 * browser and `map-embed validate` (Node) read a document the same way.
 *
 * Nothing here ever becomes markup: the XML is tokenised by hand (no DOM, no entity
 * declarations expanded, nothing fetched, nothing run), and HTML inside `description`,
 * `summary` or `content` is reduced to plain text that elements render as text.
 */

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The HTML entities feeds commonly use, beyond XML's five; others are left as written. */
const HTML_ENTITIES: Record<string, string> = {
  ...XML_ENTITIES,
  nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  pound: '£', euro: '€', copy: '©', reg: '®', trade: '™', middot: '·', bull: '•', deg: '°',
};

function decode(text: string, named: Record<string, string>): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return named[ref] ?? named[ref.toLowerCase()] ?? whole;
  });
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;

/** Sticky match at `at`, without copying the rest of the document (a long feed stays linear). */
function matchAt(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

/** A small, strict-enough XML reader: elements, attributes, text, CDATA; comments and DOCTYPE skipped. */
function parseXml(source: string): XmlElement {
  let i = 0;
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const fail = (what: string): never => {
    throw new SyntaxError(`XML: ${what} at character ${i}`);
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const top = stack[stack.length - 1]!;
    if (lt === -1 || lt > i) {
      const text = source.slice(i, lt === -1 ? source.length : lt);
      if (stack.length > 1) top.children.push(decode(text, XML_ENTITIES));
      else if (text.trim()) fail('text outside the root element');
      if (lt === -1) break;
      i = lt;
      continue;
    }
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end === -1) fail('unclosed comment');
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i + 9);
      if (end === -1) fail('unclosed CDATA');
      if (stack.length === 1) fail('CDATA outside the root element');
      top.children.push(source.slice(i + 9, end));
      i = end + 3;
    } else if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i + 2);
      if (end === -1) fail('unclosed processing instruction');
      i = end + 2;
    } else if (source.startsWith('<!', i)) {
      // DOCTYPE, with or without an internal subset: skipped, its entities never expanded.
      const bracket = source.indexOf('[', i);
      const close = source.indexOf('>', i);
      if (close === -1) fail('unclosed declaration');
      if (bracket !== -1 && bracket < close) {
        const end = source.indexOf(']', bracket);
        const after = end === -1 ? -1 : source.indexOf('>', end);
        if (after === -1) fail('unclosed declaration');
        i = after + 1;
      } else {
        i = close + 1;
      }
    } else if (source[i + 1] === '/') {
      const name = matchAt(NAME, source, i + 2)?.[0];
      const end = source.indexOf('>', i);
      if (!name || end === -1) fail('malformed end tag');
      if (stack.length === 1 || top.name !== name) fail(`</${name}> does not close <${top.name}>`);
      stack.pop();
      i = end + 1;
    } else {
      const name = matchAt(NAME, source, i + 1)?.[0];
      if (!name) fail('malformed start tag');
      if (stack.length === 1 && root.children.length) fail('a second root element');
      const element: XmlElement = { name: name!, attrs: {}, children: [] };
      i += 1 + name!.length;
      for (;;) {
        const attribute = matchAt(ATTRIBUTE, source, i);
        if (attribute) {
          element.attrs[attribute[1]!] = decode(attribute[3] ?? attribute[4] ?? '', XML_ENTITIES);
          i += attribute[0].length;
          continue;
        }
        const close = matchAt(TAG_END, source, i);
        if (!close) fail(`malformed <${name}>`);
        i += close![0].length;
        top.children.push(element);
        if (!close![1]) stack.push(element);
        break;
      }
    }
  }
  if (stack.length > 1) fail(`<${stack[stack.length - 1]!.name}> is not closed`);
  const element = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!element) throw new SyntaxError('XML: no root element');
  return element;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);
/**
 * Child elements by name. RSS's own elements have no namespace, so there the name must match
 * exactly (`link`, not the `atom:link` many RSS feeds put first); Atom's match by local name.
 */
const kids = (el: XmlElement, name: string, exact = false) =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && (exact ? c.name === name : local(c.name) === name));
const kid = (el: XmlElement, name: string, exact = false) => kids(el, name, exact)[0];
function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

const BLOCK = /^(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|hr|dd|dt|pre|figure|figcaption)$/i;

/**
 * HTML as plain text: script, style and comments removed with their content, every tag removed
 * (block tags leave a space), entities decoded once, white space collapsed. The result is only
 * ever rendered as text, so markup that survives as `&lt;…&gt;` shows as the characters it is.
 */
export function htmlToText(markup: string): string {
  const stripped = markup
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|template|noscript|iframe|object|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?([a-zA-Z][\w:-]*)(?:"[^"]*"|'[^']*'|[^'">])*>?/g, (_whole, tag: string) => (BLOCK.test(tag) ? ' ' : ''))
    .replace(/<[!?](?:[^>])*>?/g, ' ');
  return decode(stripped, HTML_ENTITIES).replace(/\s+/g, ' ').trim();
}

/** Atom text constructs: `type="html"` is HTML, `xhtml` is markup in the XML, `text` is text. */
function atomText(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const type = el.attrs.type ?? 'text';
  const text = type === 'html' ? htmlToText(textOf(el)) : textOf(el).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, string> = {
  gmt: '+00:00', ut: '+00:00', utc: '+00:00', z: '+00:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};
const RFC822 =
  /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4}|\d{2})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,3}|[+-]\d{4})$/i;

/**
 * RSS's `pubDate` is an RFC 822 date ("Tue, 11 Mar 2025 09:30:00 GMT"): rewritten as the
 * RFC 3339 date it names. Anything else is passed on as written, for `validateFeed()` to report.
 */
export function rfc822ToRfc3339(value: string): string {
  const match = RFC822.exec(value.trim());
  const month = match ? MONTHS.indexOf(match[2]!.toLowerCase()) : -1;
  if (!match || month === -1) return value;
  const zoneText = match[7]!;
  const zone = /^[+-]/.test(zoneText) ? `${zoneText.slice(0, 3)}:${zoneText.slice(3)}` : ZONES[zoneText.toLowerCase()];
  if (!zone) return value;
  const year = match[3]!.length === 2 ? `20${match[3]}` : match[3]!;
  const pad = (n: string | number) => String(n).padStart(2, '0');
  return `${year}-${pad(month + 1)}-${pad(match[1]!)}T${match[4]}:${match[5]}:${match[6] ?? '00'}${zone}`;
}

const tagsOf = (values: string[]) => {
  const tags = values.map((v) => v.trim()).filter(Boolean);
  return tags.length ? { tags } : {};
};

function defined<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function fromRss(rss: XmlElement): object {
  const channel = kid(rss, 'channel', true);
  if (!channel) throw new SyntaxError('RSS: no <channel>');
  return defined({
    version: 'https://jsonfeed.org/version/1.1',
    title: textOf(kid(channel, 'title', true)).trim(),
    home_page_url: textOf(kid(channel, 'link', true)).trim() || undefined,
    language: textOf(kid(channel, 'language', true)).trim() || undefined,
    items: kids(channel, 'item', true).map((item) => {
      const link = textOf(kid(item, 'link', true)).trim() || undefined;
      const guid = textOf(kid(item, 'guid', true)).trim() || undefined;
      const pubDate = textOf(kid(item, 'pubDate', true)).trim();
      const description = htmlToText(textOf(kid(item, 'description', true)) || textOf(kid(item, 'content:encoded', true)));
      return defined({
        id: guid ?? link,
        title: htmlToText(textOf(kid(item, 'title', true))) || undefined,
        url: link,
        summary: description || undefined,
        date_published: pubDate ? rfc822ToRfc3339(pubDate) : undefined,
        ...tagsOf(kids(item, 'category', true).map(textOf)),
      });
    }),
  });
}

function atomLink(el: XmlElement): string | undefined {
  const links = kids(el, 'link');
  const link = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate') ?? links[0];
  return link?.attrs.href?.trim() || undefined;
}

function fromAtom(feed: XmlElement): object {
  return defined({
    version: 'https://jsonfeed.org/version/1.1',
    title: atomText(kid(feed, 'title')) ?? '',
    home_page_url: atomLink(feed),
    language: feed.attrs['xml:lang']?.trim() || undefined,
    authors: kids(feed, 'author').length
      ? kids(feed, 'author').map((a) => defined({ name: textOf(kid(a, 'name')).trim() || undefined }))
      : undefined,
    items: kids(feed, 'entry').map((entry) =>
      defined({
        id: textOf(kid(entry, 'id')).trim() || atomLink(entry),
        title: atomText(kid(entry, 'title')),
        url: atomLink(entry),
        summary: atomText(kid(entry, 'summary')) ?? atomText(kid(entry, 'content')),
        date_published: (textOf(kid(entry, 'published')) || textOf(kid(entry, 'updated'))).trim() || undefined,
        ...tagsOf(kids(entry, 'category').map((c) => c.attrs.term ?? '')),
      }),
    ),
  });
}

/**
 * An RSS 2.0 or Atom 1.0 document as the JSON Feed it would have been. Throws `SyntaxError` when
 * the text is not well-formed XML or its root is neither `<rss>` nor Atom's `<feed>`.
 */
export function syndicationToJsonFeed(text: string): object {
  const root = parseXml(text.replace(/^\ufeff/, ''));
  if (local(root.name) === 'rss') return fromRss(root);
  if (root.name === 'feed' && root.attrs.xmlns === 'http://www.w3.org/2005/Atom') return fromAtom(root);
  if (local(root.name) === 'feed' && Object.values(root.attrs).includes('http://www.w3.org/2005/Atom')) return fromAtom(root);
  throw new SyntaxError(`<${root.name}> is neither RSS 2.0 nor Atom 1.0`);
}
