import { nothing, render, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { contentLang } from '../../core/feed-notes.js';
import { headingTag } from '../../core/heading.js';
import type { NodeView } from '../../core/keyed-nodes.js';
import type { NewsItem } from '../../feed/types.js';
import { formatDate, isoDate } from '../../i18n/dates.js';
import { translator, type Language } from '../../i18n/i18n.js';
import { newsListStrings } from './news-list.strings.js';

/** The words every item of one language shows, worked out once rather than per item. */
interface ItemWords {
  /** "Published ", before the date. */
  published: string;
  viewArticle: string;
  /** The "View article" link's accessible name for an item: "View article: Title". */
  label(title: string): string;
}

function itemWords(language: Language): ItemWords {
  const t = translator({ language }, newsListStrings);
  const viewArticle = t('news.viewArticle');
  // The translation's text either side of `{title}`, split once, not replaced in every item.
  const [before, after = ''] = t('news.viewArticleAbout').split('{title}');
  return { published: `${t('news.published')} `, viewArticle, label: (title) => viewArticle + before + title + after };
}

// One flat template per item, optional parts hidden rather than left out, so every item has the
// same elements (which is what lets the browser's list clone one prepared item and fill it in).
// No whitespace stands between the item's tags (each line break is inside a tag, where it makes
// no node): between flex items it shows nothing, but it was five text nodes more in every item.
// "View article" is named by `aria-label` ("View article: Title"), not a visually hidden span:
// that span is a block box, so the name a browser computes from it reads "View article : Title".
function itemTemplate(title: StaticValue, item: NewsItem, language: Language, words: ItemWords): TemplateResult {
  const date = item.published === undefined ? undefined : formatDate(item.published, language);
  const lang = contentLang(item.lang, language) ?? nothing;
  return staticHtml`<li class="item" part="item"
    ><${title} class="title" part="title" lang=${lang}><a part="link" href=${item.url ?? nothing}>${item.title}</a></${title}
    ><p class="date" part="date" ?hidden=${!date}>${words.published}<time datetime=${item.published === undefined ? nothing : isoDate(item.published)}>${date ?? ''}</time></p
    ><p class="summary" part="summary" lang=${lang} ?hidden=${!item.summary}>${item.summary ?? ''}</p
    ><a class="view" part="view-link" href=${item.url ?? nothing} ?hidden=${!item.url} aria-label=${words.label(item.title)}
      >${words.viewArticle}</a
  ></li>`;
}

/** What the prepared item is rendered from: its values are all taken out again (`prototypeOf`). */
const BLANK_ITEM: NewsItem = { type: 'news', id: '', title: '', tags: [] };

/**
 * `template` rendered once by Lit, as every clone starts: without Lit's marker comments, and
 * without the text and the attributes other than `class` and `part` that `fill` writes into each
 * clone (copying, then replacing, a thousand items' worth of them cost 2 ms of a first render).
 */
function prototypeOf(template: TemplateResult): HTMLLIElement {
  const fragment = document.createDocumentFragment();
  render(template, fragment);
  const item = fragment.querySelector('li')!;
  const comments = document.createTreeWalker(item, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const comment of found) comment.parentNode!.removeChild(comment);
  for (const element of item.querySelectorAll('*')) {
    for (const { name } of [...element.attributes]) if (name !== 'class' && name !== 'part') element.removeAttribute(name);
  }
  const [heading, date, summary] = item.children as unknown as [Element, Element, Element];
  for (const filled of [heading.firstElementChild!, date.lastElementChild!, summary]) filled.textContent = '';
  return item;
}

/**
 * Writes `item` into `li`, an item with the elements of `itemTemplate`. A `fresh` clone of the
 * prepared item has every part shown, this language's words and nothing else, so only what the
 * item has is written and only what it lacks is hidden; an item being brought up to date (another
 * language, or a feed reloaded) has everything written.
 */
function fill(li: Element, item: NewsItem, language: Language, words: ItemWords, fresh: boolean): void {
  const [heading, date, summary, view] = li.children as unknown as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
  const link = heading.firstElementChild!;
  const time = date.lastElementChild!;
  const lang = contentLang(item.lang, language);
  const { url, published } = item;
  // In the template's order, so attributes come in the order a render by Lit gives them.
  if (lang) heading.setAttribute('lang', lang);
  else if (!fresh) heading.removeAttribute('lang');
  if (url) link.setAttribute('href', url);
  else if (!fresh) link.removeAttribute('href');
  link.textContent = item.title;
  if (published !== undefined) {
    if (!fresh) date.hidden = false;
    time.setAttribute('datetime', isoDate(published));
    time.textContent = formatDate(published, language);
  } else {
    date.hidden = true;
    if (!fresh) {
      time.removeAttribute('datetime');
      time.textContent = '';
    }
  }
  if (!fresh) (date.firstChild as Text).data = words.published;
  if (lang) summary.setAttribute('lang', lang);
  else if (!fresh) summary.removeAttribute('lang');
  if (!fresh || !item.summary) summary.hidden = !item.summary;
  if (item.summary || !fresh) summary.textContent = item.summary ?? '';
  if (url) view.setAttribute('href', url);
  else if (!fresh) view.removeAttribute('href');
  if (!fresh || !url) view.hidden = !url;
  view.setAttribute('aria-label', words.label(item.title));
  if (!fresh) view.textContent = words.viewArticle;
}

const views = new Map<string, NodeView<NewsItem>>();

/**
 * How the news list draws its items with titles at `titleLevel` in `language`: one view per
 * level and language, made once, so an item already shown is recognised as drawn by the view of
 * this render. Views of one level share a structure: a language switch rewrites each item's
 * text in place and keeps its node.
 */
export function newsItemView(titleLevel: number, language: Language): NodeView<NewsItem> {
  const id = `${language}${titleLevel}`;
  let view = views.get(id);
  if (!view) {
    const title = headingTag(titleLevel, titleLevel)!;
    const words = itemWords(language);
    let prototype: HTMLLIElement | undefined;
    view = {
      structure: titleLevel,
      template: (item) => itemTemplate(title, item, language, words),
      create(item) {
        prototype ??= prototypeOf(itemTemplate(title, BLANK_ITEM, language, words));
        const li = prototype.cloneNode(true) as HTMLLIElement;
        fill(li, item, language, words, true);
        return li;
      },
      update: (node, item) => fill(node, item, language, words, false),
    };
    views.set(id, view);
  }
  return view;
}
