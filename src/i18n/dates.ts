import type { Language } from './i18n.js';

/**
 * Welsh month names, used when the browser's Intl data has no Welsh (Debian's Chromium and
 * many Chrome builds), so Welsh pages never show English dates.
 */
const WELSH_MONTHS = [
  'Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin',
  'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr',
];

const LOCALES: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };
const formatters = new Map<Language, Intl.DateTimeFormat | null>();

function formatterFor(language: Language): Intl.DateTimeFormat | null {
  if (!formatters.has(language)) {
    const locale = LOCALES[language];
    const supported = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
    formatters.set(
      language,
      supported
        ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })
        : null,
    );
  }
  return formatters.get(language)!;
}

/** "3 March 2025" / "3 Mawrth 2025", in UK time, as NHS.UK writes dates. */
export function formatDate(time: number, language: Language): string {
  const formatter = formatterFor(language);
  if (formatter) return formatter.format(time);
  const parts = ukDateParts(time);
  return `${parts.day} ${WELSH_MONTHS[parts.month]} ${parts.year}`;
}

let ukNumeric: Intl.DateTimeFormat | undefined;

/** Day, month index and year in Europe/London, which every browser's Intl supports via en-GB. */
function ukDateParts(time: number): { day: number; month: number; year: number } {
  // Built once: lists of a thousand dated items must not construct a formatter per item.
  ukNumeric ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/London',
  });
  const parts = ukNumeric.formatToParts(time);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { day: get('day'), month: get('month') - 1, year: get('year') };
}

/** ISO date (yyyy-mm-dd) for a `<time datetime>` attribute. */
export function isoDate(time: number): string {
  const { day, month, year } = ukDateParts(time);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/*
 * The first formatter a page builds loads locale and time-zone data, which takes tens of
 * milliseconds on a slow machine (measured by `npm run bench`: about a quarter of the time from a
 * feed's arrival to its news being shown). Building them while the browser is idle after this
 * module loads, usually while the feed is still on its way, keeps that off the first render.
 */
const whenIdle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
whenIdle(() => {
  formatterFor('en');
  formatterFor('cy');
  isoDate(0);
});
