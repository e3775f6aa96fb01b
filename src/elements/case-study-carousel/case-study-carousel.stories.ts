import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { settled, showsContent, showsError } from '../../../.storybook/settled.js';
import { PROFESSIONS } from '../../feed/professions.js';
import './define.js';

interface CarouselArgs {
  label?: string;
  interval?: number;
  profession?: string;
  tag?: string;
  src?: string;
}

const carousel = (args: CarouselArgs) =>
  html`<map-case-study-carousel
    label=${ifDefined(args.label)}
    interval=${ifDefined(args.interval)}
    profession=${ifDefined(args.profession)}
    tag=${ifDefined(args.tag)}
    src=${ifDefined(args.src)}
  ></map-case-study-carousel>`;

const meta: Meta<CarouselArgs> = {
  title: 'Elements/Case study carousel',
  component: 'map-case-study-carousel',
  render: carousel,
  play: showsContent,
  argTypes: {
    interval: { control: { type: 'number', min: 0, step: 1000 } },
    profession: { control: 'select', options: [undefined, ...PROFESSIONS] },
  },
  decorators: [(story) => html`<div style="max-inline-size: 48rem">${story()}</div>`],
  parameters: {
    docs: {
      description: {
        component:
          'Paste `<map-case-study-carousel>` anywhere on a page that loads map-embed. With no `src` and no surrounding `<map-feed>`, it shows the bundled sample feed’s case studies. It follows the WAI-ARIA Authoring Practices carousel pattern: previous, next and slide picker buttons, and, with `interval`, a rotation control first in the tab order.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<CarouselArgs>;

export const Default: Story = {};

/** `profession` and `tag` choose which case studies appear; one match is shown as a plain card. */
export const Filtered: Story = {
  name: 'Filtered by tag',
  args: { tag: 'physician-associate, surgical-care-practitioner' },
};

/** Welsh: the carousel takes its language from the nearest `lang` attribute on the page. */
export const Welsh: Story = {
  name: 'Welsh (lang="cy")',
  args: { interval: 8000 },
  render: (args) => html`<div lang="cy">${carousel(args)}</div>`,
};

/** Nothing matches the filter: the carousel says so instead of staying blank. */
export const Empty: Story = {
  args: { tag: 'no-such-tag' },
  play: settled,
};

/** A feed address that does not exist: the carousel explains and offers to try again. */
export const FeedNotFound: Story = {
  name: 'Error: feed not found',
  args: { src: 'feeds/no-such-feed.json' },
  play: showsError,
};

/**
 * A new slide every 6 seconds. The "Stop automatic slide show" button comes first; pointing at
 * the carousel pauses it, and keyboard focus inside stops it until "Start" is pressed. It never
 * starts by itself for someone who prefers reduced motion.
 */
export const AutoRotating: Story = {
  name: 'Auto-rotating',
  args: { interval: 6000, label: 'Case studies from trusts' },
};
