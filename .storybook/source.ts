/**
 * What "Show code" shows under each story: the markup an editor pastes into a page, and nothing
 * the story needs only for itself. Storybook renders the story's template to HTML (without its
 * decorators: `excludeDecorators`), then this drops story-only ids and lays the result out on
 * several lines, one attribute a line when a tag would not fit on one.
 */

/** `item-id="story-…"` keeps each story's bookmarks and ratings apart; a page has its own ids. */
const STORY_ONLY = (attribute: Attr) => attribute.name === 'item-id' && attribute.value.startsWith('story-');

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const WIDTH = 80;
const INDENT = '  ';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function attributes(element: Element): string[] {
  return [...element.attributes]
    .filter((attribute) => !STORY_ONLY(attribute))
    .map((attribute) => (attribute.value === '' ? attribute.name : `${attribute.name}="${escapeAttribute(attribute.value)}"`));
}

function lines(node: Node, depth: number): string[] {
  const pad = INDENT.repeat(depth);
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text ? [pad + escapeText(text)] : [];
  }
  if (!(node instanceof Element)) return [];
  const tag = node.localName;
  const attrs = attributes(node);
  const oneLine = `${pad}<${[tag, ...attrs].join(' ')}>`;
  const open =
    oneLine.length <= WIDTH || attrs.length < 2
      ? [oneLine]
      : [`${pad}<${tag}`, ...attrs.map((attribute) => `${pad}${INDENT}${attribute}`), `${pad}>`];
  if (VOID.has(tag)) return open;
  const children = [...node.childNodes].flatMap((child) => lines(child, depth + 1));
  const close = `</${tag}>`;
  if (!children.length) {
    open[open.length - 1] += close;
    return open;
  }
  // Text alone, short enough: on the tag's own line, as a person would write it.
  if (children.length === 1 && open.length === 1 && node.childNodes.length === 1) {
    const inline = `${open[0]}${children[0]!.trim()}${close}`;
    if (inline.length <= WIDTH) return [inline];
  }
  return [...open, ...children, pad + close];
}

/** The story's rendered HTML, as an editor would paste it. */
export function pageSource(code: string): string {
  const template = document.createElement('template');
  template.innerHTML = code;
  return [...template.content.childNodes].flatMap((node) => lines(node, 0)).join('\n');
}
