const warned = new Set<string>();

/**
 * Registers `tag` unless something already has. A page that loads map-embed twice (the same
 * file from two places, or two versions) keeps the first definition and gets one warning,
 * instead of the exception `customElements.define` would throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`map-embed: <${tag}> is already defined (map-embed loaded twice?); keeping the first definition.`);
  }
}
