import type { TranslationOf } from '../../i18n/strings.js';

const en = {
  'news.viewArticle': 'View article',
  'news.viewArticleAbout': ': {title}',
  'news.published': 'Published',
  'news.empty': 'There is no news to show.',
  'news.showMore': 'Show more news',
  'error.limit-invalid': '"{value}" is not a number of news items to show. Use a whole number of 1 or more.',
};

/**
 * What <map-news-list> says, in English and Welsh; only this element's bundle
 * carries them. The Welsh table must have every English key (`satisfies`), or it does not compile.
 */
export const newsListStrings = {
  en,
  cy: {
    'news.viewArticle': 'Gweld yr erthygl',
    'news.viewArticleAbout': ': {title}',
    'news.published': 'Cyhoeddwyd',
    'news.empty': 'Does dim newyddion i’w dangos.',
    'news.showMore': 'Dangos mwy o newyddion',
    'error.limit-invalid': 'Nid yw "{value}" yn nifer o eitemau newyddion i’w dangos. Defnyddiwch rif cyfan o 1 neu fwy.',
  } satisfies TranslationOf<typeof en>,
};
