import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { mockEndpoint, MOCK_ENDPOINT } from '../../../.storybook/mock-endpoint.js';
import { settled } from '../../../.storybook/settled.js';
import { BOOKMARKS_KEY } from '../../storage/bookmarks.js';
import { store } from '../../storage/store.js';
import './define.js';
import '../bookmark-list/define.js';

interface BookmarkButtonArgs {
  'item-id'?: string;
  label?: string;
  url?: string;
  endpoint?: string;
  src?: string;
  onMapBookmarkChange?: (event: Event) => void;
}

const button = (args: BookmarkButtonArgs) =>
  html`<map-bookmark-button
    item-id=${ifDefined(args['item-id'])}
    label=${ifDefined(args.label)}
    url=${ifDefined(args.url)}
    endpoint=${ifDefined(args.endpoint)}
    src=${ifDefined(args.src)}
    @map-bookmark-change=${args.onMapBookmarkChange}
  ></map-bookmark-button>`;

/** Presses the (first) bookmark button as a user would and waits until it shows as bookmarked. */
async function bookmarkIt({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await settled({ canvasElement });
  const el = canvasElement.querySelector('map-bookmark-button')!;
  const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
  toggle.click();
  const deadline = Date.now() + 5000;
  while (toggle.getAttribute('aria-pressed') !== 'true') {
    if (Date.now() > deadline) throw new Error('The button did not become pressed.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const status = el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
  if (!status) throw new Error('The change was not announced.');
}

const meta: Meta<BookmarkButtonArgs> = {
  title: 'Elements/Bookmark button',
  component: 'map-bookmark-button',
  render: button,
  play: settled,
  argTypes: {
    onMapBookmarkChange: { action: 'map-bookmark-change' },
  },
  // Each story starts with no bookmarks: they are kept in this browser between visits.
  beforeEach: () => store.remove(BOOKMARKS_KEY),
  parameters: {
    docs: {
      description: {
        component:
          'Paste `<map-bookmark-button>` on a page to let readers save it (or, with `item-id`, one feed item) to their bookmarks in this browser, with no login. It shows "Bookmark" and is named after what it saves ("Bookmark Physician associates"), the same whether pressed or not; whether it is pressed is told by `aria-pressed`, its filled look and a polite status message. Every button for the same item, and every `<map-bookmark-list>`, follows at once, in other tabs too.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<BookmarkButtonArgs>;

/** No attributes: bookmarks this page, under its canonical address and `document.title`. */
export const ThisPage: Story = { name: 'This page' };

/** Already bookmarked: pressed, filled, and still named "Bookmark". */
export const Bookmarked: Story = {
  args: { 'item-id': 'story-bookmarked', label: 'Physician associates', url: 'https://www.example.nhs.uk/maps/pa' },
  beforeEach: () =>
    store.set(BOOKMARKS_KEY, [
      { id: 'story-bookmarked', title: 'Physician associates', url: 'https://www.example.nhs.uk/maps/pa', savedAt: Date.now() },
    ]),
};

/** A feed item: its title and address come from the feed (here the bundled sample feed). */
export const FeedItem: Story = {
  name: 'Feed item',
  args: { 'item-id': 'role-physician-associate' },
  play: bookmarkIt,
};

/** Inside `lang="cy"`: "Nod tudalen", and a Welsh status message when pressed. */
export const Welsh: Story = {
  args: { 'item-id': 'story-welsh', label: 'Cymdeithion meddygol', url: 'https://www.example.nhs.uk/cy/maps' },
  render: (args) => html`<div lang="cy">${button(args)}</div>`,
  play: bookmarkIt,
};

/**
 * With an `endpoint` (mocked here to answer 201), each change is also posted as JSON through the
 * durable delivery queue; the body is logged in the browser console.
 */
export const WithEndpoint: Story = {
  args: {
    'item-id': 'story-endpoint',
    label: 'Surgical care practitioners',
    url: 'https://www.example.nhs.uk/maps/scp',
    endpoint: `${MOCK_ENDPOINT}/201`,
  },
  beforeEach: mockEndpoint,
  play: bookmarkIt,
};

/** Inside a `<form>` it is an ordinary button (`type="button"`): pressing it never submits the form. */
export const InAForm: Story = {
  name: 'In a form',
  args: { 'item-id': 'story-form', label: 'Advanced critical care practitioners', url: 'https://www.example.nhs.uk/maps/accp' },
  render: (args) => html`<form
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      (event.target as HTMLFormElement).querySelector('output')!.value = 'submitted';
    }}
  >
    <p>${button(args)}</p>
    <p><button type="submit">Send the form</button></p>
    <p>Form: <output>not submitted</output></p>
  </form>`,
  play: async (context) => {
    await bookmarkIt(context);
    if (context.canvasElement.querySelector('output')!.value !== 'not submitted') {
      throw new Error('Pressing the bookmark button submitted the form.');
    }
  },
};

/** Several buttons and a `<map-bookmark-list>` on one page: each change shows everywhere at once. */
export const WithAList: Story = {
  name: 'With a list',
  render: () => html`<ul style="list-style: none; padding: 0">
      <li>Physician associates ${button({ 'item-id': 'story-pa', label: 'Physician associates', url: 'https://www.example.nhs.uk/maps/pa' })}</li>
      <li>Physician associates (again) ${button({ 'item-id': 'story-pa', label: 'Physician associates', url: 'https://www.example.nhs.uk/maps/pa' })}</li>
      <li>Surgical care practitioners ${button({ 'item-id': 'story-scp', label: 'Surgical care practitioners', url: 'https://www.example.nhs.uk/maps/scp' })}</li>
    </ul>
    <map-bookmark-list heading-level="3"></map-bookmark-list>`,
  play: async (context) => {
    await bookmarkIt(context);
    const [, twin] = context.canvasElement.querySelectorAll('map-bookmark-button');
    await twin!.updateComplete;
    if (twin!.shadowRoot!.querySelector('[part~="button"]')!.getAttribute('aria-pressed') !== 'true') {
      throw new Error('The second button for the same item did not follow.');
    }
    const list = context.canvasElement.querySelector('map-bookmark-list')!;
    await list.updateComplete;
    if (list.shadowRoot!.querySelectorAll('[part~="item"]').length !== 1) throw new Error('The list did not follow.');
  },
};

/** An `endpoint` that is not a web address is explained in the element and named once in the console. */
export const BadEndpoint: Story = {
  args: { endpoint: 'javascript:alert(1)' },
};
