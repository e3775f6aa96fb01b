/**
 * `map-embed render` and `map-embed/render`: every element × format on the sample feed against
 * committed snapshots (test/render/snapshots/, read by the browser tests too), a hostile feed,
 * Welsh, strict dates, and the command's exit statuses. `UPDATE_SNAPSHOTS=1` writes the snapshots
 * afresh; review the diff before committing it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runRender } from '../../src/cli/render.js';
import { AttributeError, FORMATS, render, UsageError, type RenderFormat } from '../../src/render/index.js';
import { stylesheet } from '../../src/render/stylesheet.js';
import { tokens } from '../../src/theme/theme.js';

const snapshot = (name: string) => fileURLToPath(new URL(`../render/snapshots/${name}`, import.meta.url));
/** The address the sample feed is published at in the snapshots; the browser tests swap in their own. */
const BASE = 'https://example.nhs.uk/feed/maps.json';
const NOW = Date.UTC(2026, 11, 5, 12);

const CASES: [element: string, attributes: Record<string, string | boolean>][] = [
  ['role-card', { profession: 'physician-associate', layout: 'full', source: true }],
  ['news-list', { limit: '3', heading: 'MAP news', 'heading-level': '2' }],
  ['case-study-carousel', { profession: 'physician-associate' }],
];

/**
 * A dsd render's `<style>` is the element's own styles, checked against the element class; the
 * snapshot keeps a placeholder, so a change of the elements' look does not churn it.
 */
function withoutStyles(element: string, html: string): string {
  const style = /<style>([^]*?)<\/style>/.exec(html)?.[1];
  const ctor = customElements.get(`map-${element}`) as unknown as { elementStyles: { cssText: string }[] };
  assert.equal(style, ctor.elementStyles.map((sheet) => sheet.cssText).join(''), `${element}: the element's own styles`);
  return html.replace(style!, '/* the element\'s styles */');
}

