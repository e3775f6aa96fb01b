/**
 * Every map-* element in each of its states (loading, content, empty, error, and each state of
 * its controls), for the WCAG checks in wcag.test.ts. Each state is the markup a page would
 * have, plus what a person does to reach the state, so the same state can be made in the test
 * page and in a frame of a given width.
 */
import { waitUntil } from '../helpers/wait.js';
import type { LitElement } from 'lit';
import { settled } from '../helpers/render.js';
import { testEndpoint } from '../helpers/server.js';
import { COMMENT_LIMIT } from '../../src/storage/limits.js';
import { BOOKMARKS_KEY, type Bookmark } from '../../src/storage/bookmarks.js';
import { store } from '../../src/storage/store.js';

const FEED = '/test/fixtures/maps.json';

export interface ElementState {
  /** `<tag> state`, for test names and snapshot keys. */
  name: string;
  html: string;
  /** Still loading: nothing is waited for. */
  loading?: boolean;
  /** Seeds storage, or sets up the test server, before the markup goes in. */
  before?: () => void | Promise<void>;
  /** What a person does to reach the state, on the element. */
  act?: (element: LitElement) => Promise<void>;
}

/** A feed the server holds back until `releaseHeldFeeds()`: the loading state, for as long as a test needs. */
export const HELD_FEED = `/__test/flaky/a11y-held-${Date.now()}`;

export async function holdFeed(): Promise<void> {
  await fetch(`${HELD_FEED}?ok=1&hold=1&fixture=maps.json`);
}

export async function releaseHeldFeeds(): Promise<void> {
  await fetch(`${HELD_FEED}?release=1`);
}

