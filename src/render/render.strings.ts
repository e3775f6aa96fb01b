import type { TranslationOf } from '../i18n/strings.js';

const en = {
  'render.updated': 'Updated',
  'render.from': 'from',
};

/**
 * What pre-rendered HTML (`map-embed render`, the builder's "Paste HTML") says beyond the
 * elements' own words: when it was made and from which feed, since it does not update itself.
 */
export const renderStrings = {
  en,
  cy: {
    'render.updated': 'Diweddarwyd',
    'render.from': 'o',
  } satisfies TranslationOf<typeof en>,
};
