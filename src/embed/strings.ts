/**
 * The words of the embed page and the builder, in English and Welsh. These pages are not elements,
 * so they keep their own small dictionary rather than the elements' i18n layer.
 */
export type PageLanguage = 'en' | 'cy';

/** `cy`, `cy-GB` → `cy`; anything else → `en`. */
export function pageLanguage(tag: string | null | undefined): PageLanguage {
  return (tag ?? '').trim().toLowerCase().split('-')[0] === 'cy' ? 'cy' : 'en';
}

export const ELEMENT_LABELS: Record<PageLanguage, Record<string, string>> = {
  en: {
    'map-role-card': 'Role card',
    'map-news-list': 'News list',
    'map-case-study-carousel': 'Case study carousel',
    'map-bookmark-button': 'Bookmark button',
    'map-bookmark-list': 'Bookmark list',
    'map-rating-widget': 'Rating',
  },
  cy: {
    'map-role-card': 'Cerdyn rôl',
    'map-news-list': 'Rhestr newyddion',
    'map-case-study-carousel': 'Carwsél astudiaethau achos',
    'map-bookmark-button': 'Botwm nod tudalen',
    'map-bookmark-list': 'Rhestr nodau tudalen',
    'map-rating-widget': 'Sgôr',
  },
};

const en = {
  elementLabel: (tag: string) => ELEMENT_LABELS.en[tag] ?? tag,
  unknownElement: (name: string, names: string[]) =>
    `There is no map-embed element called "${name}". Use one of: ${names.join(', ')}.`,
  noElement: (names: string[]) => `Choose what to show: add element= to the address, with one of: ${names.join(', ')}.`,
  wrongElementTitle: 'No element chosen',
  // The builder
  otherLanguage: 'Cymraeg',
  otherLanguageTag: 'cy',
  title: 'Embed code builder',
  intro: 'Choose what to show and check the preview, then copy the code for your website or intranet.',
  options: 'What to show',
  element: 'Element',
  defaultOption: '(default)',
  preview: 'Preview',
  previewTitle: (label: string) => `Preview: ${label}`,
  measured: (height: number) => `Height in the preview: ${height} px.`,
  code: 'Code to paste',
  scriptHeading: 'Pages that allow a script tag',
  scriptHelp: 'Paste this into an HTML block. A page needs the script tag only once, however many elements it has.',
  iframeHeading: 'Pages that allow only an iframe',
  iframeHelp:
    'For platforms that remove script tags but keep iframes. The height fits the preview; a page that also loads embed-host.js resizes the frame to fit its content.',
  sharepointHeading: 'SharePoint Online',
  sharepointAllow: (origin: string) =>
    `Your SharePoint administrator adds ${origin} to the allowed domains under HTML Field Security (Site settings).`,
  sharepointWebPart: 'Edit the page, add an Embed web part, and paste this code into it.',
  sharepointHeight: (height: number) => `The frame keeps a fixed height of ${height} px; anything longer scrolls inside it.`,
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the code and press Ctrl+C (⌘C on a Mac).',
  checkHeading: 'Check a feed',
  checkHelp: 'Paste the address of your feed to see what the elements will show, and anything that needs fixing.',
  feedUrl: 'Feed URL',
  check: 'Check feed',
  checking: 'Checking…',
  roles: 'Roles',
  news: 'News items',
  caseStudies: 'Case studies',
  noProblems: 'No problems found.',
  problems: (count: number) => `Problems found: ${count}`,
  error: 'Error (item not shown)',
  warning: 'Warning',
  notFeed: 'This is not a JSON Feed, RSS or Atom feed, so the elements cannot use it.',
  notJson: 'The address answered, but not with JSON, RSS or Atom.',
  httpError: (status: number) => `The feed’s server answered with HTTP status ${status}.`,
  fetchFailed:
    'The feed could not be loaded. Check the address, and that the feed’s server lets other sites read it (CORS).',
  badUrl: 'Enter the feed’s full address, starting with https://',
};

export type PageStrings = typeof en;

