/**
 * Set when this copy of the library finds one of its tags already taken. Module state, so each
 * copy of map-embed on a page (the same file from two URLs, two versions, a bundle beside a
 * bundler build) has its own flag and says so once, however many elements it registers.
 */
let warned = false;

/**
 * Registers `tag` unless something already has. A page that loads map-embed twice keeps the
 * first definition of every element and gets one warning for the whole second copy, instead of
 * the exception `customElements.define` would throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned) {
    warned = true;
    console.warn(
      `map-embed: <${tag}> is already defined (map-embed loaded twice?); this copy keeps the first definition of every element.`,
    );
  }
}
