/**
 * The contrast check, fetched only for a page that set one of the colour properties
 * (contrast-guard.ts). Like src/feed/lazy.ts, each build replaces this module (vite.config.ts):
 * a chunk of its own for the drop-in loader, a static import in the single file.
 */
export const loadContrastCheck = () => import('./contrast-check.js');
