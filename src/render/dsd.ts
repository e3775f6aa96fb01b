/**
 * `--format dsd`: the element's tag with a declarative shadow root, rendered on the server from
 * the element's own Lit templates by Lit's server renderer (`@lit-labs/ssr`, an optional peer
 * dependency: only this format needs it). The shadow root has the structure the element builds
 * in the browser (MapElement: a `.root` wrapper, then the spill and fallback slots), so when the
 * page also loads the script the element finds its content where it will draw it, keeps it on
 * show while the feed loads, and swaps it for the live render in one step.
 */
import type { LitElement } from 'lit';
import { absoluteFeedUrl } from '../feed/feed-cache.js';
import { serveFeed } from '../feed/feed-controller.js';
import { SAMPLE_FEED_URL } from '../feed/sample-feed.js';
import type { Feed } from '../feed/types.js';
import type { Language } from '../i18n/i18n.js';
import { escapeHtml } from './markup.js';
import type { AttributeValues, RenderableElement } from './views.js';

/** `@lit-labs/ssr` is not installed: the message says what to do. */
export class MissingDependencyError extends Error {
  override name = 'MissingDependencyError';
}

type Ssr = typeof import('@lit-labs/ssr');

async function loadSsr(): Promise<{ ssr: Ssr; collectResultSync: typeof import('@lit-labs/ssr/lib/render-result.js').collectResultSync }> {
  try {
    const [ssr, result] = await Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js')]);
    return { ssr, collectResultSync: result.collectResultSync };
  } catch (cause) {
    if ((cause as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw cause;
    throw new MissingDependencyError(
      '--format dsd needs Lit\'s server renderer: run `npm install @lit-labs/ssr` where map-embed is installed (html and email need nothing more).',
    );
  }
}

const DEFINITIONS: Record<RenderableElement, () => Promise<unknown>> = {
  'role-card': () => import('../elements/role-card/define.js'),
  'news-list': () => import('../elements/news-list/define.js'),
  'case-study-carousel': () => import('../elements/case-study-carousel/define.js'),
};

/** Lit's comment markers, there for hydration; the element takes the content over without them. */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<!--\?-->/g;

export interface DsdOptions {
  attributes: AttributeValues;
  language: Language;
  /** The freshness line, shown only where scripting is off: with script the element is live. */
  updated: string;
}

/**
 * `<map-… attributes><template shadowrootmode="open">…</template></map-…>`. `attributes.src` is
 * what the element will load in the browser; `feed` is what it shows until then.
 */
export async function renderDsd(element: RenderableElement, feed: Feed, options: DsdOptions): Promise<string> {
  const { ssr, collectResultSync } = await loadSsr();
  const { unsafeStatic, html: staticHtml } = await import('lit/static-html.js');
  await DEFINITIONS[element]();
  const src = options.attributes.src;
  serveFeed(typeof src === 'string' && src.trim() ? absoluteFeedUrl(src) : SAMPLE_FEED_URL, feed);

  const language = options.language;
  /** Renders the shadow root as MapElement.createRenderRoot() lays it out in the browser. */
  class MapElementRenderer extends ssr.LitElementRenderer {
    override connectedCallback(): void {
      // No ancestors on the server: the element speaks the language asked for.
      (this.element as LitElement & { i18n: { language: Language } }).i18n.language = language;
      super.connectedCallback();
    }
    override renderShadow(renderInfo: Parameters<InstanceType<Ssr['LitElementRenderer']>['renderShadow']>[0]) {
      const parts = super.renderShadow(renderInfo);
      if (!parts) return parts;
      const content = parts.pop()!;
      return [
        ...parts,
        '<div class="root">',
        content,
        '</div><slot class="spill"></slot><slot name="fallback" hidden></slot>',
        `<noscript><p class="updated">${options.updated}</p></noscript>`,
      ];
    }
  }

  const tag = `map-${element}`;
  let opening = `<${tag}`;
  const attributes: AttributeValues = { ...options.attributes, lang: language };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    opening += value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  const template = staticHtml`${unsafeStatic(`${opening}>`)}${unsafeStatic(`</${tag}>`)}`;
  const rendered = collectResultSync(ssr.render(template, { elementRenderers: [MapElementRenderer] }));
  const cleaned = rendered.replace(LIT_MARKERS, '').replace(' shadowroot="open"', '').replace(/^<(map-[a-z-]+) +/, '<$1 ');
  return `${cleaned.trim()}\n`;
}
