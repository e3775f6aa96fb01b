/**
 * Every piece of chrome an element shows, in English and Welsh. Feed text is never translated:
 * it is shown as the author wrote it. `{name}` placeholders are filled by `t()`.
 */
const en = {
  loading: 'Loading',
  readMore: 'Read more',
  readMoreAbout: 'about {title}',
  retry: 'Try again',
  'error.title': 'Sorry, this content could not be shown',
  'error.not-found': 'The content feed was not found.',
  'error.http': 'The content feed is unavailable at the moment.',
  'error.network': 'The content feed could not be reached. Check your connection.',
  'error.timeout': 'The content feed took too long to respond.',
  'error.not-json': 'The content feed is damaged and could not be read.',
  'error.not-feed': 'The address given is not a content feed.',
  'error.unknown': 'Something went wrong while loading the content.',
  'error.profession-missing': 'No profession was chosen. Use one of: {valid}.',
  'error.profession-unknown': '"{value}" is not a profession this feed knows. Use one of: {valid}.',
  'error.profession-absent': 'The feed has no information about {value} yet.',
  'fact.duties': 'What they do',
  'fact.supervision': 'Supervision',
  'fact.regulation': 'Regulation',
  'fact.training': 'Training',
  'profession.advanced-critical-care-practitioner': 'Advanced critical care practitioner',
  'profession.physician-assistant-anaesthesia': 'Physician assistant (anaesthesia)',
  'profession.physician-associate': 'Physician associate',
  'profession.surgical-care-practitioner': 'Surgical care practitioner',
};

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

const cy: Strings = {
  loading: 'Wrthi’n llwytho',
  readMore: 'Darllen mwy',
  readMoreAbout: 'am {title}',
  retry: 'Rhoi cynnig arall arni',
  'error.title': 'Mae’n ddrwg gennym, nid oedd modd dangos y cynnwys hwn',
  'error.not-found': 'Nid oedd modd dod o hyd i’r ffrwd gynnwys.',
  'error.http': 'Nid yw’r ffrwd gynnwys ar gael ar hyn o bryd.',
  'error.network': 'Nid oedd modd cyrraedd y ffrwd gynnwys. Gwiriwch eich cysylltiad.',
  'error.timeout': 'Cymerodd y ffrwd gynnwys ormod o amser i ymateb.',
  'error.not-json': 'Mae’r ffrwd gynnwys wedi’i difrodi ac nid oedd modd ei darllen.',
  'error.not-feed': 'Nid yw’r cyfeiriad a roddwyd yn ffrwd gynnwys.',
  'error.unknown': 'Aeth rhywbeth o’i le wrth lwytho’r cynnwys.',
  'error.profession-missing': 'Ni ddewiswyd proffesiwn. Defnyddiwch un o’r rhain: {valid}.',
  'error.profession-unknown': 'Nid yw "{value}" yn broffesiwn y mae’r ffrwd hon yn ei adnabod. Defnyddiwch un o’r rhain: {valid}.',
  'error.profession-absent': 'Nid oes gan y ffrwd wybodaeth am {value} eto.',
  'fact.duties': 'Beth maen nhw’n ei wneud',
  'fact.supervision': 'Goruchwyliaeth',
  'fact.regulation': 'Rheoleiddio',
  'fact.training': 'Hyfforddiant',
  'profession.advanced-critical-care-practitioner': 'Ymarferydd gofal critigol uwch',
  'profession.physician-assistant-anaesthesia': 'Cynorthwyydd meddyg (anaesthesia)',
  'profession.physician-associate': 'Cydymaith meddygol',
  'profession.surgical-care-practitioner': 'Ymarferydd gofal llawfeddygol',
};

export const STRINGS = { en, cy } as const satisfies Record<string, Strings>;
export type Language = keyof typeof STRINGS;
