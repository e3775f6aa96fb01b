import type { TranslationOf } from '../../i18n/strings.js';

const en = {
  'bookmarks.heading': 'Your bookmarks',
  'bookmarks.empty': 'You have no bookmarks yet. Use the Bookmark button on a page to save it here.',
  'bookmarks.saved': 'Saved',
  'bookmarks.remove': 'Remove',
  'bookmarks.removedItem': '{title} removed from your bookmarks',
  'bookmarks.count': 'Showing {shown} of {total} bookmarks',
  'bookmarks.refused': '{title} is removed from your bookmarks in this browser, but the site did not accept the change (error {status}).',
  'error.bookmark-limit': '"{value}" is not a number of bookmarks to show. Use a whole number of 1 or more.',
};

/**
 * What <map-bookmark-list> says, in English and Welsh; only this element's bundle
 * carries them. The Welsh table must have every English key (`satisfies`), or it does not compile.
 */
export const bookmarkListStrings = {
  en,
  cy: {
    'bookmarks.heading': 'Eich nodau tudalen',
    'bookmarks.empty': 'Nid oes gennych unrhyw nodau tudalen eto. Defnyddiwch y botwm Nod tudalen ar dudalen i’w chadw yma.',
    'bookmarks.saved': 'Cadwyd',
    'bookmarks.remove': 'Tynnu',
    'bookmarks.removedItem': 'Tynnwyd {title} o’ch nodau tudalen',
    'bookmarks.count': 'Yn dangos {shown} o {total} nod tudalen',
    'bookmarks.refused': 'Mae {title} wedi’i dynnu o’ch nodau tudalen yn y porwr hwn, ond ni wnaeth y wefan dderbyn y newid (gwall {status}).',
    'error.bookmark-limit': 'Nid yw "{value}" yn nifer o nodau tudalen i’w dangos. Defnyddiwch rif cyfan o 1 neu fwy.',
  } satisfies TranslationOf<typeof en>,
};
