/**
 * The one message an embed page (dist/embed.html) sends its parent whenever its content's height
 * changes: `{ type: 'map-embed:resize', height }`, the height in whole CSS pixels. embed.ts sends
 * it; dist/embed-host.js (embed-host.ts) and the builder's preview (builder.ts) read it. Host
 * pages with scripts of their own may read it too (README, "Embedding without a script tag").
 */

export const RESIZE_MESSAGE_TYPE = 'map-embed:resize';

/** No frame is sized taller than this, whatever a message says. */
const MAX_HEIGHT = 100_000;

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  /** Whole CSS pixels. */
  height: number;
}

/** The message reporting a content height of `height` CSS pixels (rounded up). */
export const resizeMessage = (height: number): ResizeMessage => ({ type: RESIZE_MESSAGE_TYPE, height: Math.ceil(height) });

/** The height (whole CSS pixels, at most 100 000) a resize message reports; undefined when `data` is not one. */
export function reportedHeight(data: unknown): number | undefined {
  const { type, height } = (typeof data === 'object' && data !== null ? data : {}) as Partial<Record<keyof ResizeMessage, unknown>>;
  return type === RESIZE_MESSAGE_TYPE && typeof height === 'number' && height >= 0 ? Math.ceil(Math.min(height, MAX_HEIGHT)) : undefined;
}
