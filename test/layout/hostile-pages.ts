/**
 * Host pages that fight the elements, as real CMS and intranet themes do: the layout tests
 * (host-css.test.ts) measure every element on each of them, and the "Hostile host pages"
 * stories show them live. A page's CSS beats `:host` rules, so each of these reaches the tags
 * themselves; none can reach inside a shadow root.
 */
export interface HostilePage {
  name: string;
  /** What the page does, for the story's description and test names. */
  description: string;
  css: string;
}

/** Grid, flex and marker styles every page shares: the containers the elements are put in. */
const containers = `
  .page { display: grid; gap: 16px; }
  @media (min-width: 700px) { .page { grid-template-columns: minmax(0, 3fr) minmax(0, 1fr); } }
  .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
  .row { display: flex; flex-wrap: wrap; gap: 16px; }
  .after { margin: 8px 0 24px; padding: 4px; background: #ffe9a8; }
`;

const TAGS = 'map-feed, map-role-card, map-news-list, map-case-study-carousel, map-bookmark-button, map-bookmark-list, map-rating-widget';

export const HOSTILE_PAGES: HostilePage[] = [
  {
    name: 'revert-reset',
    description:
      'A CMS reset, `*, *::before, *::after { all: revert }`, with a 62.5% root font size and `box-sizing: content-box` on everything: every tag is `display: inline`.',
    css: `
      *, *::before, *::after { all: revert; box-sizing: content-box; }
      html { font-size: 62.5%; }
      body { margin: 8px; font: 1.6rem/1.35 Verdana, sans-serif; }
      ${containers}
    `,
  },
  {
    name: 'unset',
    description: '`all: unset` on every element in the body: tags, headings and paragraphs lose every style, including `display`.',
    css: `
      body *, body *::before, body *::after { all: unset; }
      body { margin: 8px; font: 16px/1.2 Arial, sans-serif; }
      h1, h2, p, section, div { display: block; }
      ${containers}
    `,
  },
  {
    name: 'inline-tags',
    description:
      'The tags forced to `display: inline` with `box-sizing: content-box` and padding, inside a centred, uppercase, letter-spaced column with `line-height: 1`.',
    css: `
      ${TAGS} { display: inline !important; box-sizing: content-box !important; padding: 2px; }
      html { font-size: 62.5%; }
      body { margin: 8px; font: 1.5rem/1 Georgia, serif; text-align: center; text-transform: uppercase; letter-spacing: 0.1em; }
      ${containers}
    `,
  },
  {
    name: 'contents',
    description: 'The tags set to `display: contents`: they have no box of their own, their content takes its place.',
    css: `
      ${TAGS} { display: contents !important; }
      body { margin: 8px; font: 18px/1.4 'Segoe UI', sans-serif; }
      ${containers}
    `,
  },
];

export const HOSTILE_WIDTHS = [320, 768, 1280] as const;

/**
 * The page body: a main column in a page grid (so it is stretched to the row's height, as on many
 * intranets), with each element in block flow and a marker after it, role cards in a two-column
 * grid and a wrapping flex row, all inside one map-feed, then a marker after the feed.
 */
export function hostileBody(feed: string): string {
  return `
    <h1>Hostile host page</h1>
    <div class="page">
    <main>
    <map-feed src="${feed}">
      <h2>In block flow</h2>
      <map-role-card profession="physician-associate" layout="full"></map-role-card>
      <p class="after">After the full role card</p>
      <map-news-list limit="2"></map-news-list>
      <p class="after">After the news list</p>
      <map-case-study-carousel label="Case studies"></map-case-study-carousel>
      <p class="after">After the carousel</p>
      <map-bookmark-button item-id="hostile-page" label="Hostile host page" url="https://www.england.nhs.uk/"></map-bookmark-button>
      <p class="after">After the bookmark button</p>
      <map-bookmark-list></map-bookmark-list>
      <p class="after">After the bookmark list</p>
      <map-rating-widget mode="stars" comment item-id="hostile-page" name="hostile-page"></map-rating-widget>
      <p class="after">After the rating widget</p>
      <h2>In a two-column grid</h2>
      <div class="grid">
        <map-role-card profession="physician-associate"></map-role-card>
        <map-role-card profession="physician-assistant-anaesthesia"></map-role-card>
        <map-role-card profession="advanced-critical-care-practitioner"></map-role-card>
        <map-news-list limit="1"></map-news-list>
      </div>
      <p class="after">After the grid</p>
      <h2>In a flex row</h2>
      <div class="row">
        <map-role-card profession="surgical-care-practitioner"></map-role-card>
        <map-bookmark-button item-id="hostile-row" label="Surgical care practitioners" url="https://www.england.nhs.uk/"></map-bookmark-button>
        <map-news-list limit="1"></map-news-list>
      </div>
      <p class="after">After the flex row</p>
    </map-feed>
    <p class="after">After the feed</p>
    </main>
    <aside><h2>Related</h2><p>Links the page puts beside its main column.</p></aside>
    </div>
  `;
}
