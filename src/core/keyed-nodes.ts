import { noChange, type ChildPart, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type PartInfo } from 'lit/directive.js';

/**
 * How one kind of list item is drawn: as a Lit template (what the server renders, and the one
 * description of the item's markup) and, in the browser, as a node built from that template once
 * and then cloned and filled for each item.
 */
export interface NodeView<T> {
  /**
   * Nodes made by views with the same `structure` have the same elements, so `update` can bring
   * one made by another such view (another language, say) up to date. A view of another
   * structure (another heading tag) draws every item afresh.
   */
  readonly structure: unknown;
  /** The item as a Lit template: rendered on the server, where there is no DOM to build. */
  template(item: T): TemplateResult;
  /** A new node showing `item`. */
  create(item: T): Element;
  /** Makes `node`, made for an earlier item with this key or by an earlier view, show `item`. */
  update(node: Element, item: T): void;
}

interface Entry<T> {
  node: Element;
  item: T;
  view: NodeView<T>;
}

/**
 * A keyed list whose items are plain nodes: the same promises as `repeat` with `guard` (an item
 * keeps its node, and so its focus and scroll position, while its key stays in the list; an
 * item already shown, unchanged and drawn by the same view costs nothing on a re-render; items
 * come and go in place), without the per-item template instance and the two marker comments
 * `repeat` gives every item. Those were what kept a thousand-item news list slower than the same
 * list written by hand (bench/README.md): here each item is one clone of a prepared node and a
 * few property and attribute writes, as a hand-written list does it.
 */
class KeyedNodesDirective<T> extends Directive {
  readonly #entries = new Map<unknown, Entry<T>>();
  #structure: unknown;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('keyedNodes() can only be used in child expressions');
  }

  /** On the server, where `update` never runs: the items as templates, in order. */
  render(items: readonly T[], _key: (item: T) => unknown, view: NodeView<T>): TemplateResult[] {
    return items.map((item) => view.template(item));
  }

  override update(part: ChildPart, [items, key, view]: [readonly T[], (item: T) => unknown, NodeView<T>]): unknown {
    const entries = this.#entries;
    if (view.structure !== this.#structure) {
      for (const { node } of entries.values()) node.remove();
      entries.clear();
      this.#structure = view.structure;
    }
    // The keys wanted, in order. A key met twice (two feeds merged, each with an item "1") is made
    // unique by its place, so neither item is lost.
    const wanted = new Map<unknown, T>();
    for (const item of items) {
      let k = key(item);
      for (let n = 1; wanted.has(k); n++) k = `${String(key(item))}\u0000${n}`;
      wanted.set(k, item);
    }
    for (const [k, { node }] of entries) {
      if (!wanted.has(k)) {
        node.remove();
        entries.delete(k);
      }
    }
    const parent = part.parentNode;
    // Everything before `at` is in its final place; nodes that stay are never moved.
    let at = part.startNode!.nextSibling;
    for (const [k, item] of wanted) {
      let entry = entries.get(k);
      if (!entry) {
        entry = { node: view.create(item), item, view };
        entries.set(k, entry);
      } else if (entry.item !== item || entry.view !== view) {
        view.update(entry.node, item);
        entry.item = item;
        entry.view = view;
      }
      if (entry.node === at) at = at.nextSibling;
      else parent.insertBefore(entry.node, at);
    }
    return noChange;
  }
}

interface KeyedNodesDirectiveFn {
  <T>(items: readonly T[], key: (item: T) => unknown, view: NodeView<T>): DirectiveResult<typeof KeyedNodesDirective<T>>;
}

/**
 * `keyedNodes(items, (item) => item.id, view)` in a child position: draws `items` in order with
 * `view`, keyed by `key`. See {@link NodeView}.
 */
export const keyedNodes = directive(KeyedNodesDirective) as KeyedNodesDirectiveFn;
