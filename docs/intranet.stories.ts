import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { mockEndpoint } from '../.storybook/mock-endpoint.js';
import { showsContent } from '../.storybook/settled.js';
import { SAMPLE_FEED_URL } from '../src/feed/sample-feed.js';
import page from '../examples/intranet.html?raw';
import '../examples/intranet.js';
import '../src/index.js';
import { addPageStyles, hostPageParameters } from './host-page.js';

/**
 * examples/intranet.html itself (the page the built-package tests load), so this story can never
 * drift from it: its global stylesheet goes into the story's frame while the story is shown, its
 * body becomes the story. Only the script tags are left out: Storybook has already registered the
 * elements from src/ and imported the page's own script (its "Cymraeg" button), and the feed
 * address is pointed at the sample feed Storybook serves.
 */
const parsed = new DOMParser().parseFromString(page, 'text/html');
const styles = [...parsed.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');

function renderPage(): HTMLElement {
  const body = document.createElement('div');
  body.className = 'intranet-story';
  for (const node of parsed.body.childNodes) body.append(document.importNode(node, true));
  for (const feed of body.querySelectorAll('map-feed')) feed.setAttribute('src', SAMPLE_FEED_URL);
  return body;
}

const meta: Meta = {
  title: 'Embed in your site/Mock trust intranet',
  render: renderPage,
  play: showsContent,
  beforeEach: () => {
    const removeStyles = addPageStyles(styles);
    // The page's rating widgets post to a placeholder endpoint, answered here.
    const restoreFetch = mockEndpoint();
    return () => {
      removeStyles();
      restoreFetch();
    };
  },
  parameters: hostPageParameters(
    'Every element on a realistic trust intranet page that fights back: a `* { all: revert }` reset, a 62.5% root font size, ' +
      'rounded red uppercase `button {}` styles, its own link and heading styles, a Welsh section, and a "Cymraeg" button that ' +
      'switches the rest of the page to Welsh. The same page, loading only `dist/map-embed.js`, is at `examples/intranet.html`.',
  ),
};
export default meta;

export const Intranet: StoryObj = { name: 'Mock trust intranet' };
