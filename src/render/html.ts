/**
 * `--format html`: plain semantic HTML in the light DOM. It reads well with no stylesheet at all
 * (headings, lists, `time`, link text that names its target) and looks like the elements with
 * `dist/map-embed.css`, which styles the `map-…` classes below (documented in
 * docs/pages-without-script.md). No script, no event handlers, no inline styles.
 */
import { attributes, markup, type Markup } from './markup.js';
import type { CaseStudiesView, Dated, FreshnessView, LinkView, NewsView, NotesView, RoleView, View } from './views.js';

const heading = (level: number, className: string, content: Markup | string, lang?: string): Markup => {
  const tag = `h${level}`;
  return markup`<${tag}${attributes({ class: className, lang })}>${content}</${tag}>`;
};

const time = (date: Dated) => markup`<time datetime="${date.iso}">${date.text}</time>`;

function notes(view: NotesView | undefined): Markup | string {
  if (!view) return '';
  return markup`<div class="map-notes">${[
    view.reviewed ? markup`<p class="map-note">${view.reviewed.label} ${time(view.reviewed.date)}</p>` : '',
    view.due ? markup`<p class="map-note map-note--due">${view.due}</p>` : '',
    view.source ? markup`<p class="map-note">${view.source.label} <span${attributes({ lang: view.source.lang })}>${view.source.name}</span></p>` : '',
  ]}</div>`;
}

const link = (view: LinkView | undefined, className: string): Markup | string =>
  view
    ? markup`<p class="${className}"><a href="${view.href}">${view.text}<span class="map-visually-hidden">${view.more}</span></a></p>`
    : '';

const image = (view: { image?: { src: string; alt: string } }, className: string): Markup | string =>
  view.image ? markup`<img class="${className}" src="${view.image.src}" alt="${view.image.alt}" loading="lazy" decoding="async">` : '';

function roleCard(view: RoleView): Markup {
  const lang = view.lang;
  return markup`<article class="map-card map-role-card${view.full ? ' map-role-card--full' : ''}">
${image(view, 'map-role-card__image')}
${heading(view.headingLevel, 'map-card__heading', view.title, lang)}
${view.summary ? markup`<p class="map-card__summary"${attributes({ lang })}>${view.summary}</p>` : ''}
${view.facts.length
    ? markup`<dl class="map-facts">${view.facts.map(
        (fact) =>
          markup`<dt>${fact.term}</dt><dd${attributes({ lang })}>${fact.list ? markup`<ul>${fact.list.map((duty) => markup`<li>${duty}</li>`)}</ul>` : fact.text}</dd>`,
      )}</dl>`
    : ''}
${notes(view.notes)}
${link(view.link, 'map-card__more')}
</article>`;
}

function newsList(view: NewsView): Markup {
  const title = view.heading ? heading(view.heading.level, 'map-news-list__heading', view.heading.text) : '';
  if (view.empty) return markup`${title}<p class="map-empty">${view.empty}</p>`;
  return markup`${title}<ul class="map-news-list">
${view.items.map(
  (item) => markup`<li class="map-news-list__item">
${heading(view.titleLevel, 'map-news-list__title', item.link ? markup`<a href="${item.link.href}">${item.title}</a>` : item.title, item.lang)}
${item.published ? markup`<p class="map-news-list__date">${item.published.label} ${time(item.published.date)}</p>` : ''}
${item.summary ? markup`<p class="map-news-list__summary"${attributes({ lang: item.lang })}>${item.summary}</p>` : ''}
${link(item.link, 'map-news-list__view')}
</li>
`,
)}</ul>`;
}

/** Every case study, one after another, as the carousel prints: no controls to work without script. */
function caseStudies(view: CaseStudiesView): Markup {
  if (view.empty) return markup`<p class="map-empty">${view.empty}</p>`;
  return markup`<ul class="map-case-studies" aria-label="${view.label}">
${view.items.map(
  (item) => markup`<li><article class="map-card map-case-study">
${image(item, 'map-case-study__image')}
${heading(view.headingLevel, 'map-card__heading', item.title, item.lang)}
<p class="map-case-study__organisation"${attributes({ lang: item.lang })}>${item.organisation}</p>
${item.quote
  ? markup`<figure class="map-case-study__quote"${attributes({ lang: item.lang })}><blockquote><p>${item.quote}</p></blockquote>${item.person ? markup`<figcaption class="map-case-study__person">${item.person}</figcaption>` : ''}</figure>`
  : item.person
    ? markup`<p class="map-case-study__person"${attributes({ lang: item.lang })}>${item.person}</p>`
    : ''}
${item.summary ? markup`<p class="map-card__summary"${attributes({ lang: item.lang })}>${item.summary}</p>` : ''}
${notes(item.notes)}
${link(item.link, 'map-card__more')}
</article></li>
`,
)}</ul>`;
}

export function freshness(view: FreshnessView): Markup {
  return markup`${view.label} ${time(view.date)} ${view.from} ${view.href ? markup`<a href="${view.href}">${view.feed}</a>` : view.feed}`;
}

const BODIES = { 'role-card': roleCard, 'news-list': newsList, 'case-study-carousel': caseStudies } as const;

/** The fragment: one `div` in the fragment's language, holding the element's content and the freshness line. */
export function renderHtml(view: View): string {
  const body = (BODIES[view.element.element] as (element: View['element']) => Markup)(view.element);
  // Blank lines left by absent parts are dropped, so the output reads as written.
  const content = body.html.replace(/\n(?:\s*\n)+/g, '\n');
  return `<div class="map-embed map-embed--${view.element.element}" lang="${view.language}">
${content}
<p class="map-updated">${freshness(view.updated).html}</p>
</div>
`;
}
