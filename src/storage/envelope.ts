/**
 * The versioned envelope `{ v, data }` every value map-embed keeps in browser storage is wrapped
 * in, so a later release can tell old data from new and never mistakes one for the other. Pure
 * functions on strings: the store (store.ts) and the saved feed copies (feed/saved-copy.ts) both
 * use them, each with its own version number.
 */

/** The envelope version of the store's values (bookmarks, ratings, the delivery queue). */
export const STORE_VERSION = 1;

export type Decoded = { ok: true; data: unknown } | { ok: false; reason: string };

/** `data` wrapped as version `version`; throws what `JSON.stringify` throws (cycles, BigInt). */
export function encodeEnvelope(data: unknown, version: number): string {
  return JSON.stringify({ v: version, data });
}

/** The `data` of an envelope of version `version`, or why `raw` is not one. Never throws. */
export function decodeEnvelope(raw: string, version: number): Decoded {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || !('data' in parsed)) {
    return { ok: false, reason: 'it is not a map-embed value' };
  }
  if (parsed.v !== version) {
    return { ok: false, reason: `it has version ${JSON.stringify(parsed.v)}, not ${version}` };
  }
  return { ok: true, data: parsed.data };
}

/** Whether `raw` is an envelope written by a release newer than `version`: never to be overwritten. */
export function isNewerEnvelope(raw: string | null | undefined, version: number): boolean {
  if (!raw) return false;
  try {
    const parsed: unknown = JSON.parse(raw);
    const v = typeof parsed === 'object' && parsed !== null ? (parsed as { v?: unknown }).v : undefined;
    return typeof v === 'number' && v > version;
  } catch {
    return false;
  }
}
