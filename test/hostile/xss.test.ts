import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/elements/role-card/define.js';
import '../../src/elements/news-list/define.js';
import '../../src/elements/case-study-carousel/define.js';
import '../../src/elements/bookmark-button/define.js';
import '../../src/elements/bookmark-list/define.js';
import '../../src/elements/rating-widget/define.js';
import { PROFESSIONS } from '../../src/feed/professions.js';
import { captureWarnings } from '../helpers/console.js';
import { settled } from '../helpers/render.js';
import { clearStoredValues } from '../helpers/storage.js';
import { feedUrl, nextTask, trapUncaught, unsafeMarkup } from './harness.js';
import { frames, waitUntil } from '../helpers/wait.js';

type Pwned = { __pwned?: unknown };

/** Each payload sets window.__pwned if anything ever runs it as script or markup. */
const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '"><script>window.__pwned=1</script>',
  "'><svg onload=window.__pwned=1>",
  '<svg><script>window.__pwned=1</script></svg>',
  '<svg><a xlink:href="javascript:window.__pwned=1"><text y="20">x</text></a></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  'javascript:window.__pwned=1',
  ' JAVASCRIPT:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"/>',
  'vbscript:msgbox(1)',
  '</style><script>window.__pwned=1</script>',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!--<img src=x onerror=window.__pwned=1>-->',
];

/** A feed in which every string field of every item type carries `payload`. */
function poisonedFeed(payload: string) {
  const base = (kind: string, i: number) => ({
    id: `${kind}-${i}-${payload}`,
    title: payload,
    summary: payload,
    content_text: payload,
    content_html: payload,
    url: payload,
    external_url: payload,
    image: payload,
    banner_image: payload,
    date_published: payload,
    date_modified: payload,
    tags: [payload, 'physician-associate'],
    authors: [{ name: payload, url: payload, avatar: payload }],
    attachments: [{ url: payload, mime_type: payload }],
  });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: payload,
    home_page_url: payload,
    feed_url: payload,
    icon: payload,
    language: payload,
    items: [
      ...PROFESSIONS.map((profession, i) => ({
        ...base('role', i),
        _map: {
          type: 'role',
          profession,
          image_alt: payload,
          duties: [payload, payload],
          supervision: payload,
          regulation: payload,
          training: payload,
        },
      })),
      ...[0, 1].map((i) => ({ ...base('news', i), _map: { type: 'news' } })),
      base('plain', 0),
      ...[0, 1].map((i) => ({
        ...base('case', i),
        _map: { type: 'case-study', organisation: payload, quote: payload, person: payload, image_alt: payload },
      })),
    ],
  };
}

describe('hostile feeds: script injection', () => {
  beforeEach(() => {
    delete (window as Pwned).__pwned;
    clearStoredValues();
  });
  afterEach(() => clearStoredValues());

  for (const payload of PAYLOADS) {
    it(`runs nothing and links nothing unsafe for ${JSON.stringify(payload)}`, async () => {
      const src = feedUrl(poisonedFeed(payload));
      const trap = trapUncaught();
      const warnings = captureWarnings();
      const host = document.createElement('div');
      try {
        const newsId = `news-0-${payload}`.trim();
        const elements: LitElement[] = [
          Object.assign(document.createElement('map-news-list'), { src, limit: 100 }),
          ...PROFESSIONS.map((profession) => Object.assign(document.createElement('map-role-card'), { src, profession, layout: 'full' })),
          Object.assign(document.createElement('map-case-study-carousel'), { src, label: payload }),
          Object.assign(document.createElement('map-bookmark-button'), { src, itemId: newsId, label: payload }),
          document.createElement('map-bookmark-list'),
          Object.assign(document.createElement('map-rating-widget'), { itemId: payload, name: payload, comment: true }),
        ];
        host.append(...elements);
        document.body.append(host);
        await Promise.all(elements.slice(0, 6).map((element) => settled(element)));
        await Promise.all(elements.map((element) => element.updateComplete));

        // The feed's text is shown as text: exactly the payload, never parsed.
        const news = elements[0]!.shadowRoot!;
        expect([...news.querySelectorAll('[part~="title"]')].map((t) => t.textContent)).to.include(payload.trim());
        const card = elements[1]!.shadowRoot!;
        expect(card.querySelector('[part~="heading"]')?.textContent).to.equal(payload.trim());
        expect(card.querySelector('[part~="facts"]')?.textContent).to.contain(payload.trim());

        // Bookmarking an item whose title and URL are payloads stores them; the list shows them.
        const bookmark = elements[6]!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
        bookmark.click();
        const list = elements[7]!;
        await waitUntil(() => list.shadowRoot!.querySelector('[part~="item"]'), 'the bookmark list shows the bookmark');

        // Give anything that might run (image errors, deferred script) the chance to.
        for (let i = 0; i < 5; i++) await nextTask();
        await frames();

        expect((window as Pwned).__pwned, 'a payload ran').to.equal(undefined);
        expect(unsafeMarkup(host)).to.deep.equal([]);
        expect(document.querySelectorAll('script:not([type="module"]), iframe, object, embed').length, 'nothing injected into the page').to.equal(0);
        expect(trap.errors).to.deep.equal([]);
      } finally {
        host.remove();
        warnings.restore();
        trap.dispose();
        URL.revokeObjectURL(src);
      }
    });
  }

  it('shows a stored bookmark with a script URL as text, not a link', async () => {
    localStorage.setItem(
      'map-embed:bookmarks',
      JSON.stringify({
        v: 1,
        data: PAYLOADS.map((payload, i) => ({ id: `b${i}`, title: payload, url: payload, savedAt: Date.UTC(2025, 0, 1) + i })),
      }),
    );
    const trap = trapUncaught();
    const list = document.createElement('map-bookmark-list');
    list.limit = 100;
    document.body.append(list);
    try {
      await list.updateComplete;
      const items = [...list.shadowRoot!.querySelectorAll('[part~="item"]')];
      expect(items).to.have.length(PAYLOADS.length);
      for (let i = 0; i < 5; i++) await nextTask();
      expect((window as Pwned).__pwned).to.equal(undefined);
      expect(unsafeMarkup(list)).to.deep.equal([]);
      expect(trap.errors).to.deep.equal([]);
    } finally {
      list.remove();
      trap.dispose();
    }
  });
});
