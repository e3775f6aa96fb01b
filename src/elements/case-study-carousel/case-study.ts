import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { contentLang, itemNotes } from '../../core/feed-notes.js';
import type { CaseStudyItem } from '../../feed/types.js';
import type { Language } from '../../i18n/i18n.js';
import type { MapCaseStudyCarouselElement } from './case-study-carousel.js';

export interface CaseStudyOptions {
  t: MapCaseStudyCarouselElement['t'];
  language: Language;
  /** The tag of the title's heading. */
  heading: StaticValue;
  /** Show who publishes the feed (the carousel's `source`). */
  source: boolean;
  /** The image failed to load: the case study is shown as text only. */
  broken: boolean;
  onImageError: (event: Event) => void;
}

/** One case study's content: the inside of a slide, or of the card when there is only one. */
export function caseStudyTemplate(item: CaseStudyItem, options: CaseStudyOptions): TemplateResult {
  const { t, language, heading } = options;
  const image = item.image && !options.broken ? item.image : undefined;
  const lang = contentLang(item.lang, language);
  return html`${image
      ? html`<div class="media" part="media">
          <img
            class="image"
            part="image"
            src=${image.src}
            alt=${image.alt}
            loading="lazy"
            decoding="async"
            referrerpolicy="strict-origin-when-cross-origin"
            draggable="false"
            @error=${options.onImageError}
          />
        </div>`
      : nothing}
    <div class="body" part="body">
      ${staticHtml`<${heading} class="title" part="title" lang=${ifDefined(lang)}>${item.title}</${heading}>`}
      <p class="organisation" part="organisation" lang=${ifDefined(lang)}>${item.organisation}</p>
      ${item.quote
        ? html`<figure class="quote" part="quote" lang=${ifDefined(lang)}>
            <blockquote><p>${item.quote}</p></blockquote>
            ${item.person ? html`<figcaption class="person" part="person">${item.person}</figcaption>` : nothing}
          </figure>`
        : item.person
          ? html`<p class="person" part="person" lang=${ifDefined(lang)}>${item.person}</p>`
          : nothing}
      ${item.summary ? html`<p class="summary" part="summary" lang=${ifDefined(lang)}>${item.summary}</p>` : nothing}
      ${itemNotes(t, language, item, { source: options.source })}
      ${item.url
        ? html`<a
            class="link"
            part="link"
            href=${item.url}
            aria-label=${t('carousel.readCaseStudy') + t('carousel.readCaseStudyAbout', { title: item.title })}
            >${t('carousel.readCaseStudy')}</a
          >`
        : nothing}
    </div>`;
}
