/**
 * `--format email`: for a staff bulletin. Every style inline (mail clients drop `<style>` and
 * classes: Gmail keeps only some, Outlook on Windows lays out with Word), one presentation table
 * at most 600 px wide (the width mail clients' reading panes are designed for), absolute links,
 * images with `alt`, `width` and `height` so the layout holds and the text stands when images are
 * off. The rules followed and their sources are in docs/pages-without-script.md.
 */
import { attributes, markup, type Markup } from './markup.js';
import type { CaseStudiesView, Dated, FreshnessView, LinkView, NewsView, NotesView, RoleView, View } from './views.js';

/** NHS.UK colours and Arial (NHS.UK's fallback for Frutiger, which mail clients do not have). */
const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const TEXT = `${FONT}color:#212b32;font-size:16px;line-height:24px;margin:0 0 16px;`;
const SECONDARY = `${FONT}color:#4c6272;font-size:14px;line-height:20px;margin:0 0 8px;`;
const LINK = 'color:#005eb8;text-decoration:underline;';
const CARD = 'border:1px solid #d8dde0;background-color:#ffffff;padding:24px;';
const WIDTH = 600;
/** Inside the card: the table's width less its padding and border. */
const INNER = WIDTH - 2 * 24 - 2;

const heading = (level: number, content: Markup | string, lang?: string, size = 22): Markup => {
  const tag = `h${level}`;
  return markup`<${tag}${attributes({ lang, style: `${FONT}color:#212b32;font-size:${size}px;line-height:${Math.round(size * 1.3)}px;font-weight:bold;margin:0 0 16px;` })}>${content}</${tag}>`;
};

const time = (date: Dated) => markup`<time datetime="${date.iso}">${date.text}</time>`;

const paragraph = (content: Markup | string, lang?: string, style = TEXT) => markup`<p${attributes({ lang, style })}>${content}</p>`;

function notes(view: NotesView | undefined): Markup | string {
  if (!view) return '';
  return markup`${[
    view.reviewed ? paragraph(markup`${view.reviewed.label} ${time(view.reviewed.date)}`, undefined, SECONDARY) : '',
    view.due ? paragraph(view.due, undefined, `${TEXT}border-left:4px solid #005eb8;padding:8px 16px;`) : '',
    view.source ? paragraph(markup`${view.source.label} <span${attributes({ lang: view.source.lang })}>${view.source.name}</span>`, undefined, SECONDARY) : '',
  ]}`;
}

/** The link names its target in words ("Read more about …"): mail clients may drop visually hidden text. */
const link = (view: LinkView | undefined): Markup | string =>
  view ? paragraph(markup`<a href="${view.href}" style="${LINK}font-weight:bold;">${view.text}${view.more}</a>`) : '';

const image = (src: string, alt: string, width: number, height: number) =>
  markup`<img src="${src}" alt="${alt}" width="${width}" height="${height}" style="display:block;border:0;max-width:100%;height:auto;${FONT}color:#4c6272;font-size:14px;">`;

/** A card: one cell of a table, so Outlook keeps its border and padding. */
const card = (content: Markup) =>
  markup`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 16px;"><tr><td style="${CARD}">${content}</td></tr></table>`;

function roleCard(view: RoleView): Markup {
  const lang = view.lang;
  const size = view.full ? 160 : 96;
  return card(markup`${view.image ? markup`<div style="margin:0 0 16px;">${image(view.image.src, view.image.alt, size, size)}</div>` : ''}
${heading(view.headingLevel, view.title, lang)}
${view.summary ? paragraph(view.summary, lang) : ''}
${view.facts.map(
  (fact) => markup`${heading(Math.min(view.headingLevel + 1, 6), fact.term, undefined, 16)}
${fact.list ? markup`<ul${attributes({ lang, style: `${TEXT}padding:0 0 0 20px;` })}>${fact.list.map((duty) => markup`<li style="margin:0 0 8px;">${duty}</li>`)}</ul>` : paragraph(fact.text ?? '', lang)}`,
)}
${notes(view.notes)}
${link(view.link)}`);
}

function newsList(view: NewsView): Markup {
  const title = view.heading ? heading(view.heading.level, view.heading.text, undefined, 24) : '';
  if (view.empty) return markup`${title}${paragraph(view.empty)}`;
  return markup`${title}${view.items.map(
    (item) => markup`<div style="border-bottom:1px solid #d8dde0;padding:0 0 16px;margin:0 0 16px;">
${heading(view.titleLevel, item.link ? markup`<a href="${item.link.href}" style="${LINK}">${item.title}</a>` : item.title, item.lang, 19)}
${item.published ? paragraph(markup`${item.published.label} ${time(item.published.date)}`, undefined, SECONDARY) : ''}
${item.summary ? paragraph(item.summary, item.lang) : ''}
</div>
`,
  )}`;
}

function caseStudies(view: CaseStudiesView): Markup {
  if (view.empty) return paragraph(view.empty);
  return markup`${view.items.map(
    (item) => card(markup`${item.image ? markup`<div style="margin:0 0 16px;">${image(item.image.src, item.image.alt, INNER, Math.round((INNER * 9) / 16))}</div>` : ''}
${heading(view.headingLevel, item.title, item.lang)}
${paragraph(item.organisation, item.lang, SECONDARY)}
${item.quote ? markup`<blockquote${attributes({ lang: item.lang, style: `${TEXT}margin:0 0 16px;padding:0 0 0 16px;border-left:4px solid #005eb8;` })}>${paragraph(item.quote, undefined, `${TEXT}font-size:19px;line-height:28px;`)}${item.person ? paragraph(markup`— ${item.person}`, undefined, SECONDARY) : ''}</blockquote>` : item.person ? paragraph(item.person, item.lang, SECONDARY) : ''}
${item.summary ? paragraph(item.summary, item.lang) : ''}
${notes(item.notes)}
${link(item.link)}`),
  )}`;
}

const freshness = (view: FreshnessView) =>
  paragraph(
    markup`${view.label} ${time(view.date)} ${view.from} ${view.href ? markup`<a href="${view.href}" style="${LINK}">${view.feed}</a>` : view.feed}`,
    undefined,
    SECONDARY,
  );

const BODIES = { 'role-card': roleCard, 'news-list': newsList, 'case-study-carousel': caseStudies } as const;

/** The fragment: one presentation table at most 600 px wide, to paste into a bulletin's body. */
export function renderEmail(view: View): string {
  const body = (BODIES[view.element.element] as (element: View['element']) => Markup)(view.element);
  const content = body.html.replace(/\n(?:\s*\n)+/g, '\n');
  return `<table role="presentation" lang="${view.language}" width="${WIDTH}" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:${WIDTH}px;border-collapse:collapse;">
<tr><td style="${FONT}color:#212b32;font-size:16px;line-height:24px;text-align:left;">
${content}
${freshness(view.updated).html}
</td></tr>
</table>
`;
}
