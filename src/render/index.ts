/**
 * `import { render } from 'map-embed/render'` (Node): an element's content as HTML for pages,
 * CMS fields and emails where no script runs, the same string `map-embed render` prints. The feed
 * is read, validated, selected and made safe by the code the elements use; see
 * docs/pages-without-script.md.
 */
import { renderDsd } from './dsd.js';
import { renderFragment } from './fragment.js';
import { freshness } from './html.js';
import { attributesOf } from './manifest.js';
import { readFeed } from './read-feed.js';
import { checkAttributes, isRenderable, viewOf, SCRIPT_ONLY, type AttributeValues } from './views.js';
import { toLanguage } from '../i18n/i18n.js';

export { AttributeError, ContentError } from './views.js';
export { FeedReadError } from './read-feed.js';
export { MissingDependencyError } from './dsd.js';

export type RenderFormat = 'html' | 'dsd' | 'email';
export const FORMATS: readonly RenderFormat[] = ['html', 'dsd', 'email'];

export interface RenderOptions {
  /** Feed file path(s) or http(s) URL(s), separated by spaces. Default: the bundled sample feed. */
  src?: string;
  /** Default `html`. */
  format?: RenderFormat;
  /** The element's attributes (`{ profession: 'physician-associate', source: true }`), as custom-elements.json names them. */
  attributes?: Readonly<Record<string, string | boolean | number | undefined>>;
  /** `en` (default) or `cy`. */
  lang?: string;
  /** The web address a feed file is published at, so its relative links (images) resolve. */
  base?: string;
  /** When the HTML is made: its freshness line and whether reviews are due. Default: now. */
  now?: Date | number;
  /** Told each problem the feed has (the elements' console warnings). Default: none. */
  warn?: (message: string) => void;
  fetch?: typeof fetch;
}

/** The request itself is wrong (element, attribute, format): the command exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const scriptOnlyMessage = (name: string) =>
  `<map-${name}> only works with JavaScript (it keeps what the reader does in their browser); ` +
  'use the script or iframe snippet from the builder (dist/builder.html) instead.';

/** The element's attributes, checked by name against custom-elements.json; throws UsageError. */
function checkedAttributes(name: string, given: RenderOptions['attributes'] = {}): Record<string, string | true | undefined> {
  const known = attributesOf(`map-${name}`) ?? [];
  const values: Record<string, string | true | undefined> = {};
  for (const [attribute, value] of Object.entries(given)) {
    const declared = known.find((candidate) => candidate.name === attribute);
    if (!declared) {
      throw new UsageError(
        `"${attribute}" is not an attribute of <map-${name}>; it has: ${known.map((candidate) => candidate.name).join(', ')}.`,
      );
    }
    if (value === undefined || value === false) continue;
    values[attribute] = value === true ? true : String(value);
  }
  return values;
}

/** The HTML for `element` (`role-card`, `news-list`, `case-study-carousel`). */
export async function render(element: string, options: RenderOptions = {}): Promise<string> {
  const name = element.replace(/^map-/, '');
  if ((SCRIPT_ONLY as readonly string[]).includes(name)) throw new UsageError(scriptOnlyMessage(name));
  if (!isRenderable(name)) {
    throw new UsageError(`"${element}" is not an element that can be rendered; use role-card, news-list or case-study-carousel.`);
  }
  const format = options.format ?? 'html';
  if (!FORMATS.includes(format)) throw new UsageError(`--format "${String(format)}" is not one of: ${FORMATS.join(', ')}.`);
  const attributes: AttributeValues = checkedAttributes(name, options.attributes);
  checkAttributes(name, attributes);
  const now = options.now === undefined ? Date.now() : Number(options.now);
  const feed = await readFeed(options.src ?? (typeof attributes.src === 'string' ? attributes.src : undefined), {
    ...(options.base ? { base: options.base } : {}),
    today: now,
    ...(options.warn ? { warn: options.warn } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const lang = options.lang;
  if (format !== 'dsd') return renderFragment(name, feed, { format, attributes, now, ...(lang ? { lang } : {}) });
  // The same checks and the same freshness line as the other formats, before the element renders.
  const language = toLanguage(lang);
  const view = viewOf(name, feed, attributes, { language, now });
  // What the element loads once the script runs: the feed's web address, never a file on this machine.
  const sources = (options.src ?? '').trim().split(/\s+/).filter(Boolean);
  const files = sources.filter((source) => !/^https?:\/\//i.test(source));
  if (files.length && !options.base) {
    throw new UsageError(`--format dsd needs --base: the web address ${files[0]} is published at, which the element loads once the script runs.`);
  }
  const src = files.length ? options.base : options.src;
  return renderDsd(name, feed, {
    attributes: { ...attributes, ...(src ? { src } : {}) },
    language,
    updated: freshness(view.updated).html,
  });
}
