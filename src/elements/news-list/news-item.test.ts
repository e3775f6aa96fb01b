import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { NewsItem } from '../../feed/types.js';
import type { Language } from '../../i18n/i18n.js';
import { newsItemView } from './news-item.js';

/** An item's markup with attributes in name order and no comments, so two equal trees compare equal. */
function canonical(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  for (let current: Node | null = walker.currentNode; current; current = walker.nextNode()) {
    if (current.nodeType === Node.COMMENT_NODE) {
      comments.push(current);
      continue;
    }
    const element = current as Element;
    const attributes = [...element.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => a.localeCompare(b));
    for (const [name] of attributes) element.removeAttribute(name);
    for (const [name, value] of attributes) element.setAttribute(name, value);
  }
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  copy.normalize();
  return copy.outerHTML;
}

/** What Lit renders from the view's template: the markup the server writes. */
function rendered(language: Language, level: number, item: NewsItem): string {
  const container = document.createElement('div');
  render(newsItemView(level, language).template(item), container);
  return canonical(container.querySelector('li')!);
}

const full: NewsItem = {
  type: 'news',
  id: 'full',
  title: 'Regulation of physician associates <begins> & more',
  summary: 'The GMC now regulates physician associates.',
  url: 'https://www.gmc-uk.org/news',
  published: Date.UTC(2024, 11, 13),
  tags: [],
};

/** Every combination of the parts an item may lack, and a feed language unlike the page's. */
const shapes: NewsItem[] = [];
for (let mask = 0; mask < 16; mask++) {
  const item: NewsItem = { type: 'news', id: `shape-${mask}`, title: `Item ${mask}`, tags: [] };
  if (mask & 1) item.url = `https://example.org/news/${mask}`;
  if (mask & 2) item.published = Date.UTC(2025, 2, mask + 1);
  if (mask & 4) item.summary = `Summary of item ${mask}.`;
  if (mask & 8) item.lang = 'en-GB';
  shapes.push(item);
}

describe('news items (src/elements/news-list/news-item.ts)', () => {
  for (const language of ['en', 'cy'] as const) {
    it(`builds in the browser exactly what its template renders, for every shape of item (${language})`, () => {
      for (const level of [3, 6]) {
        const view = newsItemView(level, language);
        for (const item of [full, ...shapes]) {
          expect(canonical(view.create(item)), `${item.id} at h${level}`).to.equal(rendered(language, level, item));
        }
      }
    });
  }

  it('shows an item’s text as text, never as markup', () => {
    const node = newsItemView(3, 'en').create(full);
    expect(node.querySelector('a')!.textContent).to.equal(full.title);
    expect(node.querySelector('begins')).to.equal(null);
  });

  it('brings a node up to date for another item or another language, as a fresh one would be', () => {
    for (const [from, to] of [['en', 'cy'], ['cy', 'en'], ['en', 'en']] as const) {
      for (const first of shapes) {
        for (const second of [full, shapes[0]!, shapes[15]!, shapes[6]!]) {
          const node = newsItemView(4, from).create(first);
          newsItemView(4, to).update(node, second);
          expect(canonical(node), `${first.id} (${from}) → ${second.id} (${to})`).to.equal(rendered(to, 4, second));
        }
      }
    }
  });

  it('gives views of one title level one structure, and each level its own', () => {
    expect(newsItemView(3, 'en').structure).to.equal(newsItemView(3, 'cy').structure);
    expect(newsItemView(3, 'en').structure).to.not.equal(newsItemView(4, 'en').structure);
    expect(newsItemView(3, 'en')).to.equal(newsItemView(3, 'en'));
  });
});
