import { ContextRoot } from '@lit/context';

const KEY = Symbol.for('map-embed.context-root');

/**
 * Attaches one `ContextRoot` to the document so a `<map-feed>` upgraded after its consumers
 * (tags added by a CMS, scripts in any order) still reaches them. Shared across copies.
 */
export function ensureContextRoot(): void {
  const registry = globalThis as { [KEY]?: ContextRoot };
  if (registry[KEY] || typeof document === 'undefined') return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  registry[KEY] = root;
}
