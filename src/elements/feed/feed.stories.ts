import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { showsContent } from '../../../.storybook/settled.js';
import { PROFESSIONS } from '../../feed/professions.js';
import '../role-card/define.js';
import './define.js';

interface FeedArgs {
  src?: string;
  onMapFeedLoad?: (event: Event) => void;
  onMapFeedError?: (event: Event) => void;
}

const meta: Meta<FeedArgs> = {
  title: 'Elements/Feed provider',
  component: 'map-feed',
  play: showsContent,
  render: (args) => html`<map-feed src=${ifDefined(args.src)} @map-feed-load=${args.onMapFeedLoad} @map-feed-error=${args.onMapFeedError}>
    <h2>Medical associate professions</h2>
    <div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))">
      ${PROFESSIONS.map((profession) => html`<map-role-card profession=${profession}></map-role-card>`)}
    </div>
  </map-feed>`,
  parameters: {
    docs: {
      description: {
        component:
          'Name your feed once: every map-embed element inside `<map-feed>` reads it, and the page fetches it once however many elements use it. An element with its own `src` uses that instead.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<FeedArgs>;

/** No `src`: the provider hands its cards the bundled sample feed. */
export const SeveralCards: Story = {
  name: 'Provider feeding several cards',
};

/** Your trust's own feed: any JSON Feed 1.1 address, relative to the page or absolute. */
export const WithSrc: Story = {
  name: 'Provider with src',
  args: { src: 'feed/maps.json' },
};