const part = (element: LitElement, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

async function click(element: LitElement, target: HTMLElement, until: () => boolean): Promise<void> {
  target.click();
  await waitUntil(until, `${element.localName}: the click did not take`);
  await element.updateComplete;
  (element.shadowRoot!.activeElement as HTMLElement | null)?.blur();
}

const saved = (count: number) => () =>
  store.set<Bookmark[]>(
    BOOKMARKS_KEY,
    Array.from({ length: count }, (_, i) => ({ id: `a11y-${i}`, title: `Saved page ${i + 1}`, url: `https://www.england.nhs.uk/${i}`, savedAt: Date.UTC(2026, 0, 1 + i) })),
  );

/** Endpoints that refuse everything sent to them (4xx), for the refused states. */
const refusing = (status: number) => {
  const endpoint = testEndpoint();
  return { url: endpoint.url, before: () => endpoint.fail(status, 1000) };
};
const refusesBookmarks = refusing(403);
const refusesRatings = refusing(422);

export const STATES: ElementState[] = [
  { name: 'map-role-card loading', html: `<map-role-card profession="physician-associate" src="${HELD_FEED}"></map-role-card>`, loading: true },
  { name: 'map-role-card compact', html: `<map-role-card profession="physician-associate" src="${FEED}"></map-role-card>` },
  { name: 'map-role-card full', html: `<map-role-card profession="physician-associate" layout="full" src="${FEED}"></map-role-card>` },
  { name: 'map-role-card absent', html: `<map-role-card profession="surgical-care-practitioner" src="/test/fixtures/one-role.json"></map-role-card>` },
  { name: 'map-role-card error', html: `<map-role-card profession="physician-associate" src="/__test/status/404"></map-role-card>` },

  { name: 'map-news-list loading', html: `<map-news-list limit="2" src="${HELD_FEED}"></map-news-list>`, loading: true },
  { name: 'map-news-list content', html: `<map-news-list limit="3" src="${FEED}"></map-news-list>` },
  { name: 'map-news-list empty', html: `<map-news-list tag="no-such-tag" src="${FEED}"></map-news-list>` },
  { name: 'map-news-list error', html: `<map-news-list src="/__test/status/500"></map-news-list>` },

  { name: 'map-case-study-carousel loading', html: `<map-case-study-carousel label="Case studies" src="${HELD_FEED}"></map-case-study-carousel>`, loading: true },
  { name: 'map-case-study-carousel rotating', html: `<map-case-study-carousel label="Case studies" interval="60000" src="${FEED}"></map-case-study-carousel>` },
  {
    name: 'map-case-study-carousel stopped, second slide',
    html: `<map-case-study-carousel label="Case studies" interval="60000" src="${FEED}"></map-case-study-carousel>`,
    act: async (element) => {
      await click(element, part(element, 'rotation'), () => /start/i.test(part(element, 'rotation').textContent!));
      await click(element, part(element, 'next'), () => element.shadowRoot!.querySelectorAll('[part~="slide"]:not([hidden])')[0] !== element.shadowRoot!.querySelector('[part~="slide"]'));
    },
  },
  { name: 'map-case-study-carousel single', html: `<map-case-study-carousel label="Case studies" src="/test/fixtures/case-studies-single.json"></map-case-study-carousel>` },
  { name: 'map-case-study-carousel empty', html: `<map-case-study-carousel label="Case studies" src="/test/fixtures/case-studies-none.json"></map-case-study-carousel>` },
  { name: 'map-case-study-carousel error', html: `<map-case-study-carousel label="Case studies" src="/__test/status/404"></map-case-study-carousel>` },

  { name: 'map-bookmark-button off', html: `<map-bookmark-button item-id="a11y-state" label="Accessibility page" url="/a11y"></map-bookmark-button>`, before: saved(0) },
  {
    name: 'map-bookmark-button on',
    before: saved(0),
    html: `<map-bookmark-button item-id="a11y-state" label="Accessibility page" url="/a11y"></map-bookmark-button>`,
    act: (element) => click(element, part(element, 'button'), () => part(element, 'button').getAttribute('aria-pressed') === 'true'),
  },

  {
    name: 'map-bookmark-button refused by the site',
    before: async () => {
      saved(0)();
      await refusesBookmarks.before();
    },
    html: `<map-bookmark-button item-id="a11y-refused" label="Refused page" url="/refused" endpoint="${refusesBookmarks.url}"></map-bookmark-button>`,
    act: async (element) => {
      await click(element, part(element, 'button'), () => part(element, 'button').getAttribute('aria-pressed') === 'true');
      await waitUntil(() => element.shadowRoot!.querySelector('[part~="refused"]'), 'the refusal was not shown');
    },
  },

  { name: 'map-bookmark-list empty', html: `<map-bookmark-list></map-bookmark-list>`, before: saved(0) },
  { name: 'map-bookmark-list two saved', html: `<map-bookmark-list></map-bookmark-list>`, before: saved(2) },

  { name: 'map-rating-widget stars', html: `<map-rating-widget mode="stars" comment item-id="a11y-stars" name="a11y-stars"></map-rating-widget>` },
  {
    name: 'map-rating-widget stars, 4 chosen',
    html: `<map-rating-widget mode="stars" comment item-id="a11y-stars" name="a11y-stars"></map-rating-widget>`,
    act: async (element) => {
      const four = element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[3]!;
      await click(element, four, () => four.checked);
    },
  },
  {
    name: 'map-rating-widget stars, sent without a choice',
    html: `<map-rating-widget mode="stars" comment required item-id="a11y-stars" name="a11y-stars"></map-rating-widget>`,
    act: (element) => click(element, part(element, 'submit'), () => Boolean(element.shadowRoot!.querySelector('[part~="error-message"]'))),
  },
  {
    name: 'map-rating-widget thanks',
    html: `<map-rating-widget mode="useful" item-id="a11y-thanks" name="a11y-thanks"></map-rating-widget>`,
    act: async (element) => {
      const yes = element.shadowRoot!.querySelector<HTMLInputElement>('input[value="yes"]')!;
      await click(element, yes, () => yes.checked);
      await click(element, part(element, 'submit'), () => Boolean(element.shadowRoot!.querySelector('[part~="thanks"]')));
    },
  },
  {
    name: 'map-rating-widget comment too long',
    html: `<map-rating-widget mode="stars" comment item-id="a11y-long" name="a11y-long"></map-rating-widget>`,
    act: async (element) => {
      const textarea = element.shadowRoot!.querySelector('textarea')!;
      textarea.value = 'x'.repeat(COMMENT_LIMIT + 20);
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await click(element, element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!, () => true);
      await click(element, part(element, 'submit'), () => Boolean(element.shadowRoot!.querySelector('.comment [part~="error-message"]')));
    },
  },
  {
    name: 'map-rating-widget refused by the site',
    before: refusesRatings.before,
    html: `<map-rating-widget mode="useful" item-id="a11y-rejected" name="a11y-rejected" endpoint="${refusesRatings.url}"></map-rating-widget>`,
    act: async (element) => {
      const no = element.shadowRoot!.querySelector<HTMLInputElement>('input[value="no"]')!;
      await click(element, no, () => no.checked);
      await click(element, part(element, 'submit'), () => Boolean(element.shadowRoot!.querySelector('[part~="rejected"]')));
    },
  },
  { name: 'map-rating-widget useful', html: `<map-rating-widget mode="useful" item-id="a11y-useful" name="a11y-useful"></map-rating-widget>` },
];

/** Puts `state` into `doc` (in a fresh wrapper) and brings it to its state; returns the element. */
export async function mount(doc: Document, state: ElementState): Promise<LitElement> {
  await state.before?.();
  const wrapper = doc.createElement('div');
  wrapper.className = 'a11y-state';
  wrapper.innerHTML = `<button type="button" class="before">Before</button>${state.html}<button type="button" class="after-button">After</button>`;
  doc.body.append(wrapper);
  const element = wrapper.querySelector<LitElement>('[item-id], [src], map-bookmark-list')!;
  await doc.defaultView!.customElements.whenDefined(element.localName);
  await element.updateComplete;
  if (state.loading) {
    await waitUntil(() => Boolean(element.shadowRoot!.querySelector('[part~="loading"]')), `${state.name}: no loading state`);
  } else {
    await settled(element);
  }
  await state.act?.(element);
  await element.updateComplete;
  return element;
}
