/**
 * The versioned envelope `{ v, data }` every value map-embed keeps in browser storage is wrapped
 * in, so a later release can tell old data from new and never mistakes one for the other. The
 * store (backing.ts) and the saved feed copies (feed/saved-copy.ts) both use it, each with its own
 * version number. Kept this small on purpose: every page loads it with the feed code.
 */

export interface Envelope {
  v: unknown;
  data: unknown;
}

/** `data` wrapped as version `version`; throws what `JSON.stringify` throws (cycles, BigInt). */
export const encodeEnvelope = (data: unknown, version: number): string => JSON.stringify({ v: version, data });

/** The envelope in `raw`: `undefined` when it is not JSON, `null` when it is JSON but no envelope. Never throws. */
export function readEnvelope(raw: string): Envelope | null | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  return typeof parsed === 'object' && parsed !== null && 'v' in parsed && 'data' in parsed ? (parsed as Envelope) : null;
}
