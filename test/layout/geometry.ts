/**
 * Layout problems a person would see on a page, measured (not read): for every map-* element,
 * is everything its shadow root draws inside the element's own box, below whatever came before
 * and above the next `.after` marker; does any text run past the box that holds it; does the
 * page scroll sideways? Returns one sentence per problem, so a failure says what and where.
 */
const TOLERANCE = 1;

interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The largest empty stretch, top to bottom, between the things with no children (text, images). */
function largestGap(root: ShadowRoot): number {
  const leaves: [number, number][] = [];
  const visit = (node: ShadowRoot | Element) => {
    for (const child of node.querySelectorAll('*')) {
      const r = child.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && !child.children.length && !/^(STYLE|SLOT)$/.test(child.tagName)) leaves.push([r.top, r.bottom]);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  visit(root);
  leaves.sort((a, b) => a[0] - b[0]);
  let reach = leaves[0]?.[1] ?? 0;
  let gap = 0;
  for (const [top, bottom] of leaves) {
    gap = Math.max(gap, top - reach);
    reach = Math.max(reach, bottom);
  }
  return gap;
}

function drawn(root: ShadowRoot): Box | undefined {
  let box: Box | undefined;
  const visit = (node: ShadowRoot | Element) => {
    for (const child of node.querySelectorAll('*')) {
      const r = child.getBoundingClientRect();
      // Text only for screen readers is clipped to nothing: where its 1px box sits is not seen.
      if (r.width > 0 && r.height > 0 && !/^(STYLE|SLOT)$/.test(child.tagName) && !child.closest('.visually-hidden')) {
        box = box
          ? { top: Math.min(box.top, r.top), right: Math.max(box.right, r.right), bottom: Math.max(box.bottom, r.bottom), left: Math.min(box.left, r.left) }
          : { top: r.top, right: r.right, bottom: r.bottom, left: r.left };
      }
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  visit(root);
  return box;
}

/** The content box of the nearest ancestor that is not inline: where a line of text must fit. */
function lineBox(text: Text): DOMRect | undefined {
  let element = text.parentElement;
  while (element) {
    const style = getComputedStyle(element);
    if (!/^inline$|contents/.test(style.display)) {
      const r = element.getBoundingClientRect();
      const px = (value: string) => parseFloat(value) || 0;
      return new DOMRect(
        r.left + px(style.borderLeftWidth) + px(style.paddingLeft),
        r.top,
        r.width - px(style.borderLeftWidth) - px(style.paddingLeft) - px(style.borderRightWidth) - px(style.paddingRight),
        r.height,
      );
    }
    element = element.parentElement;
  }
  return undefined;
}

function textOverflows(root: ShadowRoot): string[] {
  const found: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data.trim();
    if (!text || node.parentElement?.closest('style, .visually-hidden, [hidden]')) continue;
    const range = root.ownerDocument.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    const line = lineBox(node);
    if (!line || r.width === 0) continue;
    const past = Math.max(r.right - line.right, line.left - r.left);
    if (past > TOLERANCE) found.push(`"${text.slice(0, 40)}" runs ${Math.round(past)}px past the box that holds it`);
  }
  return found;
}

function name(element: Element): string {
  const profession = element.getAttribute('profession');
  return `<${element.localName}${profession ? ` ${profession}` : ''}>`;
}

export function layoutProblems(doc: Document): string[] {
  const view = doc.defaultView!;
  const problems: string[] = [];
  const width = doc.documentElement.scrollWidth;
  if (width > view.innerWidth + TOLERANCE) problems.push(`the page scrolls sideways (${width}px in ${view.innerWidth}px)`);
  const markers = [...doc.querySelectorAll('.after')];
  for (const element of doc.querySelectorAll('*')) {
    if (!element.localName.startsWith('map-') || element.localName === 'map-feed' || !element.shadowRoot) continue;
    const content = drawn(element.shadowRoot);
    if (!content) {
      problems.push(`${name(element)} draws nothing`);
      continue;
    }
    // A grid or flex row may stretch an element to its neighbour's height on purpose.
    const stretched = /grid|flex/.test(view.getComputedStyle(element.parentElement!).display);
    const gap = largestGap(element.shadowRoot);
    if (!stretched && gap > 200) problems.push(`${name(element)} has ${Math.round(gap)}px of empty space inside it`);
    const contents = view.getComputedStyle(element).display === 'contents';
    if (!contents) {
      const box = element.getBoundingClientRect();
      const outside = {
        above: box.top - content.top,
        below: content.bottom - box.bottom,
        left: box.left - content.left,
        right: content.right - box.right,
      };
      for (const [side, px] of Object.entries(outside)) {
        if (px > TOLERANCE) problems.push(`${name(element)} draws ${Math.round(px)}px ${side === 'above' || side === 'below' ? side : `to the ${side} of`} its own box`);
      }
      const empty = box.bottom - content.bottom;
      if (!stretched && empty > 32) problems.push(`${name(element)} keeps ${Math.round(empty)}px of empty space below its content`);
    }
    const next = markers.find((marker) => element.compareDocumentPosition(marker) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (next) {
      const overlap = content.bottom - next.getBoundingClientRect().top;
      if (overlap > TOLERANCE) problems.push(`${name(element)} draws ${Math.round(overlap)}px over "${next.textContent}"`);
    }
    for (const text of textOverflows(element.shadowRoot)) problems.push(`${name(element)}: ${text}`);
  }
  return problems;
}
