import { defineStrings } from '../../i18n/strings.js';

/** What <map-role-card> says, in English and Welsh; only this element's bundle carries them. */
export const roleCardStrings = defineStrings({
  en: {
    readMore: 'Read more',
    readMoreAbout: 'about {title}',
    'error.profession-missing': 'No profession was chosen. Use one of: {valid}.',
    'error.profession-absent': 'The feed has no information about {value} yet.',
    'error.layout-invalid': '"{value}" is not a card layout. Use compact or full.',
    'fact.duties': 'What they do',
    'fact.supervision': 'Supervision',
    'fact.regulation': 'Regulation',
    'fact.training': 'Training',
  },
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
  },
});
