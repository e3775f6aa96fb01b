/**
 * How every element reads the attributes an editor types: one parser per kind of value, and one
 * shape for "this attribute is wrong" that `MapElement.attributeErrors()` turns into a console
 * warning (English, naming the attribute and the value) and a line in the element's error box
 * (the page's language). Pure, so the rules are the same in every element and testable alone.
 */
import { isProfession, PROFESSIONS, type ProfessionId } from '../feed/professions.js';
import type { CoreStringKey, Params } from '../i18n/i18n.js';

/**
 * An attribute the element cannot use. `K` is the message's key: a check whose message is not a
 * core string names its key in its type, so only an element whose strings have it can use it.
 */
export interface AttributeProblem<K extends string = CoreStringKey> {
  /** For the console, in English: names the attribute and the value as written. */
  readonly warning: string;
  /** What the element shows, in the page's language. */
  readonly key: K;
  readonly params?: Params;
}

const WHOLE_NUMBER = /^\s*\d+\s*$/;

/**
 * `limit` as a whole number of at least 1: `absent` when the attribute is not set, `undefined`
 * when it is set to anything else (`0`, `-1`, `2.5`, `abc`, empty).
 */
export function parseLimit(value: unknown, absent: number): number | undefined {
  if (value === null || value === undefined) return absent;
  const n = typeof value === 'number' ? value : WHOLE_NUMBER.test(String(value)) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}

/** `limit` problem, shown with the element's own message `key` (it names what is counted). */
export function limitProblem<K extends string>(value: unknown, absent: number, key: K): AttributeProblem<K> | undefined {
  if (parseLimit(value, absent) !== undefined) return undefined;
  return {
    warning: `limit "${String(value)}" is not a whole number of 1 or more.`,
    key,
    params: { value: String(value) },
  };
}

/**
 * `heading-level` as a number from 1 to 6: `absent` when the attribute is not set (or was
 * removed), `undefined` when it is set to anything else.
 */
export function parseHeadingLevel(value: unknown, absent: number): number | undefined {
  if (value === null || value === undefined) return absent;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : undefined;
}

export function headingLevelProblem(value: unknown, absent: number): AttributeProblem | undefined {
  if (parseHeadingLevel(value, absent) !== undefined) return undefined;
  return {
    warning: `heading-level "${String(value)}" is not a whole number from 1 to 6.`,
    key: 'error.heading-level-invalid',
    params: { value: String(value) },
  };
}

/**
 * The shortest and longest automatic slide show intervals, in milliseconds.
 *
 * `min`: anything faster cannot be read, and more than three changes a second is a seizure risk
 * (WCAG 2.3.1); `interval="8"` (seconds typed where milliseconds are meant) is the usual way to
 * get there. `max`: a slide on show for more than a minute is no longer a slide show, and a typo
 * such as `interval="4294967297"` must not overflow the browser's timer (2³¹ − 1 ms), which then
 * fires at once, every millisecond. Read-only (`as const`): the carousel's tests run the real
 * limits on a fake clock (test/helpers/clock.ts) rather than changing them.
 */
export const intervalLimits = { min: 5_000, max: 60_000 } as const;

/** `interval` as written: absent or empty is 0; `undefined` for anything not a number ≥ 0. */
function intervalAsWritten(value: unknown): number | undefined {
  if (value === undefined || value === null) return 0;
  const text = String(value).trim();
  if (text === '') return 0;
  const ms = Number(text);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/**
 * `interval` in milliseconds: 0 (absent, empty or `0`) means no automatic slide show; any other
 * number is kept between 5,000 and 60,000 (`intervalLimits`); anything that is not a number of
 * 0 or more is `undefined`, so the element can say what is wrong.
 */
export function parseInterval(value: unknown): number | undefined {
  const ms = intervalAsWritten(value);
  if (ms === undefined || ms === 0) return ms;
  return Math.min(Math.max(ms, intervalLimits.min), intervalLimits.max);
}

export function intervalProblem(value: unknown): AttributeProblem<'error.interval-invalid'> | undefined {
  if (intervalAsWritten(value) !== undefined) return undefined;
  return {
    warning: `interval "${String(value)}" is not a number of milliseconds of 0 or more; use 0 for no automatic slide show.`,
    key: 'error.interval-invalid',
    params: { value: String(value) },
  };
}

/**
 * For the console when `interval` is a number the slide show does not use as it is: what it
 * uses instead, and why. `undefined` when the value is used as written (or is not a number).
 */
export function intervalAdjustment(value: unknown): string | undefined {
  const written = intervalAsWritten(value);
  const used = parseInterval(value);
  if (written === undefined || used === undefined || written === used) return undefined;
  return written < used
    ? `interval "${String(value)}" is faster than one slide every ${used} ms (it is in milliseconds, not seconds); using ${used} ms.`
    : `interval "${String(value)}" is longer than ${used} ms; using ${used} ms.`;
}

/** `profession` trimmed: a profession id, `''` when absent or blank, `undefined` when unknown. */
export function parseProfession(value: string | null | undefined): ProfessionId | '' | undefined {
  const profession = value?.trim() ?? '';
  if (profession === '') return '';
  return isProfession(profession) ? profession : undefined;
}

/** An unknown `profession`, or (when the element needs one) a missing one. */
export function professionProblem(value: string | null | undefined): AttributeProblem | undefined;
export function professionProblem(
  value: string | null | undefined,
  required: true,
): AttributeProblem<CoreStringKey | 'error.profession-missing'> | undefined;
export function professionProblem(
  value: string | null | undefined,
  required = false,
): AttributeProblem<CoreStringKey | 'error.profession-missing'> | undefined {
  const parsed = parseProfession(value);
  const valid = PROFESSIONS.join(', ');
  if (parsed === '' && required) {
    return { warning: `profession is missing; use one of: ${valid}.`, key: 'error.profession-missing', params: { value: '', valid } };
  }
  if (parsed !== undefined) return undefined;
  const written = value!.trim();
  return {
    warning: `profession "${written}" is not one of: ${valid}.`,
    key: 'error.profession-unknown',
    params: { value: written, valid },
  };
}

/** A value that must be one of a few words, such as `layout` or `mode`. */
export function choiceProblem<K extends string>(
  attribute: string,
  value: unknown,
  allowed: readonly string[],
  key: K,
): AttributeProblem<K> | undefined {
  if (typeof value === 'string' && allowed.includes(value)) return undefined;
  return {
    warning: `${attribute} "${String(value)}" is not one of: ${allowed.join(', ')}.`,
    key,
    params: { value: String(value) },
  };
}
