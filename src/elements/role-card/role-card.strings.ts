import type { TranslationOf } from '../../i18n/strings.js';

const en = {
  readMore: 'Read more',
  readMoreAbout: 'about {title}',
  'error.profession-missing': 'No profession was chosen. Use one of: {valid}.',
  'error.profession-absent': 'The feed has no information about {value} yet.',
  'error.layout-invalid': '"{value}" is not a card layout. Use compact or full.',
  'fact.duties': 'What they do',
  'fact.supervision': 'Supervision',
  'fact.regulation': 'Regulation',
  'fact.training': 'Training',
};

/**
 * What <map-role-card> says, in English and Welsh; only this element's bundle
 * carries them. The Welsh table must have every English key (`satisfies`), or it does not compile.
 */
export const roleCardStrings = {
  en,
  cy: {
    readMore: 'Darllen mwy',
    readMoreAbout: 'am {title}',
    'error.profession-missing': 'Ni ddewiswyd proffesiwn. Defnyddiwch un o’r rhain: {valid}.',
    'error.profession-absent': 'Nid oes gan y ffrwd wybodaeth am {value} eto.',
    'error.layout-invalid': 'Nid yw "{value}" yn gynllun cerdyn. Defnyddiwch compact neu full.',
    'fact.duties': 'Beth maen nhw’n ei wneud',
    'fact.supervision': 'Goruchwyliaeth',
    'fact.regulation': 'Rheoleiddio',
    'fact.training': 'Hyfforddiant',
  } satisfies TranslationOf<typeof en>,
};
