import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { settled } from '../../../.storybook/settled.js';
import { BOOKMARKS_KEY, type Bookmark } from '../../storage/bookmarks.js';
import { store } from '../../storage/store.js';
import { mockEndpoint, MOCK_ENDPOINT } from '../../../.storybook/mock-endpoint.js';
import './define.js';
import '../bookmark-button/define.js';

interface BookmarkListArgs {
  limit?: number;
  'heading-level'?: number;
  onMapBookmarkChange?: (event: Event) => void;
}

const list = (args: BookmarkListArgs) =>
  html`<map-bookmark-list
    limit=${ifDefined(args.limit)}
    heading-level=${ifDefined(args['heading-level'])}
    @map-bookmark-change=${args.onMapBookmarkChange}
  ></map-bookmark-list>`;

const DAY = 24 * 60 * 60 * 1000;
const SAVED: readonly Omit<Bookmark, 'savedAt'>[] = [
  { id: 'role-physician-associate', title: 'Physician associates', url: 'https://www.example.nhs.uk/maps/physician-associates' },
  { id: 'news-recruitment-toolkit', title: 'New toolkit to help inspire, attract and recruit your future workforce', url: 'https://www.example.nhs.uk/news/toolkit' },
  { id: 'case-accp-intensive-care', title: 'Advanced critical care practitioners in intensive care', url: 'https://www.example.nhs.uk/case-studies/accp' },
  { id: 'role-surgical-care-practitioner', title: 'Surgical care practitioners', url: 'https://www.example.nhs.uk/maps/surgical-care-practitioners' },
  { id: 'news-internal-medicine-curriculum', title: 'Update on the new internal medicine curriculum', url: 'https://www.example.nhs.uk/news/im-curriculum' },
];

/** Saves the sample bookmarks, one a day apart, the first the newest. */
function saveSamples(): void {
  const now = Date.now();
  store.set(
    BOOKMARKS_KEY,
    SAVED.map((bookmark, index) => ({ ...bookmark, savedAt: now - index * DAY })),
  );
}

type Context = { canvasElement: HTMLElement };

/** Removes the newest bookmark as a user would, then checks where focus went. */
async function removeFirst({ canvasElement }: Context): Promise<void> {
  await settled({ canvasElement });
  const el = canvasElement.querySelector('map-bookmark-list')!;
  const before = el.shadowRoot!.querySelectorAll('[part~="item"]').length;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="remove"]')!.click();
  const deadline = Date.now() + 5000;
  while (el.shadowRoot!.querySelectorAll('[part~="item"]').length !== before - 1) {
    if (Date.now() > deadline) throw new Error('The bookmark was not removed.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await el.updateComplete;
  const focused = el.shadowRoot!.activeElement;
  if (!focused || focused.getAttribute('part') !== 'remove') {
    throw new Error('Focus did not move to the next bookmark’s Remove button.');
  }
}

const meta: Meta<BookmarkListArgs> = {
  title: 'Elements/Bookmark list',
  component: 'map-bookmark-list',
  render: list,
  play: settled,
  argTypes: {
    limit: { control: { type: 'number', min: 1 } },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    onMapBookmarkChange: { action: 'map-bookmark-change' },
  },
  beforeEach: saveSamples,
  decorators: [(story) => html`<div style="max-inline-size: 40rem">${story()}</div>`],
  parameters: {
    docs: {
      description: {
        component:
          'Paste `<map-bookmark-list>` on a "Your dashboard" page: it lists what the reader saved with `<map-bookmark-button>` anywhere on the site, newest first, each with the date saved and a Remove button. Bookmarks live in this browser (no login) and the list follows every change at once, from buttons on the page and from other tabs.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<BookmarkListArgs>;

/** Five saved bookmarks, newest first. */
export const Default: Story = {};

/** `limit="3"`: the newest three, and how many there are in all. */
export const Limited: Story = { args: { limit: 3 } };

/** Nothing saved yet: the empty state says how to save something. */
export const Empty: Story = { beforeEach: () => store.remove(BOOKMARKS_KEY) };

/** After a removal, focus moves to the next bookmark’s Remove button and the removal is announced. */
export const AfterRemoving: Story = { name: 'After removing one', play: removeFirst };

/**
 * Bookmarks saved by a button with an `endpoint` keep it, and removing one here posts the change
 * there too. This story's endpoint (mocked) turns removals down with a 410, so after removing the
 * newest bookmark the list says the site did not accept the change; the bookmark stays removed.
 */
export const RemovalRefused: Story = {
  name: 'Removal refused by the site',
  beforeEach: () => {
    const endpoint = new URL(`${MOCK_ENDPOINT}/410`, location.href).href;
    const now = Date.now();
    store.set(
      BOOKMARKS_KEY,
      SAVED.slice(0, 3).map((bookmark, index) => ({ ...bookmark, savedAt: now - index * DAY, endpoint })),
    );
    return mockEndpoint();
  },
  play: async (context) => {
    await removeFirst(context);
    const el = context.canvasElement.querySelector('map-bookmark-list')!;
    const deadline = Date.now() + 5000;
    while (!el.shadowRoot!.querySelector('[part~="refused"]')) {
      if (Date.now() > deadline) throw new Error('The refused removal was not shown.');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  },
};

/** Inside `lang="cy"`: heading, dates, buttons and messages in Welsh. */
export const Welsh: Story = {
  args: { limit: 3 },
  render: (args) => html`<div lang="cy">${list(args)}</div>`,
};

/** Welsh, with nothing saved. */
export const WelshEmpty: Story = {
  name: 'Welsh, empty',
  render: (args) => html`<div lang="cy">${list(args)}</div>`,
  beforeEach: () => store.remove(BOOKMARKS_KEY),
};

/** Live: press a button and the list follows at once (as it does for changes in other tabs). */
export const WithButtons: Story = {
  name: 'With bookmark buttons',
  render: (args) => html`<p>
      Physician associates
      <map-bookmark-button
        item-id="role-physician-associate"
        label="Physician associates"
        url="https://www.example.nhs.uk/maps/physician-associates"
      ></map-bookmark-button>
    </p>
    <p>
      Regulation of medical associate professions
      <map-bookmark-button
        item-id="story-regulation"
        label="Regulation of medical associate professions"
        url="https://www.example.nhs.uk/maps/regulation"
      ></map-bookmark-button>
    </p>
    ${list({ ...args, 'heading-level': 3 })}`,
  beforeEach: () => store.remove(BOOKMARKS_KEY),
  play: async ({ canvasElement }) => {
    await settled({ canvasElement });
    const buttons = [...canvasElement.querySelectorAll('map-bookmark-button')];
    for (const el of buttons) el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    const el = canvasElement.querySelector('map-bookmark-list')!;
    const deadline = Date.now() + 5000;
    while (el.shadowRoot!.querySelectorAll('[part~="item"]').length !== buttons.length) {
      if (Date.now() > deadline) throw new Error('The list did not follow the buttons.');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  },
};

/** A `limit` that is not a whole number of 1 or more is explained in the element. */
export const BadLimit: Story = { args: { limit: 0 } };
