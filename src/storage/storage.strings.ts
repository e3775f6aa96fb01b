import type { TranslationOf } from '../i18n/strings.js';

const en = {
  'storage.bookmarks.memory': 'Your bookmarks are saved for this visit only.',
  'storage.bookmarks.corrupt': 'Your earlier bookmarks could not be read. New bookmarks will be saved.',
};

/**
 * The notes bookmark elements show when the browser will not keep what they save. The
 * Welsh table must have every English key (`satisfies`), or it does not compile.
 */
export const storageStrings = {
  en,
  cy: {
    'storage.bookmarks.memory': 'Dim ond ar gyfer yr ymweliad hwn y caiff eich nodau tudalen eu cadw.',
    'storage.bookmarks.corrupt': 'Nid oedd modd darllen eich nodau tudalen blaenorol. Bydd nodau tudalen newydd yn cael eu cadw.',
  } satisfies TranslationOf<typeof en>,
};
