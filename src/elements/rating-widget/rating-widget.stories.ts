import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EXAMPLE_ENDPOINT, mockEndpoint, MOCK_ENDPOINT } from '../../../.storybook/mock-endpoint.js';
import { settled } from '../../../.storybook/settled.js';
import { store } from '../../storage/store.js';
import { RATINGS_KEY } from '../../storage/ratings.js';
import type { RatingMode } from './rating-widget.js';
import './define.js';

interface RatingArgs {
  mode?: 'stars' | 'useful';
  comment?: boolean;
  'item-id'?: string;
  endpoint?: string;
  question?: string;
  onMapRatingSubmit?: (event: Event) => void;
}

const widget = (args: RatingArgs) =>
  html`<map-rating-widget
    mode=${ifDefined(args.mode)}
    ?comment=${args.comment}
    item-id=${ifDefined(args['item-id'])}
    endpoint=${ifDefined(args.endpoint)}
    question=${ifDefined(args.question)}
    @map-rating-submit=${args.onMapRatingSubmit}
  ></map-rating-widget>`;

/** Chooses the `index`th choice and sends it, as a user would. */
async function rateAndSend(canvasElement: HTMLElement, index: number): Promise<void> {
  await settled({ canvasElement });
  const el = canvasElement.querySelector('map-rating-widget')!;
  el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[index]!.click();
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  const deadline = Date.now() + 5000;
  while (!el.shadowRoot!.querySelector('[part="thanks"], [part="rejected"]')) {
    if (Date.now() > deadline) throw new Error('The rating was not answered.');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const meta: Meta<RatingArgs> = {
  title: 'Elements/Rating widget',
  component: 'map-rating-widget',
  render: widget,
  play: settled,
  // Every story sends somewhere, as a page's widget must: EXAMPLE_ENDPOINT is answered 201 here.
  args: { mode: 'stars', comment: false, endpoint: EXAMPLE_ENDPOINT },
  argTypes: {
    mode: { control: 'inline-radio', options: ['stars', 'useful'] },
    comment: { control: 'boolean' },
    question: { control: 'text' },
    onMapRatingSubmit: { action: 'map-rating-submit' },
  },
  // Each story starts unrated: the widget remembers ratings in this browser.
  beforeEach: () => {
    store.remove(RATINGS_KEY);
    return mockEndpoint();
  },
  decorators: [(story) => html`<div style="max-inline-size: 40rem">${story()}</div>`],
  parameters: {
    docs: {
      description: {
        component:
          'Paste `<map-rating-widget>` at the foot of a page to ask "Rate this page" (1 to 5 stars) or, with `mode="useful"`, "Is this page useful?" (or your own words, with `question`). Give it an `endpoint`: ratings are posted there as JSON and kept in a queue until the server accepts them (here the endpoint is simulated). Without one, ratings are only fired as the `map-rating-submit` event, and the widget says so once in the console. Inside a `<form>`, the widget is a form control instead, and the form sends it.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<RatingArgs>;

/** Five stars, each a native radio button named "N stars out of 5". */
export const Stars: Story = { args: { 'item-id': 'story-stars' } };

/** The NHS.UK / GOV.UK "Is this page useful?" question. */
export const Useful: Story = { args: { mode: 'useful', 'item-id': 'story-useful' } };

/** An optional comment of up to 500 characters, with a running count. */
export const WithComment: Story = { args: { comment: true, 'item-id': 'story-comment' } };

/** `question` puts the page's own words in the legend, in place of "Rate this page". */
export const OwnQuestion: Story = {
  name: 'Your own question',
  args: { question: 'How would you rate this guidance?', 'item-id': 'story-question' },
};

/** Inside `lang="cy"`, every word the widget adds is Welsh. */
export const Welsh: Story = {
  args: { comment: true, 'item-id': 'story-welsh' },
  render: (args) => html`<div lang="cy">${widget(args)}</div>`,
};

/** "Is this page useful?" inside `lang="cy"`: "Ydy’r dudalen hon yn ddefnyddiol?", Ydy / Nac ydy. */
export const WelshUseful: Story = {
  name: 'Welsh, useful',
  args: { mode: 'useful', 'item-id': 'story-welsh-useful' },
  render: (args) => html`<div lang="cy">${widget(args)}</div>`,
};

/** This browser already rated the item: the widget thanks instead of asking again. */
export const AlreadyRated: Story = {
  args: { 'item-id': 'story-rated' },
  beforeEach: () => store.set(RATINGS_KEY, { 'stars:story-rated': { rating: 4, ratedAt: Date.now() } }),
};

/** Posted to an endpoint (mocked here to answer 201), then thanked and remembered. */
export const WithEndpoint: Story = {
  args: { endpoint: `${MOCK_ENDPOINT}/201`, 'item-id': 'story-endpoint' },
  beforeEach: mockEndpoint,
  play: ({ canvasElement }) => rateAndSend(canvasElement, 3),
};

/** The endpoint is failing (503): the rating is kept in the queue and the user is told. */
export const EndpointUnavailable: Story = {
  args: { endpoint: `${MOCK_ENDPOINT}/503`, 'item-id': 'story-unavailable' },
  beforeEach: mockEndpoint,
  play: ({ canvasElement }) => rateAndSend(canvasElement, 4),
};

/** The endpoint refused the rating (422): an alert, and the user can try again. */
export const EndpointRefuses: Story = {
  args: { endpoint: `${MOCK_ENDPOINT}/422`, 'item-id': 'story-refused' },
  beforeEach: mockEndpoint,
  play: ({ canvasElement }) => rateAndSend(canvasElement, 1),
};

/**
 * A form control: submitted with the form under `name` (and `<name>-comment`), reset with it,
 * and required here, so the form cannot be sent without a rating. No `endpoint`: the form sends it.
 */
export const InAForm: Story = {
  render: (args) => html`<form
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      form.querySelector('output')!.value = JSON.stringify(Object.fromEntries(new FormData(form)));
    }}
  >
    <map-rating-widget name="rating" required ?comment=${args.comment} mode=${ifDefined(args.mode)}></map-rating-widget>
    <p>
      <button type="submit">Send the form</button>
      <button type="reset">Reset</button>
    </p>
    <p>Form data: <output>(not sent yet)</output></p>
  </form>`,
  args: { comment: true },
};

/**
 * A bad `mode` is shown in the widget, with one console warning naming the attribute. (No
 * `endpoint`: the widget shows only the error, so there is nothing to send.)
 */
export const BadMode: Story = {
  // An editor's typo: TypeScript users are stopped by the type, HTML authors see the error.
  render: () => html`<map-rating-widget mode=${'slider' as RatingMode}></map-rating-widget>`,
};
