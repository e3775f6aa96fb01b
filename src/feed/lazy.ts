/**
 * The feed code a page fetches only when it needs it: the RSS/Atom reader (for an XML feed) and
 * the JSON error locator (for a feed that is not JSON). Dynamic imports here, so the drop-in
 * loader's shared chunk leaves them out and bundlers split them off; the single-file build
 * (map-embed.all.js) replaces this module with static imports (vite.config.ts), as it has no
 * other file to fetch them from.
 */
export const loadSyndication = () => import('./syndication.js');
export const loadJsonPosition = () => import('./json-position.js');
