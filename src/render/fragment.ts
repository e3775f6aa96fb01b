/**
 * The fragment for one element from a feed already read: what `map-embed render` prints for
 * `--format html` and `--format email`, and what the builder's "Paste HTML" shows. No DOM and no
 * Node, so the browser and the command run this same code.
 */
import type { Feed } from '../feed/types.js';
import { toLanguage } from '../i18n/i18n.js';
import { renderEmail } from './email.js';
import { renderHtml } from './html.js';
import { viewOf, type AttributeValues, type RenderableElement } from './views.js';

export type FragmentFormat = 'html' | 'email';

export interface FragmentOptions {
  format: FragmentFormat;
  attributes?: AttributeValues;
  /** The fragment's language: `en` (default) or `cy`. */
  lang?: string;
  /** When the fragment is made (epoch ms): its freshness line, and whether reviews are due. Default: now. */
  now?: number;
}

/** Throws AttributeError or ContentError (src/render/views.ts) when there is nothing right to show. */
export function renderFragment(element: RenderableElement, feed: Feed, options: FragmentOptions): string {
  const view = viewOf(element, feed, options.attributes ?? {}, { language: toLanguage(options.lang), now: options.now ?? Date.now() });
  return options.format === 'email' ? renderEmail(view) : renderHtml(view);
}
