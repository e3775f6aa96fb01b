/**
 * The chrome every element may show, in English and Welsh. Each element keeps its own strings
 * beside it (`<name>.strings.ts`, laid out like these: an English table, and a Welsh one that
 * `satisfies TranslationOf<typeof en>`), so a page that loads one element does not download every
 * other element's words, and its `t` is typed to exactly its keys and these. Feed text is never
 * translated: it is shown as the author wrote it. `{name}` placeholders are filled by `t()`.
 */
const en = {
  loading: 'Loading',
  retry: 'Try again',
  'error.title': 'Sorry, this content could not be shown',
  'error.not-found': 'The content feed was not found.',
  'error.http': 'The content feed is unavailable at the moment.',
  'error.network': 'The content feed could not be reached. Check your connection.',
  'error.timeout': 'The content feed took too long to respond.',
  'error.not-json': 'The content feed is damaged and could not be read.',
  'error.not-feed': 'The address given is not a content feed.',
  'error.unknown': 'Something went wrong while loading the content.',
  'error.bad-url': 'The address given for the content feed is not a valid web address.',
  'review.last': 'Last reviewed',
  'review.due': 'This information is due for review. Check the latest guidance before relying on it.',
  'source.from': 'From',
  'feed.outOfDate': 'This information may be out of date. The feed could not be updated, so this is the copy saved on this device on',
  'error.profession-unknown': '"{value}" is not a profession this feed knows. Use one of: {valid}.',
  'profession.advanced-critical-care-practitioner': 'Advanced critical care practitioner',
  'profession.physician-assistant-anaesthesia': 'Physician assistant (anaesthesia)',
  'profession.physician-associate': 'Physician associate',
  'profession.surgical-care-practitioner': 'Surgical care practitioner',
  'error.heading-level-invalid': '"{value}" is not a heading level. Use a whole number from 1 to 6.',
};

export type CoreStringKey = keyof typeof en;

/** A dictionary: the same keys in each language. */
export interface Translations<K extends string> {
  en: Record<K, string>;
  cy: Record<K, string>;
}

/**
 * Another language's table for the English table `E`: every key it has and no other, so
 * `cy: { … } satisfies TranslationOf<typeof en>` does not compile while a Welsh string is missing.
 */
export type TranslationOf<E> = Record<keyof E, string>;

const cy = {
  loading: 'Wrthi’n llwytho',
  retry: 'Rhoi cynnig arall arni',
  'error.title': 'Mae’n ddrwg gennym, nid oedd modd dangos y cynnwys hwn',
  'error.not-found': 'Nid oedd modd dod o hyd i’r ffrwd gynnwys.',
  'error.http': 'Nid yw’r ffrwd gynnwys ar gael ar hyn o bryd.',
  'error.network': 'Nid oedd modd cyrraedd y ffrwd gynnwys. Gwiriwch eich cysylltiad.',
  'error.timeout': 'Cymerodd y ffrwd gynnwys ormod o amser i ymateb.',
  'error.not-json': 'Mae’r ffrwd gynnwys wedi’i difrodi ac nid oedd modd ei darllen.',
  'error.not-feed': 'Nid yw’r cyfeiriad a roddwyd yn ffrwd gynnwys.',
  'error.unknown': 'Aeth rhywbeth o’i le wrth lwytho’r cynnwys.',
  'error.bad-url': 'Nid yw’r cyfeiriad a roddwyd ar gyfer y ffrwd gynnwys yn gyfeiriad gwe dilys.',
  'review.last': 'Adolygwyd ddiwethaf',
  'review.due': 'Mae’r wybodaeth hon i fod i gael ei hadolygu. Gwiriwch y canllawiau diweddaraf cyn dibynnu arni.',
  'source.from': 'Oddi wrth',
  'feed.outOfDate': 'Efallai fod yr wybodaeth hon wedi dyddio. Nid oedd modd diweddaru’r ffrwd, felly dyma’r copi a gadwyd ar y ddyfais hon ar',
  'error.profession-unknown': 'Nid yw "{value}" yn broffesiwn y mae’r ffrwd hon yn ei adnabod. Defnyddiwch un o’r rhain: {valid}.',
  'profession.advanced-critical-care-practitioner': 'Ymarferydd gofal critigol uwch',
  'profession.physician-assistant-anaesthesia': 'Cynorthwyydd meddyg (anaesthesia)',
  'profession.physician-associate': 'Cydymaith meddygol',
  'profession.surgical-care-practitioner': 'Ymarferydd gofal llawfeddygol',
  'error.heading-level-invalid': 'Nid yw "{value}" yn lefel pennawd. Defnyddiwch rif cyfan rhwng 1 a 6.',
} satisfies TranslationOf<typeof en>;

/** Strings every element can show: loading, errors common to all, profession names. */
export const CORE_STRINGS: Translations<CoreStringKey> = { en, cy };
export type Language = keyof Translations<string>;
