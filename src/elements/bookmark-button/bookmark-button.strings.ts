import type { TranslationOf } from '../../i18n/strings.js';

const en = {
  'bookmark.button': 'Bookmark',
  'bookmark.name': 'Bookmark {title}',
  'bookmark.added': 'Bookmarked',
  'bookmark.removed': 'Bookmark removed',
  'bookmark.refused': 'Your bookmark is saved in this browser, but the site did not accept it (error {status}).',
  'error.bookmark-endpoint': '"{value}" is not a web address bookmarks can be sent to. Use an address starting with https:// or http://, or one on this site.',
};

/**
 * What <map-bookmark-button> says, in English and Welsh; only this element's bundle
 * carries them. The Welsh table must have every English key (`satisfies`), or it does not compile.
 */
export const bookmarkButtonStrings = {
  en,
  cy: {
    'bookmark.button': 'Nod tudalen',
    'bookmark.name': 'Nod tudalen {title}',
    'bookmark.added': 'Nod tudalen wedi’i ychwanegu',
    'bookmark.removed': 'Nod tudalen wedi’i dynnu',
    'bookmark.refused': 'Mae eich nod tudalen wedi’i gadw yn y porwr hwn, ond ni wnaeth y wefan ei dderbyn (gwall {status}).',
    'error.bookmark-endpoint': 'Nid yw "{value}" yn gyfeiriad gwe y gellir anfon nodau tudalen ato. Defnyddiwch gyfeiriad sy’n dechrau gyda https:// neu http://, neu un ar y wefan hon.',
  } satisfies TranslationOf<typeof en>,
};
