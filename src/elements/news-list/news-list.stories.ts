import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { settled } from '../../../.storybook/settled.js';
import { largeNewsFeedUrl } from '../../../test/fixtures/large-news-feed.js';
import { PROFESSIONS } from '../../feed/professions.js';
import './define.js';

interface NewsListArgs {
  limit?: number;
  tag?: string;
  profession?: string;
  heading?: string;
  'heading-level'?: number;
  more?: boolean;
  src?: string;
}

const list = (args: NewsListArgs) =>
  html`<map-news-list
    limit=${ifDefined(args.limit)}
    tag=${ifDefined(args.tag)}
    profession=${ifDefined(args.profession)}
    heading=${ifDefined(args.heading)}
    heading-level=${ifDefined(args['heading-level'])}
    ?more=${args.more}
    src=${ifDefined(args.src)}
  ></map-news-list>`;

const meta: Meta<NewsListArgs> = {
  title: 'Elements/News list',
  component: 'map-news-list',
  render: list,
  play: settled,
  args: { heading: 'Related news', limit: 5 },
  argTypes: {
    limit: { control: { type: 'number', min: 1 } },
    profession: { control: 'select', options: [undefined, ...PROFESSIONS] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    more: { control: 'boolean' },
  },
  decorators: [(story) => html`<div style="max-inline-size: 44rem">${story()}</div>`],
  parameters: {
    docs: {
      description: {
        component:
          'Paste `<map-news-list>` anywhere on a page that loads map-embed. With no `src` and no surrounding `<map-feed>`, the list shows the bundled sample feed’s news.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<NewsListArgs>;

export const Default: Story = {};

/** `profession` is shorthand for that profession's tag. */
export const FilteredByProfession: Story = {
  name: 'Filtered by profession',
  args: { profession: 'surgical-care-practitioner', heading: 'Surgical care practitioner news' },
};

/** Several tags, comma-separated: an item is shown if it has any of them. */
export const FilteredByTag: Story = {
  name: 'Filtered by tag',
  args: { tag: 'training, Supervision', heading: 'Training and supervision' },
};

/** Welsh: the list takes its language from the nearest `lang` attribute on the page. */
export const Welsh: Story = {
  name: 'Welsh (lang="cy")',
  args: { heading: 'Newyddion cysylltiedig', more: true, limit: 3 },
  render: (args) => html`<div lang="cy">${list(args)}</div>`,
};

/** Nothing matches the filter: the list says so instead of staying blank. */
export const Empty: Story = {
  args: { tag: 'no-such-tag' },
};

/** A feed address that does not exist: the list explains and offers to try again. */
export const FeedNotFound: Story = {
  name: 'Error: feed not found',
  args: { src: 'feeds/no-such-feed.json' },
};

/** An attribute value the list cannot use is named in the element and once in the console. */
export const InvalidLimit: Story = {
  name: 'Error: invalid limit',
  args: { limit: 0 },
};

let largeFeed: string | undefined;

/** 1,000 generated items (made in the browser, not shipped), ten at a time with "Show more". */
export const LargeFeed: Story = {
  name: 'Large feed (1,000 items)',
  args: { heading: '1,000 news items', limit: 10, more: true },
  render: (args) => list({ ...args, src: (largeFeed ??= largeNewsFeedUrl(1000)) }),
};
