import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { showsContent, showsError } from '../../../.storybook/settled.js';
import { PROFESSIONS } from '../../feed/professions.js';
import './define.js';

interface RoleCardArgs {
  profession?: string;
  layout?: 'compact' | 'full';
  'heading-level'?: number;
  src?: string;
}

const card = (args: RoleCardArgs) =>
  html`<map-role-card
    profession=${ifDefined(args.profession)}
    layout=${ifDefined(args.layout)}
    heading-level=${ifDefined(args['heading-level'])}
    src=${ifDefined(args.src)}
  ></map-role-card>`;

const meta: Meta<RoleCardArgs> = {
  title: 'Elements/Role card',
  component: 'map-role-card',
  render: card,
  play: showsContent,
  args: { profession: 'physician-associate', layout: 'compact' },
  argTypes: {
    profession: { control: 'select', options: [...PROFESSIONS] },
    layout: { control: 'inline-radio', options: ['compact', 'full'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  decorators: [(story) => html`<div style="max-inline-size: 40rem">${story()}</div>`],
  parameters: {
    docs: {
      description: {
        component:
          'Paste `<map-role-card profession="…">` anywhere on a page that loads map-embed. With no `src` and no surrounding `<map-feed>`, the card shows the bundled sample feed.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<RoleCardArgs>;

export const PhysicianAssociate: Story = {};

export const PhysicianAssistantAnaesthesia: Story = {
  name: 'Physician assistant (anaesthesia)',
  args: { profession: 'physician-assistant-anaesthesia' },
};

export const AdvancedCriticalCarePractitioner: Story = {
  args: { profession: 'advanced-critical-care-practitioner' },
};

export const SurgicalCarePractitioner: Story = {
  args: { profession: 'surgical-care-practitioner' },
};

/** The full layout adds the key facts: what they do, supervision, regulation and training. */
export const FullLayout: Story = {
  args: { layout: 'full' },
};

/** All four professions side by side in the compact layout, under the page's own heading. */
export const AllProfessionsCompact: Story = {
  name: 'All professions, compact',
  decorators: [],
  render: (args) => html`<section aria-labelledby="maps-heading">
    <h2 id="maps-heading">Medical associate professions in our teams</h2>
    <div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))">
      ${PROFESSIONS.map((profession) => card({ ...args, profession }))}
    </div>
  </section>`,
};

/** Welsh: the card takes its language from the nearest `lang` attribute on the page. */
export const Welsh: Story = {
  name: 'Welsh (lang="cy")',
  args: { layout: 'full' },
  render: (args) => html`<div lang="cy">${card(args)}</div>`,
};

/** A profession the feed does not know: the card says so and lists the valid ones. */
export const UnknownProfession: Story = {
  name: 'Error: unknown profession',
  args: { profession: 'nurse-practitioner' },
  play: showsError,
};

/** A feed address that does not exist: the card explains and offers to try again. */
export const FeedNotFound: Story = {
  name: 'Error: feed not found',
  args: { src: 'feeds/no-such-feed.json' },
  play: showsError,
};