const cy: PageStrings = {
  elementLabel: (tag: string) => ELEMENT_LABELS.cy[tag] ?? tag,
  unknownElement: (name, names) => `Nid oes elfen map-embed o’r enw "${name}". Defnyddiwch un o’r rhain: ${names.join(', ')}.`,
  noElement: (names) => `Dewiswch beth i’w ddangos: ychwanegwch element= at y cyfeiriad, gydag un o’r rhain: ${names.join(', ')}.`,
  wrongElementTitle: 'Dim elfen wedi’i dewis',
  otherLanguage: 'English',
  otherLanguageTag: 'en',
  title: 'Adeiladwr cod mewnosod',
  intro: 'Dewiswch beth i’w ddangos a gwiriwch y rhagolwg, yna copïwch y cod ar gyfer eich gwefan neu eich mewnrwyd.',
  options: 'Beth i’w ddangos',
  element: 'Elfen',
  defaultOption: '(diofyn)',
  preview: 'Rhagolwg',
  previewTitle: (label) => `Rhagolwg: ${label}`,
  measured: (height) => `Uchder yn y rhagolwg: ${height} px.`,
  code: 'Cod i’w ludo',
  scriptHeading: 'Tudalennau sy’n caniatáu tag sgript',
  scriptHelp: 'Gludwch hwn i mewn i floc HTML. Dim ond unwaith y mae angen y tag sgript ar dudalen, faint bynnag o elfennau sydd arni.',
  iframeHeading: 'Tudalennau sy’n caniatáu iframe yn unig',
  iframeHelp:
    'Ar gyfer platfformau sy’n dileu tagiau sgript ond yn cadw iframes. Mae’r uchder yn ffitio’r rhagolwg; mae tudalen sydd hefyd yn llwytho embed-host.js yn newid maint y ffrâm i ffitio’i chynnwys.',
  sharepointHeading: 'SharePoint Online',
  sharepointAllow: (origin) =>
    `Mae gweinyddwr SharePoint yn ychwanegu ${origin} at y parthau a ganiateir o dan HTML Field Security (Gosodiadau’r wefan).`,
  sharepointWebPart: 'Golygwch y dudalen, ychwanegwch ran gwe Embed, a gludwch y cod hwn i mewn iddi.',
  sharepointHeight: (height) => `Mae uchder y ffrâm yn aros yn ${height} px; mae unrhyw beth hirach yn sgrolio y tu mewn iddi.`,
  copy: 'Copïo',
  copied: 'Wedi’i gopïo.',
  copyFailed: 'Methu copïo: dewiswch y cod a phwyswch Ctrl+C (⌘C ar Mac).',
  checkHeading: 'Gwirio ffrwd',
  checkHelp: 'Gludwch gyfeiriad eich ffrwd i weld beth fydd yr elfennau’n ei ddangos, ac unrhyw beth sydd angen ei drwsio.',
  feedUrl: 'URL y ffrwd',
  check: 'Gwirio’r ffrwd',
  checking: 'Wrthi’n gwirio…',
  roles: 'Rolau',
  news: 'Eitemau newyddion',
  caseStudies: 'Astudiaethau achos',
  noProblems: 'Dim problemau.',
  problems: (count) => `Problemau: ${count}`,
  error: 'Gwall (ni ddangosir yr eitem)',
  warning: 'Rhybudd',
  notFeed: 'Nid yw hon yn ffrwd JSON, RSS nac Atom, felly ni all yr elfennau ei defnyddio.',
  notJson: 'Atebodd y cyfeiriad, ond nid gyda JSON, RSS nac Atom.',
  httpError: (status) => `Atebodd gweinydd y ffrwd gyda statws HTTP ${status}.`,
  fetchFailed:
    'Nid oedd modd llwytho’r ffrwd. Gwiriwch y cyfeiriad, a bod gweinydd y ffrwd yn gadael i wefannau eraill ei darllen (CORS).',
  badUrl: 'Rhowch gyfeiriad llawn y ffrwd, gan ddechrau gyda https://',
};

export function pageStrings(language: PageLanguage): PageStrings {
  return language === 'cy' ? cy : en;
}
