// In-page half of the "script start → every element rendered" figure (scripts/bench.js): loads
// the script named by ?script= (the loader, dist/map-embed.js, or the single file,
// dist/map-embed.all.js) and records, in window.started, when its request began and when the last
// map-embed element on the page showed its content. Loaded as a classic script first in <head>,
// so the chosen script's request starts as the parser reaches it, as with a pasted script tag.
(() => {
  const file = new URLSearchParams(location.search).get('script');
  const src = new URL(`/dist/${file}`, location.href).href;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);

  const isRendered = (element) =>
    Boolean(element.shadowRoot?.firstElementChild) && !element.shadowRoot.querySelector('[part~="loading"]');

  window.started = new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => {
      const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('map-') && el.localName !== 'map-feed');
      const readyAt = new Map();
      const check = () => {
        const now = performance.now();
        for (const element of elements) if (!readyAt.has(element) && isRendered(element)) readyAt.set(element, now);
        if (readyAt.size !== elements.length) return;
        const entry = performance.getEntriesByName(src)[0];
        const errors = elements.filter((element) => element.shadowRoot.querySelector('[part~="error"]')).length;
        resolve({
          scriptStart: entry.startTime,
          scriptFetch: entry.responseEnd - entry.startTime,
          rendered: Math.max(...readyAt.values()),
          elements: elements.length,
          errors,
          scripts: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).length,
        });
      };
      // Each element's shadow DOM is watched from the moment it is defined, whichever script defines it.
      for (const tag of new Set(elements.map((element) => element.localName))) {
        void customElements.whenDefined(tag).then(() => {
          for (const element of elements) {
            if (element.localName !== tag) continue;
            new MutationObserver(check).observe(element.shadowRoot, { childList: true, subtree: true, characterData: true, attributes: true });
          }
          check();
        });
      }
    });
  });
})();
