import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { showsContent } from '../.storybook/settled.js';
import { SAMPLE_FEED_URL } from '../src/feed/sample-feed.js';
import { layoutProblems } from '../test/layout/geometry.js';
import { HOSTILE_PAGES, hostileBody, type HostilePage } from '../test/layout/hostile-pages.js';
import '../src/index.js';
import { addPageStyles, hostPageParameters } from './host-page.js';

/**
 * The host pages the layout tests measure (test/layout/hostile-pages.ts), live: each story puts
 * that page's stylesheet into its frame while it is shown and every element into the body, in
 * block flow, a page grid, a two-column grid and a flex row. Yellow bars mark what follows each
 * element; nothing may draw over them. The play function measures the same geometry as the
 * tests, at whatever width the frame has.
 */
function story(page: HostilePage): StoryObj {
  return {
    name: page.name,
    // The page's own markup (no feed content), as the HTML string a story may return.
    render: () => `<div>${hostileBody(SAMPLE_FEED_URL)}</div>`,
    beforeEach: () => addPageStyles(page.css),
    play: async (context) => {
      await showsContent(context);
      const problems = layoutProblems(document);
      if (problems.length) throw new Error(`Layout problems on the ${page.name} page:\n${problems.join('\n')}`);
    },
    parameters: { docs: { description: { story: page.description } } },
  };
}

const meta: Meta = {
  title: 'Embed in your site/Hostile host pages',
  parameters: hostPageParameters(
    "A page's own CSS beats an element's `:host` rules, so these pages reach the tags themselves: a `* { all: revert }` reset with a 62.5% " +
      'root font size, `all: unset`, tags forced `inline` with `content-box` sizing, and tags set to `display: contents`. Every element ' +
      'still draws inside its own box and pushes what follows down. Resize the frame (or use the viewport toolbar) to see 320, 768 and 1280 px.',
  ),
};
export default meta;

const [revertReset, unset, inlineTags, contents] = HOSTILE_PAGES as [HostilePage, HostilePage, HostilePage, HostilePage];

export const RevertReset = story(revertReset);
export const Unset = story(unset);
export const InlineTags = story(inlineTags);
export const Contents = story(contents);
