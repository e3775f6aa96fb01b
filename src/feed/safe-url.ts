/**
 * The one gate every URL from a feed passes before it reaches an `href` or `src`.
 * Relative URLs resolve against the feed's own URL; only http(s) results pass.
 * Returns `undefined` for anything else (`javascript:`, `data:`, `vbscript:`, garbage).
 */
export function safeUrl(raw: unknown, base: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Browsers strip ASCII control characters and whitespace inside schemes ("java\tscript:");
  // the URL parser does the same, so parse first and judge the parsed protocol.
  let parsed: URL;
  try {
    parsed = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
}
