/**
 * Each element's `events.ts` declares its events once, on `HTMLElementEventMap`. They bubble and
 * are composed, so listeners on `document` and `window` get them too: both maps take every
 * `map-…` event from there, so a new event is declared in one place only.
 */
type MapEvents = {
  [K in keyof HTMLElementEventMap as K extends `map-${string}` ? K : never]: HTMLElementEventMap[K];
};

declare global {
  // Empty on purpose: all they add is what they extend.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends MapEvents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends MapEvents {}
}

export {};
