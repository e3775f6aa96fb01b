import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { keyedNodes, type NodeView } from './keyed-nodes.js';

interface Row {
  id: string;
  text: string;
}

/** A view that draws a row as `<li>` (or `tag`) and counts what it was asked to do. */
function rowView(tag = 'li', label = '') {
  const calls = { create: 0, update: 0 };
  const view: NodeView<Row> = {
    structure: tag,
    template: (row) => html`<li>${label}${row.text}</li>`,
    create(row) {
      calls.create++;
      const node = document.createElement(tag);
      node.textContent = label + row.text;
      return node;
    },
    update(node, row) {
      calls.update++;
      node.textContent = label + row.text;
    },
  };
  return { view, calls };
}

const rows = (...ids: string[]): Row[] => ids.map((id) => ({ id, text: id.toUpperCase() }));

describe('keyedNodes (src/core/keyed-nodes.ts)', () => {
  let container: HTMLElement;
  const draw = (items: readonly Row[], view: NodeView<Row>) =>
    render(html`<ul>${keyedNodes(items, (row) => row.id, view)}</ul><p>after</p>`, container);
  const list = () => container.querySelector('ul')!;
  const shown = () => [...list().children].map((node) => node.textContent);

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('draws the items in order, each once, and nothing else', () => {
    const { view, calls } = rowView();
    draw(rows('a', 'b', 'c'), view);
    expect(shown()).to.deep.equal(['A', 'B', 'C']);
    expect(calls).to.deep.equal({ create: 3, update: 0 });
    expect(container.querySelector('p')!.textContent).to.equal('after');
  });

  it('keeps the node of every item that stays, and touches none of them when nothing changed', () => {
    const { view, calls } = rowView();
    const items = rows('a', 'b', 'c', 'd');
    draw(items, view);
    const [a, b, c, d] = [...list().children];
    draw([items[0]!, items[2]!], view);
    expect([...list().children]).to.deep.equal([a, c]);
    draw(items, view);
    expect(shown()).to.deep.equal(['A', 'B', 'C', 'D']);
    expect(list().children[0]).to.equal(a);
    expect(list().children[2]).to.equal(c);
    expect([b, d]).to.not.include(list().children[1], 'an item that left and came back is drawn afresh');
    expect(calls).to.deep.equal({ create: 6, update: 0 });
  });

  it('moves kept nodes into a new order without drawing them again', () => {
    const { view, calls } = rowView();
    const items = rows('a', 'b', 'c', 'd');
    draw(items, view);
    const before = new Map([...list().children].map((node) => [node.textContent, node]));
    draw([items[3]!, items[1]!, items[0]!, items[2]!], view);
    expect(shown()).to.deep.equal(['D', 'B', 'A', 'C']);
    for (const node of list().children) expect(node).to.equal(before.get(node.textContent));
    expect(calls.create).to.equal(4);
  });

  it('keeps focus on an item that stays while others around it go and come', () => {
    const { view } = rowView('button');
    const items = rows('a', 'b', 'c');
    draw(items, view);
    const b = list().children[1] as HTMLButtonElement;
    b.focus();
    draw([items[1]!, items[2]!], view);
    draw(items, view);
    expect(document.activeElement).to.equal(b);
  });

  it('updates a kept node in place for a new item object or a new view of the same structure', () => {
    const first = rowView('li');
    const second = rowView('li', '» ');
    const [a, b] = rows('a', 'b') as [Row, Row];
    draw([a, b], first.view);
    const nodeA = list().children[0];
    const again = { id: 'a', text: 'A again' };
    draw([again, b], first.view);
    expect(shown()).to.deep.equal(['A again', 'B']);
    expect(first.calls, 'only the item that changed').to.deep.equal({ create: 2, update: 1 });
    draw([again, b], second.view);
    expect(shown()).to.deep.equal(['» A again', '» B']);
    expect(list().children[0]).to.equal(nodeA);
    expect(second.calls).to.deep.equal({ create: 0, update: 2 });
  });

  it('draws every item afresh for a view of another structure', () => {
    const items = rows('a', 'b');
    draw(items, rowView('li').view);
    const before = [...list().children];
    const { view, calls } = rowView('div');
    draw(items, view);
    expect([...list().children].map((node) => node.localName)).to.deep.equal(['div', 'div']);
    expect(before.some((node) => node.isConnected)).to.equal(false);
    expect(calls).to.deep.equal({ create: 2, update: 0 });
  });

  it('shows both of two items with one key, in their places', () => {
    const { view } = rowView();
    draw([{ id: 'x', text: 'first' }, { id: 'y', text: 'middle' }, { id: 'x', text: 'second' }], view);
    expect(shown()).to.deep.equal(['first', 'middle', 'second']);
    draw([{ id: 'x', text: 'second' }], view);
    expect(shown()).to.deep.equal(['second']);
  });

  it('leaves no nodes behind when the list goes from the page', () => {
    const { view } = rowView();
    render(html`<ul>${keyedNodes(rows('a', 'b'), (row) => row.id, view)}</ul>`, container);
    const after = document.createElement('li');
    render(html`<ul>${after}</ul>`, container);
    expect([...container.querySelector('ul')!.children]).to.deep.equal([after]);
  });

  it('refuses any position but a child one', () => {
    const { view } = rowView();
    expect(() => render(html`<ul class=${keyedNodes([], () => '', view)}></ul>`, container)).to.throw(/child expressions/);
  });
});