function matchesSnapshot(name: string, actual: string): void {
  const path = snapshot(name);
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(path)) writeFileSync(path, actual);
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs from its snapshot (UPDATE_SNAPSHOTS=1 to accept)`);
}

describe('render: every element in every format, on the sample feed', () => {
  for (const [element, attributes] of CASES) {
    for (const format of FORMATS) {
      for (const lang of ['en', 'cy']) {
        it(`${element} --format ${format} --lang ${lang}`, async () => {
          const html = await render(element, { format, attributes, base: BASE, now: NOW, lang });
          matchesSnapshot(`${element}.${format}${lang === 'cy' ? '.cy' : ''}.html`, format === 'dsd' ? withoutStyles(element, html) : html);
          assert.doesNotMatch(html, /<script|<[a-z][^>]*\son[a-z]+=|javascript:/i);
          if (format !== 'dsd') assert.match(html, /5 (December|Rhagfyr) 2026/, 'says when it was made');
        });
      }
    }
  }

  it('dsd shows every title the html shows (text the element sets as a property too)', async () => {
    for (const [element, attributes] of CASES) {
      const plain = await render(element, { format: 'html', attributes, base: BASE, now: NOW });
      const dsd = await render(element, { format: 'dsd', attributes, now: NOW });
      const titles = [...plain.matchAll(/<h\d[^>]*>(?:<a [^>]*>)?([^<]+)</g)].map((m) => m[1]!);
      assert.ok(titles.length > 0, element);
      for (const title of titles) assert.ok(dsd.includes(`>${title}<`), `${element} dsd: ${title}`);
    }
  });

  it('html and email have only absolute http(s) links and images', async () => {
    for (const [element, attributes] of CASES) {
      for (const format of ['html', 'email'] as RenderFormat[]) {
        const html = await render(element, { format, attributes, base: BASE, now: NOW });
        for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) assert.match(url!, /^https:\/\//, `${element} ${format}: ${url}`);
      }
    }
  });

  it('email: no style sheet, class, link or script; images with alt, width and height; at most 600 px', async () => {
    for (const [element, attributes] of CASES) {
      const html = await render(element, { format: 'email', attributes, base: BASE, now: NOW });
      assert.doesNotMatch(html, /<style|<link|<script|\sclass=/i, element);
      for (const [img] of html.matchAll(/<img[^>]*>/g)) assert.match(img, /alt="[^"]*".*width="\d+" height="\d+"/, img);
      const widths = [...html.matchAll(/width="(\d+)"|max-width:(\d+)px/g)].map((m) => Number(m[1] ?? m[2]));
      assert.ok(widths.every((w) => w <= 600), `${element}: ${widths}`);
    }
  });

  it('html: no inline style, no event handler', async () => {
    for (const [element, attributes] of CASES) {
      const html = await render(element, { format: 'html', attributes, base: BASE, now: NOW });
      assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/i, element);
    }
  });

  it('the carousel lists every matching case study', async () => {
    const html = await render('case-study-carousel', { attributes: {}, base: BASE, now: NOW });
    const sample = JSON.parse(readFileSync(fileURLToPath(new URL('../../feed/maps.json', import.meta.url)), 'utf8')) as {
      items: { _map?: { type?: string } }[];
    };
    const count = sample.items.filter((item) => item._map?.type === 'case-study').length;
    assert.equal(html.match(/<article class="map-card map-case-study">/g)?.length, count);
  });
});

describe('dist/map-embed.css', () => {
  it('carries the elements\' own tokens and link styles (theme.ts) in place of its @tokens and @links comments', () => {
    const css = stylesheet(readFileSync(fileURLToPath(new URL('../../src/render/map-embed.css', import.meta.url)), 'utf8'));
    assert.doesNotMatch(css, /\/\* @(tokens|links) \*\//);
    // NHS.UK's focus style on links, as the elements draw it (theme.ts).
    assert.match(css, /\.map-embed a:focus-visible \{[^}]*background-color: var\(--_focus\);[^}]*box-shadow: 0 -2px var\(--_focus\), 0 4px var\(--_focus-text\);/);
    const names = [...tokens.cssText.matchAll(/(--_[\w-]+):/g)].map((m) => m[1]);
    assert.ok(names.length > 10);
    for (const name of names) assert.match(css, new RegExp(`\\.map-embed \\{[^}]*${name}:`), name);
    assert.match(css, /--_text: var\(--map-text-colour, var\(--nhsuk-text-colour, #212b32\)\);/);
  });

  it('copies the rules it shares with the elements in at its @rule comments, and names one it cannot find', () => {
    const css = stylesheet(readFileSync(fileURLToPath(new URL('../../src/render/map-embed.css', import.meta.url)), 'utf8'));
    assert.doesNotMatch(css, /\/\* @rule /);
    assert.match(css, /\.map-visually-hidden \{[^}]*clip-path: inset\(50%\) !important;[^}]*\}/);
    assert.match(css, /\.map-role-card__image \{[^}]*max-inline-size: var\(--map-role-card-image-size, 6em\);[^}]*\}/);
    assert.match(css, /\.map-role-card--full \.map-role-card__image \{\n {2}max-inline-size: var\(--map-role-card-image-size, 10em\);\n\}/);
    const placeholders = '/* @tokens */ /* @links */ ';
    assert.throws(() => stylesheet(`${placeholders}/* @rule .nothing from utilities as .x */`), /"utilities" has no rule for "\.nothing"/);
    assert.throws(() => stylesheet(`${placeholders}/* @rule .image from nowhere as .x */`), /no stylesheet "nowhere"/);
  });
});

function writeFeed(feed: object): string {
  const path = join(mkdtempSync(join(tmpdir(), 'map-render-')), 'feed.json');
  writeFileSync(path, JSON.stringify(feed));
  return path;
}

const HOSTILE = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Hostile <script>alert(1)</script>',
  home_page_url: 'javascript:alert(1)',
  items: [
    {
      id: 'role-pa',
      title: '<img src=x onerror=alert(1)>Physician associates',
      summary: '"><script>alert(2)</script>',
      url: 'javascript:alert(3)',
      image: 'data:image/svg+xml,<svg onload=alert(4)>',
      _map: { type: 'role', profession: 'physician-associate', image_alt: '" onerror="alert(5)', duties: ['<b onclick=alert(6)>x</b>'] },
    },
    { id: 'n1', title: '</h3><script>alert(7)</script>', url: ' java\tscript:alert(8)', date_published: '2025-01-01T00:00:00Z', summary: '<iframe src=//evil>' },
    { id: 'n2', title: 'Fine', url: 'vbscript:msgbox(9)', date_published: '2025-01-02T00:00:00Z' },
    {
      id: 'c1',
      title: '<svg onload=alert(10)>',
      url: 'https://example.org/" onmouseover="alert(11)',
      image: 'javascript:alert(12)',
      _map: { type: 'case-study', organisation: '<a href="javascript:alert(13)">x</a>', quote: '<script>', person: '&lt;' },
    },
  ],
};

describe('render: a hostile feed', () => {
  it('puts out nothing executable and drops unsafe URLs, in every format', async () => {
    const src = writeFeed(HOSTILE);
    for (const [element, attributes] of CASES) {
      for (const format of FORMATS) {
        const html = await render(element, { src, format, attributes: { ...attributes, profession: 'physician-associate' }, base: 'https://example.org/feed.json', now: NOW });
        const where = `${element} ${format}`;
        // Every tag in the output is one the renderer wrote: feed text only ever appears escaped.
        assert.doesNotMatch(html, /<(script|iframe|svg|b)\b/i, where);
        assert.doesNotMatch(html, /<img(?![^>]*\bsrc="https:)[^>]*>/i, where);
        // Inside a tag (feed text is escaped, so every `<` that opens a tag is the renderer's).
        assert.doesNotMatch(html, /<[a-z][^>]*\son[a-z]+\s*=/i, where);
        assert.doesNotMatch(html, /(href|src)="\s*(javascript|vbscript|data):/i, where);
        assert.doesNotMatch(html, /href="[^"]*"[^>]*onmouseover/i, where);
      }
    }
  });
});

describe('render: the elements\' rules', () => {
  it('Welsh: the elements\' own Welsh words and dates; English feed text keeps its lang', async () => {
    const html = await render('news-list', { lang: 'cy', attributes: { limit: '1' }, base: BASE, now: NOW });
    assert.match(html, /lang="cy"/);
    assert.match(html, /Cyhoeddwyd <time datetime="\d{4}-\d\d-\d\d">\d+ [A-Z][a-z]+ \d{4}<\/time>/);
    assert.match(html, /Gweld yr erthygl/);
    assert.match(html, /Diweddarwyd <time datetime="2026-12-05">5 Rhagfyr 2026<\/time> o /);
    assert.match(html, /<h3 class="map-news-list__title" lang="en-GB">/);
  });

  it('strict dates: an impossible date is no date, and a passed next_review says it is due', async () => {
    const src = writeFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Dates',
      items: [
        { id: 'n1', title: 'Thirtieth of February', date_published: '2025-02-30T09:00:00Z', url: 'https://example.org/1' },
        {
          id: 'role-pa',
          title: 'Physician associates',
          _map: { type: 'role', profession: 'physician-associate', last_reviewed: '2025-01-01', next_review: '2026-01-01' },
        },
      ],
    });
    const news = await render('news-list', { src, now: NOW });
    assert.doesNotMatch(news, /map-news-list__date/);
    assert.doesNotMatch(news, /March 2025/);
    const card = await render('role-card', { src, attributes: { profession: 'physician-associate' }, now: NOW });
    assert.match(card, /Last reviewed <time datetime="2025-01-01">1 January 2025<\/time>/);
    assert.match(card, /map-note--due/);
    const before = await render('role-card', { src, attributes: { profession: 'physician-associate' }, now: Date.UTC(2025, 5, 1) });
    assert.doesNotMatch(before, /map-note--due/);
  });

  it('refuses what the element refuses, naming the attribute', async () => {
    await assert.rejects(render('role-card', { attributes: { profession: 'nurse' } }), (error: Error) => error instanceof AttributeError && /profession "nurse"/.test(error.message));
    await assert.rejects(render('news-list', { attributes: { limit: '0' } }), AttributeError);
    await assert.rejects(render('news-list', { attributes: { colour: 'red' } }), (error: Error) => error instanceof UsageError && /"colour" is not an attribute of <map-news-list>/.test(error.message));
    await assert.rejects(render('rating-widget'), (error: Error) => error instanceof UsageError && /script or iframe snippet/.test(error.message));
  });

  it('several sources merge as <map-feed src="a b"> merges them: the later wins on a shared id', async () => {
    const a = writeFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'A', items: [{ id: 'n1', title: 'From A', url: 'https://example.org/a' }] });
    const b = writeFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'B', items: [{ id: 'n1', title: 'From B', url: 'https://example.org/b' }, { id: 'n2', title: 'Only B', url: 'https://example.org/c' }] });
    const html = await render('news-list', { src: `${a} ${b}`, now: NOW });
    assert.match(html, /From B/);
    assert.match(html, /Only B/);
    assert.doesNotMatch(html, /From A/);
  });

  it('reads RSS', async () => {
    const html = await render('news-list', { src: fileURLToPath(new URL('../fixtures/news.rss.xml', import.meta.url)), now: NOW });
    assert.match(html, /<li class="map-news-list__item">/);
  });
});

describe('map-embed render (the command)', () => {
  async function cli(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runRender(argv, { out: (text) => out.push(text), err: (line) => err.push(line) });
    return { code, out: out.join(''), err: err.join('\n') };
  }

  it('prints the same HTML as the API, with attributes as flags', async () => {
    const result = await cli(['role-card', '--profession', 'physician-associate', '--layout', 'full', '--source', '--base', BASE, '--today', '2026-12-05T12:00:00Z']);
    assert.equal(result.code, 0, result.err);
    assert.equal(result.out, readFileSync(snapshot('role-card.html.html'), 'utf8'));
  });

  it('writes --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'map-render-')), 'card.html');
    const result = await cli(['news-list', '--limit', '3', '--heading', 'MAP news', '--heading-level', '2', '--base', BASE, '--today', '2026-12-05T12:00:00Z', '--out', out]);
    assert.equal(result.code, 0, result.err);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(snapshot('news-list.html.html'), 'utf8'));
  });

  it('exits 2, in one line, for elements that need script', async () => {
    for (const element of ['bookmark-button', 'rating-widget', 'bookmark-list']) {
      const result = await cli([element]);
      assert.equal(result.code, 2);
      assert.match(result.err.split('\n')[0]!, /only works with JavaScript.*script or iframe snippet/);
    }
  });

  it('exits 2 for an unknown attribute, naming the element\'s attributes from custom-elements.json', async () => {
    const result = await cli(['role-card', '--colour', 'red']);
    assert.equal(result.code, 2);
    assert.match(result.err, /--colour is not an option of render nor an attribute of <map-role-card> \(profession, layout, heading-level, src, source\)/);
  });

  it('exits 2 for a value the element refuses, an unknown format or element', async () => {
    assert.equal((await cli(['role-card', '--profession', 'physician-associate', '--heading-level', '9'])).code, 2);
    assert.equal((await cli(['role-card', '--profession', 'physician-associate', '--format', 'pdf'])).code, 2);
    assert.equal((await cli(['map-nonsense'])).code, 2);
    assert.equal((await cli([])).code, 2);
  });

  it('exits 1 when the feed cannot be read or lacks what is asked for', async () => {
    assert.equal((await cli(['news-list', '--src', '/no/such/feed.json'])).code, 1);
    const src = writeFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'No roles', items: [] });
    const result = await cli(['role-card', '--profession', 'physician-associate', '--src', src]);
    assert.equal(result.code, 1);
    assert.match(result.err, /no role item for profession "physician-associate"/);
  });

  it('dsd with a feed file needs --base, the address the element loads live', async () => {
    const result = await cli(['news-list', '--format', 'dsd', '--src', fileURLToPath(new URL('../../feed/maps.json', import.meta.url))]);
    assert.equal(result.code, 2);
    assert.match(result.err, /needs --base/);
  });
});
