import { noChange, render, type RenderOptions, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type DirectiveResult, type PartInfo } from 'lit/directive.js';

/** What Lit drew into a holder: every node after the marker it puts first. */
function drawnNodes(holder: DocumentFragment): ChildNode[] {
  const nodes: ChildNode[] = [];
  for (let node = holder.firstChild?.nextSibling ?? null; node; node = node.nextSibling) nodes.push(node);
  return nodes;
}

/** One item on screen: what it was drawn from, and the nodes it was drawn as. */
interface Shown<T> {
  item: T;
  template: (item: T) => TemplateResult;
  /** Where Lit keeps the item's part: its nodes are drawn here, then moved into the list. */
  holder: DocumentFragment;
  nodes: ChildNode[];
}

/**
 * The news list's items, keyed like `repeat` and left alone like `guard`: an item already on
 * screen keeps its nodes (so focus and scroll position stay where they were) and costs no work
 * while its item and template are the same; an item whose template changed (the page's language)
 * is updated in place, nodes kept; items that go are removed and new ones drawn in their place.
 *
 * Why not `repeat(items, key, (item) => guard(…))`, which does the same: `repeat` puts two comment
 * markers around every item, and sets every kept item's value on each update (which `guard` then
 * turns down). A filter change that removes 500 of 1,000 items removed 1,500 nodes and passed
 * 500 values through the directives, against 500 nodes for a hand-written list: 1.2× its time
 * (bench/README.md). Here each item is its own nodes, as in a hand-written list. Each item is
 * still drawn by Lit (`render()` into a fragment of its own, whose part keeps pointing at the
 * item's nodes once they are moved into the list), so templates, bindings and escaping are
 * Lit's as everywhere else.
 */
class KeyedItemsDirective<T> extends Directive {
  readonly #shown = new Map<string, Shown<T>>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('keyedItems() goes where a child goes');
  }

  /** Without a DOM to keep (server rendering), the items in order. */
  render(items: readonly T[], _key: (item: T) => string, template: (item: T) => TemplateResult): unknown {
    return items.map(template);
  }

  override update(part: ChildPart, [items, key, template]: Parameters<this['render']>): unknown {
    const parent = part.parentNode;
    const options: RenderOptions = { host: part.options?.host, creationScope: part.options?.creationScope };
    // Keys in order; a key seen twice (two feeds giving one id) gets a second entry of its own.
    const keys: string[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      let k = key(item);
      for (let n = 2; seen.has(k); n++) k = `${key(item)}\u0000${n}`;
      seen.add(k);
      keys.push(k);
    }
    for (const [k, shown] of this.#shown) {
      if (seen.has(k)) continue;
      for (const node of shown.nodes) node.remove();
      this.#shown.delete(k);
    }
    // Walk the list once, as a hand-written keyed list does: what is in place stays, what is
    // not is moved or inserted before the node that should follow it.
    // A child part inside a template always has its start marker.
    let at: ChildNode | null = part.startNode!.nextSibling;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      let shown = this.#shown.get(keys[i]!);
      if (!shown) {
        const holder = document.createDocumentFragment();
        render(template(item), holder, options);
        shown = { item, template, holder, nodes: drawnNodes(holder) };
        this.#shown.set(keys[i]!, shown);
      } else if (shown.item !== item || shown.template !== template) {
        const wasNext = shown.nodes[0] === at;
        this.#redraw(shown, item, template, options);
        // New nodes took the old ones' place: the walk goes on from them.
        if (wasNext) at = shown.nodes[0] ?? at;
      }
      if (!shown.nodes.length) continue;
      if (shown.nodes[0] === at) {
        at = shown.nodes.at(-1)!.nextSibling;
        continue;
      }
      for (const node of shown.nodes) parent.insertBefore(node, at);
    }
    return noChange;
  }

  /**
   * Same template strings (another language): Lit updates the item's bindings where the nodes
   * now are. Other strings (another heading level): Lit draws new nodes into the holder, which
   * then take the old ones' place.
   */
  #redraw(shown: Shown<T>, item: T, template: (item: T) => TemplateResult, options: RenderOptions): void {
    render(template(item), shown.holder, options);
    shown.item = item;
    shown.template = template;
    const drawn = drawnNodes(shown.holder);
    if (!drawn.length) return;
    const [first] = shown.nodes;
    for (const node of drawn) first!.before(node);
    for (const node of shown.nodes) node.remove();
    shown.nodes = drawn;
  }
}

/**
 * `items`, each drawn by `template` and known by `key`: see KeyedItemsDirective. For a list whose
 * items are never edited in place (feed items are not), where each item's template depends only
 * on the item and `template` itself.
 */
export const keyedItems = directive(KeyedItemsDirective) as <T>(
  items: readonly T[],
  key: (item: T) => string,
  template: (item: T) => TemplateResult,
) => DirectiveResult<typeof KeyedItemsDirective>;
