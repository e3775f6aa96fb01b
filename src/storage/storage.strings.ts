import { defineStrings } from '../i18n/strings.js';

/** The notes bookmark elements show when the browser will not keep what they save. */
export const storageStrings = defineStrings({
  en: {
    'storage.bookmarks.memory': 'Your bookmarks are saved for this visit only.',
    'storage.bookmarks.corrupt': 'Your earlier bookmarks could not be read. New bookmarks will be saved.',
  },
  cy: {
    'storage.bookmarks.memory': 'Dim ond ar gyfer yr ymweliad hwn y caiff eich nodau tudalen eu cadw.',
    'storage.bookmarks.corrupt': 'Nid oedd modd darllen eich nodau tudalen blaenorol. Bydd nodau tudalen newydd yn cael eu cadw.',
  },
});
