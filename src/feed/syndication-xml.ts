/**
 * The XML reader under syndication.ts: a small tokeniser for the elements, attributes, text and
 * CDATA of an RSS or Atom document (no DOM, no entity declarations expanded, nothing fetched), the
 * helpers that walk what it read, and HTML reduced to plain text. Loaded with syndication.ts,
 * only for a feed that is XML (feed/lazy.ts).
 */

export interface XmlElement {
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

/**
 * How deep elements may nest. Real feeds nest a few dozen levels at most (XHTML content included);
 * a document nested deeper is refused with a plain message rather than read into a tree that
 * every recursive step below would overflow the stack on.
 */
export const MAX_DEPTH = 500;

/**
 * A small, strict-enough XML reader: elements, attributes, text, CDATA; comments and DOCTYPE
 * skipped. A generator that yields now and then, so a long document can be read in slices
 * (`readSyndication`) or in one go (`syndicationToJsonFeed`).
 */
export function* parseXml(source: string): Generator<void, XmlElement> {
  let i = 0;
  let steps = 0;
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const fail = (what: string): never => {
    throw new SyntaxError(`XML: ${what} at character ${i}`);
  };
  while (i < source.length) {
    if (++steps % 1024 === 0) yield;
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
        if (!close![1]) {
          if (stack.length > MAX_DEPTH) fail(`too deeply nested (more than ${MAX_DEPTH} elements inside one another)`);
          stack.push(element);
        }
        break;
      }
    }
  }
  if (stack.length > 1) fail(`<${stack[stack.length - 1]!.name}> is not closed`);
  const element = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!element) throw new SyntaxError('XML: no root element');
  return element;
}

export const local = (name: string) => name.slice(name.indexOf(':') + 1);
/**
 * Child elements by name. RSS's own elements have no namespace, so there the name must match
 * exactly (`link`, not the `atom:link` many RSS feeds put first); Atom's match by local name.
 */
export const kids = (el: XmlElement, name: string, exact = false) =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && (exact ? c.name === name : local(c.name) === name));
export const kid = (el: XmlElement, name: string, exact = false) => kids(el, name, exact)[0];
export function textOf(el: XmlElement | undefined): string {
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
