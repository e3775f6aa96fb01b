import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.js';
import type { MapRatingWidgetElement, RatingMode } from './rating-widget.js';
import { RATINGS_KEY } from '../../storage/ratings.js';
import type { MapRatingSubmitEvent, RatingSubmission } from './events.js';
import { DeliveryQueue, QUEUE_KEY } from '../../delivery/delivery-queue.js';
import { deliveryQueue } from '../../delivery/page-queue.js';
import { store } from '../../storage/store.js';
import { clearStoredValues, simulateFullStorage, useStoredKeys } from '../../../test/helpers/storage.js';
import { goOffline, testEndpoint } from '../../../test/helpers/server.js';
import { visibleText } from '../../../test/helpers/render.js';
import { captureWarnings } from '../../../test/helpers/console.js';
import { shiftTab } from '../../../test/helpers/commands.js';
import { preloadAxe } from '../../../test/helpers/axe.js';
import { waitUntil } from '../../../test/helpers/wait.js';

/*
 * Offline is simulated by shadowing `navigator.onLine` with an own getter and dispatching the
 * `online` event on window: that is all the delivery queue looks at.
 */

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The page's address as the widget sends it by default: no query string, no fragment. */
const pageWithoutHash = () => location.origin + location.pathname;

const root = (el: Element) => el.shadowRoot!;
const radios = (el: Element) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const submitButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part="submit"]');
const statusText = (el: Element) => (root(el).querySelector('[role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function click(element: Element): Promise<void> {
  const rect = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
}

/** The accessible names of the radio buttons, computed by axe-core (as its rules see them). */
async function radioNames(el: Element): Promise<string[]> {
  type Axe = {
    setup(node: Node): void;
    teardown(): void;
    commons: { text: { accessibleText(element: Element): string } };
  };
  // @ts-expect-error axe-core's browser build has no typings; importing it sets window.axe.
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: Axe }).axe;
  axe.setup(document);
  try {
    return radios(el).map((radio) => axe.commons.text.accessibleText(radio).trim());
  } finally {
    axe.teardown();
  }
}

/** Focuses a button placed before the widget, so the next Tab enters it as a user's would. */
async function tabIntoWidget(): Promise<void> {
  document.querySelector<HTMLButtonElement>('#before')!.focus();
  await sendKeys({ press: 'Tab' });
}

async function widget(template: ReturnType<typeof html>): Promise<MapRatingWidgetElement> {
  const wrapper = await fixture(html`<div><button id="before">Before</button>${template}</div>`);
  const el = wrapper.querySelector('map-rating-widget')!;
  await el.updateComplete;
  return el;
}

/** Every map-rating-submit the widget fires. */
function submissions(el: HTMLElement): RatingSubmission[] {
  const seen: RatingSubmission[] = [];
  el.addEventListener('map-rating-submit', (event) => seen.push(event.detail));
  return seen;
}

describe('map-rating-widget', () => {
  preloadAxe();
  // Other test files share this origin's localStorage: claim what this file writes.
  useStoredKeys(RATINGS_KEY, QUEUE_KEY);

  beforeEach(() => {
    deliveryQueue.baseDelayMs = 20;
  });

  afterEach(() => {
    document.querySelector('link[rel="canonical"][data-test]')?.remove();
  });

  describe('stars', () => {
    it('is a group of five native radios named "N stars out of 5", under a "Rate this page" legend', async () => {
      const el = await widget(html`<map-rating-widget item-id="page-a"></map-rating-widget>`);
      expect(root(el).querySelector('fieldset legend')!.textContent!.trim()).to.equal('Rate this page');
      expect(radios(el)).to.have.length(5);
      expect(root(el).querySelector('[role="slider"]')).to.equal(null);
      expect(await radioNames(el)).to.deep.equal([
        '1 star out of 5',
        '2 stars out of 5',
        '3 stars out of 5',
        '4 stars out of 5',
        '5 stars out of 5',
      ]);
      // The number is visible, not only the star shape or its colour.
      expect([...root(el).querySelectorAll('.star__number')].map((n) => n.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
      await expect(el).to.be.accessible();
    });

    it('is one tab stop: Tab enters, arrows choose, Tab leaves, Space selects', async () => {
      const el = await widget(html`<map-rating-widget item-id="page-a"></map-rating-widget>`);
      await tabIntoWidget();
      expect(root(el).activeElement).to.equal(radios(el)[0]);
      await sendKeys({ press: ' ' });
      expect(el.value).to.equal('1');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(root(el).activeElement).to.equal(radios(el)[2]);
      expect(el.value).to.equal('3');
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.value).to.equal('2');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(submitButton(el));
      await shiftTab();
      expect(root(el).activeElement).to.equal(radios(el)[1]);
      await el.updateComplete;
      expect(root(el).querySelectorAll('.star--filled')).to.have.length(2);
    });

    it('submits with Enter and fires map-rating-submit with the documented body', async () => {
      const el = await widget(html`<map-rating-widget item-id="role-pa"></map-rating-widget>`);
      const seen = submissions(el);
      await tabIntoWidget();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => seen.length === 1);
      const [body] = seen;
      expect(Object.keys(body!).sort()).to.deep.equal(['itemId', 'pageUrl', 'rating', 'submissionId', 'submittedAt']);
      expect(body!.submissionId).to.match(UUID_V4);
      expect(body!).to.include({ itemId: 'role-pa', rating: 4, pageUrl: pageWithoutHash() });
      expect(new Date(body!.submittedAt).toISOString()).to.equal(body!.submittedAt);
    });

    it('rates the page by its canonical URL when there is no item-id', async () => {
      const link = Object.assign(document.createElement('link'), { rel: 'canonical', href: '/maps/physician-associates' });
      link.dataset.test = '';
      document.head.append(link);
      const el = await widget(html`<map-rating-widget></map-rating-widget>`);
      const seen = submissions(el);
      await click(root(el).querySelectorAll('.star')[4]!);
      submitButton(el)!.click();
      await waitUntil(() => seen.length === 1);
      expect(seen[0]!.itemId).to.equal(new URL('/maps/physician-associates', location.href).href);
      expect(seen[0]!.rating).to.equal(5);
    });

    it('thanks the user politely, moves focus to the thanks, and says what they rated', async () => {
      const el = await widget(html`<map-rating-widget item-id="page-thanks"></map-rating-widget>`);
      await click(root(el).querySelectorAll('.star')[0]!);
      await click(submitButton(el)!);
      await waitUntil(() => statusText(el).includes('Thank you'));
      expect(statusText(el)).to.equal('Thank you for your feedback. You rated this page 1 star out of 5.');
      expect(root(el).querySelector('form')).to.equal(null);
      expect(root(el).activeElement).to.equal(root(el).querySelector('[part="thanks"]'));
      await expect(el).to.be.accessible();
    });

    it('says what is missing when nothing is chosen, next to the stars, and focuses them', async () => {
      const el = await widget(html`<map-rating-widget item-id="page-a"></map-rating-widget>`);
      const seen = submissions(el);
      await click(submitButton(el)!);
      await el.updateComplete;
      const message = root(el).querySelector('[part="error-message"]')!;
      expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Select a rating from 1 to 5 stars');
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal(message.id);
      expect(root(el).activeElement).to.equal(radios(el)[0]);
      expect(seen).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('useful', () => {
    it('asks "Is this page useful?" with Yes and No, and submits "yes" or "no"', async () => {
      const el = await widget(html`<map-rating-widget mode="useful" item-id="page-u"></map-rating-widget>`);
      expect(root(el).querySelector('legend')!.textContent!.trim()).to.equal('Is this page useful?');
      expect(await radioNames(el)).to.deep.equal(['Yes', 'No']);
      await expect(el).to.be.accessible();
      const seen = submissions(el);
      await tabIntoWidget();
      await sendKeys({ press: 'ArrowRight' });
      expect(el.value).to.equal('no');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => seen.length === 1);
      expect(seen[0]!.rating).to.equal('no');
      await el.updateComplete;
      expect(statusText(el)).to.equal('Thank you for your feedback. You said this page is not useful.');
      await expect(el).to.be.accessible();
    });
  });

  describe('comment', () => {
    it('has a labelled text area with a hint and a character count', async () => {
      const el = await widget(html`<map-rating-widget comment item-id="page-c"></map-rating-widget>`);
      const textarea = root(el).querySelector('textarea')!;
      expect(root(el).querySelector(`label[for="${textarea.id}"]`)!.textContent).to.equal('Tell us more (optional)');
      const describedBy = textarea.getAttribute('aria-describedby')!.split(' ');
      expect(describedBy).to.include('comment-hint').and.include('comment-count');
      expect(root(el).querySelector('[part="comment-count"]')!.textContent).to.equal('You have 500 characters remaining');
      textarea.focus();
      await sendKeys({ type: 'Clear' });
      await el.updateComplete;
      expect(root(el).querySelector('[part="comment-count"]')!.textContent).to.equal('You have 495 characters remaining');
      await expect(el).to.be.accessible();
    });

    it('sends the trimmed comment with the rating, and leaves it out when empty', async () => {
      const el = await widget(html`<map-rating-widget comment item-id="page-c"></map-rating-widget>`);
      const seen = submissions(el);
      radios(el)[3]!.click();
      root(el).querySelector('textarea')!.focus();
      await sendKeys({ type: '  Very clear  ' });
      submitButton(el)!.click();
      await waitUntil(() => seen.length === 1);
      expect(seen[0]!.comment).to.equal('Very clear');

      const other = await widget(html`<map-rating-widget comment item-id="page-d"></map-rating-widget>`);
      const otherSeen = submissions(other);
      radios(other)[0]!.click();
      submitButton(other)!.click();
      await waitUntil(() => otherSeen.length === 1);
      expect('comment' in otherSeen[0]!).to.equal(false);
    });

    it('refuses a comment over 500 characters, says so and focuses it', async () => {
      const el = await widget(html`<map-rating-widget comment item-id="page-c"></map-rating-widget>`);
      const seen = submissions(el);
      radios(el)[2]!.click();
      const textarea = root(el).querySelector('textarea')!;
      textarea.value = 'x'.repeat(503);
      textarea.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(root(el).querySelector('[part="comment-count"]')!.textContent).to.equal('You have 3 characters too many');
      submitButton(el)!.click();
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Your comment must be 500 characters or fewer');
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      expect(textarea.getAttribute('aria-describedby')).to.contain('comment-error');
      expect(root(el).activeElement).to.equal(textarea);
      expect(seen).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('with an endpoint', () => {
    it('POSTs the same body the event carries, as JSON, exactly once', async () => {
      const endpoint = testEndpoint();
      const el = await widget(html`<map-rating-widget item-id="page-e" endpoint=${endpoint.url}></map-rating-widget>`);
      const event = oneEvent(el, 'map-rating-submit') as Promise<MapRatingSubmitEvent>;
      radios(el)[2]!.click();
      submitButton(el)!.click();
      const { detail } = await event;
      await waitUntil(() => statusText(el).startsWith('Thank you'));
      const posts = await endpoint.posts<RatingSubmission>();
      expect(posts).to.have.length(1);
      expect(posts[0]!.body).to.deep.equal(detail);
      expect(posts[0]!.contentType).to.equal('application/json');
      expect(statusText(el)).to.equal('Thank you for your feedback. You rated this page 3 stars out of 5.');
    });

    it('sends once however fast the button is clicked', async () => {
      const endpoint = testEndpoint();
      const el = await widget(html`<map-rating-widget item-id="page-e" endpoint=${endpoint.url}></map-rating-widget>`);
      const seen = submissions(el);
      radios(el)[4]!.click();
      const button = submitButton(el)!;
      button.click();
      button.click();
      button.click();
      const rect = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(rect.x + 5), Math.round(rect.y + 5)] });
      await waitUntil(() => statusText(el).startsWith('Thank you'));
      await sleep(100);
      expect(seen).to.have.length(1);
      expect(await endpoint.attempts()).to.equal(1);
    });

    it('gives separate submissions separate ids', async () => {
      const endpoint = testEndpoint();
      const wrapper = await fixture(html`<div>
        ${['a', 'b', 'c'].map((id) => html`<map-rating-widget item-id=${id} endpoint=${endpoint.url}></map-rating-widget>`)}
      </div>`);
      const widgets = [...wrapper.querySelectorAll('map-rating-widget')];
      await Promise.all(widgets.map((w) => w.updateComplete));
      for (const w of widgets) {
        radios(w)[1]!.click();
        submitButton(w)!.click();
      }
      await waitUntil(async () => (await endpoint.posts()).length === 3);
      const ids = new Set((await endpoint.posts<RatingSubmission>()).map((p) => p.body.submissionId));
      expect(ids.size).to.equal(3);
    });

    it('thanks at once when the server fails (503), then delivers once with the same id', async () => {
      const endpoint = testEndpoint();
      await endpoint.fail(503, 2);
      // The retries wait until this test sends them. With the usual 20 ms test backoff all three
      // attempts could finish between two polls of waitUntil (50 ms), so the "keep trying" note
      // came and went unseen and this test failed now and then.
      deliveryQueue.baseDelayMs = 60_000;
      const el = await widget(html`<map-rating-widget item-id="page-e" endpoint=${endpoint.url}></map-rating-widget>`);
      const seen = submissions(el);
      radios(el)[3]!.click();
      submitButton(el)!.click();
      await waitUntil(() => statusText(el).startsWith('Thank you'));
      expect(statusText(el)).to.contain('It could not be sent just now; we will keep trying.');
      await expect(el).to.be.accessible();
      expect(await endpoint.attempts()).to.equal(1);
      await deliveryQueue.flush(true); // the second attempt: 503 again, still queued
      expect(statusText(el)).to.contain('It could not be sent just now; we will keep trying.');
      await deliveryQueue.flush(true); // the third: delivered
      await waitUntil(async () => (await endpoint.posts()).length === 1, 'not delivered', { timeout: 5000 });
      await sleep(100);
      expect(await endpoint.attempts()).to.equal(3);
      expect((await endpoint.posts<RatingSubmission>())[0]!.body.submissionId).to.equal(seen[0]!.submissionId);
      // Delivered: the "we will keep trying" note has done its job.
      await waitUntil(() => !statusText(el).includes('keep trying'), 'the queued note stayed after delivery');
      expect(statusText(el)).to.equal('Thank you for your feedback. You rated this page 4 stars out of 5.');
    });

    it('offline: thanks and says it will be sent when back online; sends on the online event', async () => {
      const endpoint = testEndpoint();
      const backOnline = goOffline();
      let restored = false;
      try {
        const el = await widget(html`<map-rating-widget item-id="page-o" endpoint=${endpoint.url}></map-rating-widget>`);
        radios(el)[4]!.click();
        submitButton(el)!.click();
        await waitUntil(() => statusText(el).startsWith('Thank you'));
        expect(statusText(el)).to.contain('It will be sent when you’re back online.');
        await expect(el).to.be.accessible();
        await sleep(100);
        expect(await endpoint.attempts()).to.equal(0);
        backOnline();
        restored = true;
        await waitUntil(async () => (await endpoint.posts()).length === 1, 'not sent after coming online');
        await sleep(100);
        expect(await endpoint.attempts()).to.equal(1);
      } finally {
        if (!restored) backOnline();
      }
    });

    it('shows a refused rating (4xx) as an alert, does not retry it, and lets the user try again', async () => {
      const endpoint = testEndpoint();
      await endpoint.fail(422, 1);
      const warnings = captureWarnings();
      try {
        const el = await widget(html`<map-rating-widget item-id="page-r" endpoint=${endpoint.url}></map-rating-widget>`);
        const seen = submissions(el);
        radios(el)[1]!.click();
        submitButton(el)!.click();
        await waitUntil(() => root(el).querySelector('[role="alert"]'));
        expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('(error 422)');
        expect(statusText(el)).to.equal('');
        expect(el.value).to.equal('2');
        await expect(el).to.be.accessible();
        await sleep(200);
        expect(await endpoint.attempts()).to.equal(1);

        submitButton(el)!.click();
        await waitUntil(() => statusText(el).startsWith('Thank you'));
        expect(root(el).querySelector('[role="alert"]')).to.equal(null);
        const posts = await endpoint.posts<RatingSubmission>();
        expect(posts).to.have.length(1);
        expect(posts[0]!.body.submissionId).to.equal(seen[1]!.submissionId).and.not.equal(seen[0]!.submissionId);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('durable delivery', () => {
    it('shows a refusal that comes after queueing (offline, then 400 once online), and asks again', async () => {
      const endpoint = testEndpoint();
      await endpoint.fail(400, 1);
      const warnings = captureWarnings();
      const backOnline = goOffline();
      let restored = false;
      try {
        const el = await widget(html`<map-rating-widget item-id="page-late" endpoint=${endpoint.url}></map-rating-widget>`);
        radios(el)[3]!.click();
        submitButton(el)!.click();
        await waitUntil(() => statusText(el).includes('back online'), 'not thanked while offline');
        expect(root(el).activeElement).to.equal(root(el).querySelector('[part="thanks"]'));
        backOnline();
        restored = true;
        await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the late refusal was not shown', { timeout: 5000 });
        expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('(error 400)');
        expect(statusText(el)).to.equal('');
        expect(el.value).to.equal('4');
        // Focus was on the thank-you, which has gone: it lands on the chosen star, not the page top.
        expect(root(el).activeElement).to.equal(radios(el)[3]);
        // Refused, so not remembered: the user may rate again.
        expect(store.get(RATINGS_KEY)).to.deep.equal({});
        await expect(el).to.be.accessible();
        await sleep(200);
        expect(await endpoint.attempts()).to.equal(1);
        expect(deliveryQueue.entries()).to.deep.equal([]);
      } finally {
        if (!restored) backOnline();
        warnings.restore();
      }
    });

    it('survives a reload: the next page sends it once with the same id, and does not ask again', async () => {
      const endpoint = testEndpoint();
      await endpoint.fail(503, 1);
      // This "page" closes before its retry; the next page honours the stored backoff (0.5–1 s).
      deliveryQueue.baseDelayMs = 1_000;
      const el = await widget(html`<map-rating-widget item-id="page-reload" endpoint=${endpoint.url}></map-rating-widget>`);
      const seen = submissions(el);
      radios(el)[0]!.click();
      submitButton(el)!.click();
      // Remembered at once, before any answer, so a reload mid-send does not ask again.
      expect(Object.keys(store.get<object>(RATINGS_KEY) ?? {})).to.deep.equal(['stars:page-reload']);
      await waitUntil(() => statusText(el).includes('keep trying'), 'not queued after the 503', { timeout: 5000 });

      // The page closes: its queue stops with the entry still stored, its widget goes.
      deliveryQueue.stop();
      el.remove();

      // The next page: a widget and a queue that know only what storage kept.
      const next = new DeliveryQueue();
      try {
        const again = await widget(html`<map-rating-widget item-id="page-reload" endpoint=${endpoint.url}></map-rating-widget>`);
        expect(root(again).querySelector('form')).to.equal(null);
        expect(statusText(again)).to.equal('Thank you for your feedback. You rated this page 1 star out of 5.');
        await next.start();
        await waitUntil(async () => (await endpoint.posts()).length === 1, 'not delivered after the reload', { timeout: 5000 });
        await sleep(100);
        const posts = await endpoint.posts<RatingSubmission>();
        expect(posts.map((post) => post.body)).to.deep.equal(seen);
        expect(await endpoint.attempts()).to.equal(2);
        expect(next.entries()).to.deep.equal([]);
        await expect(again).to.be.accessible();
      } finally {
        next.stop();
      }
    });

    it('after a reload, shows a refusal that comes on the retry, and asks again', async () => {
      const endpoint = testEndpoint();
      await endpoint.fail(503, 1);
      deliveryQueue.baseDelayMs = 1_000;
      const el = await widget(html`<map-rating-widget item-id="page-refused-later" endpoint=${endpoint.url}></map-rating-widget>`);
      radios(el)[1]!.click();
      submitButton(el)!.click();
      await waitUntil(() => statusText(el).includes('keep trying'), 'not queued after the 503', { timeout: 5000 });
      deliveryQueue.stop();
      el.remove();

      await endpoint.fail(410, 1);
      const warnings = captureWarnings();
      try {
        // The next page: its widget connects, then its queue sends what the last page left.
        const again = await widget(html`<map-rating-widget item-id="page-refused-later" endpoint=${endpoint.url}></map-rating-widget>`);
        expect(statusText(again)).to.contain('2 stars out of 5');
        await deliveryQueue.start();
        await waitUntil(() => root(again).querySelector('[role="alert"]'), 'the refusal was not shown', { timeout: 5000 });
        expect(root(again).querySelector('[role="alert"]')!.textContent).to.contain('(error 410)');
        expect(again.value).to.equal('2');
        expect(store.get(RATINGS_KEY)).to.deep.equal({});
        expect(await endpoint.attempts()).to.equal(2);
        expect(deliveryQueue.entries()).to.deep.equal([]);
        await expect(again).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  });

  describe('storage trouble', () => {
    it('keeps working when storage is full, says so once as plain text, and remembers for the visit', async () => {
      const warnings = captureWarnings();
      const restoreStorage = simulateFullStorage();
      try {
        const el = await widget(html`<map-rating-widget item-id="page-full"></map-rating-widget>`);
        radios(el)[2]!.click();
        submitButton(el)!.click();
        await waitUntil(() => statusText(el).startsWith('Thank you'));
        expect(store.status).to.equal('full');
        const notices = root(el).querySelectorAll('[part~="storage-notice"]');
        expect(notices).to.have.length(1);
        expect(notices[0]!.textContent).to.equal(
          'This browser is not saving data for this site, so your rating is remembered for this visit only.',
        );
        expect(notices[0]!.closest('[role="status"], [role="alert"], [aria-live]')).to.equal(null);
        await expect(el).to.be.accessible();

        const again = await widget(html`<map-rating-widget item-id="page-full"></map-rating-widget>`);
        expect(statusText(again)).to.contain('3 stars out of 5');
      } finally {
        restoreStorage();
        warnings.restore();
        clearStoredValues([RATINGS_KEY]);
      }
      expect(store.status).to.equal('persistent');
    });

    it('keeps working when storage refuses to save (blocked), and never throws', async () => {
      const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
      Object.defineProperty(Storage.prototype, 'setItem', {
        ...original,
        value(): void {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      const warnings = captureWarnings();
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      try {
        const el = await widget(html`<map-rating-widget mode="useful" item-id="page-blocked"></map-rating-widget>`);
        radios(el)[0]!.click();
        submitButton(el)!.click();
        await waitUntil(() => statusText(el).startsWith('Thank you'));
        expect(statusText(el)).to.equal('Thank you for your feedback. You said this page is useful.');
        expect(store.status).to.equal('blocked');
        expect(root(el).querySelectorAll('[part~="storage-notice"]')).to.have.length(1);
        expect(warnings.messages.filter((m) => m.includes('browser storage'))).to.have.length.at.most(1);
        expect(errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        Object.defineProperty(Storage.prototype, 'setItem', original);
        window.removeEventListener('error', onError);
        warnings.restore();
        clearStoredValues([RATINGS_KEY]);
      }
      expect(store.status).to.equal('persistent');
    });

    it('asks again, and says so, when the saved ratings cannot be read', async () => {
      const warnings = captureWarnings();
      try {
        localStorage.setItem('map-embed:ratings', JSON.stringify({ v: 99, data: { 'stars:page-bad': { rating: 5 } } }));
        const el = await widget(html`<map-rating-widget item-id="page-bad"></map-rating-widget>`);
        expect(root(el).querySelector('form')).to.not.equal(null);
        expect(root(el).querySelector('[part~="storage-notice"]')!.textContent).to.equal(
          'Your earlier ratings could not be read. New ratings will be saved.',
        );
        expect(warnings.messages.filter((m) => m.includes('map-embed:ratings'))).to.have.length(1);
        await expect(el).to.be.accessible();

        // Rating again writes a fresh value over the unreadable one.
        radios(el)[4]!.click();
        submitButton(el)!.click();
        await waitUntil(() => statusText(el).startsWith('Thank you'));
        // Saved beside it, one key per rating; the newer version's value is never overwritten.
        expect(JSON.parse(localStorage.getItem('map-embed:ratings/stars%3Apage-bad')!).v).to.equal(1);
        expect(JSON.parse(localStorage.getItem('map-embed:ratings')!).v).to.equal(99);
        localStorage.removeItem('map-embed:ratings');
        expect(root(el).querySelector('[part~="storage-notice"]')).to.equal(null);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('remembering', () => {
    it('shows "You rated this page" after a reload instead of asking again', async () => {
      const el = await widget(html`<map-rating-widget item-id="page-m"></map-rating-widget>`);
      radios(el)[2]!.click();
      submitButton(el)!.click();
      await waitUntil(() => statusText(el).startsWith('Thank you'));
      el.remove();

      const again = await widget(html`<map-rating-widget item-id="page-m"></map-rating-widget>`);
      expect(root(again).querySelector('form')).to.equal(null);
      expect(statusText(again)).to.equal('Thank you for your feedback. You rated this page 3 stars out of 5.');
      await expect(again).to.be.accessible();

      const other = await widget(html`<map-rating-widget item-id="page-n"></map-rating-widget>`);
      expect(root(other).querySelector('form')).to.not.equal(null);
      const useful = await widget(html`<map-rating-widget mode="useful" item-id="page-m"></map-rating-widget>`);
      expect(root(useful).querySelector('form')).to.not.equal(null);
    });

    it('follows a rating given in another tab', async () => {
      const el = await widget(html`<map-rating-widget item-id="page-tab"></map-rating-widget>`);
      expect(root(el).querySelector('form')).to.not.equal(null);
      const newValue = JSON.stringify({ v: 1, data: { 'stars:page-tab': { rating: 5, ratedAt: Date.now() } } });
      localStorage.setItem('map-embed:ratings', newValue);
      window.dispatchEvent(new StorageEvent('storage', { key: 'map-embed:ratings', newValue, storageArea: localStorage }));
      await el.updateComplete;
      expect(root(el).querySelector('form')).to.equal(null);
      expect(statusText(el)).to.equal('Thank you for your feedback. You rated this page 5 stars out of 5.');
      await expect(el).to.be.accessible();
    });

    it('updates every widget for the same item on the page at once', async () => {
      const wrapper = await fixture(html`<div>
        <map-rating-widget item-id="shared"></map-rating-widget>
        <map-rating-widget item-id="shared"></map-rating-widget>
      </div>`);
      const [first, second] = [...wrapper.querySelectorAll('map-rating-widget')];
      await second!.updateComplete;
      radios(first!)[4]!.click();
      submitButton(first!)!.click();
      await waitUntil(() => statusText(second!).includes('5 stars out of 5'));
      expect(root(second!).querySelector('form')).to.equal(null);
    });
  });

  describe('in a form', () => {
    async function inForm(widgetTemplate: ReturnType<typeof html>) {
      const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
        <button id="before" type="button">Before</button>
        ${widgetTemplate}
        <button id="send">Send</button>
      </form>`);
      const el = form.querySelector('map-rating-widget')!;
      await el.updateComplete;
      return { form, el };
    }

    it('submits its value under name like an input, with no button or posting of its own', async () => {
      const warnings = captureWarnings();
      const { form, el } = await inForm(html`<map-rating-widget name="score" comment endpoint="/ignored"></map-rating-widget>`);
      warnings.restore();
      expect(warnings.messages.filter((m) => m.includes('endpoint is ignored'))).to.have.length(1);
      const seen = submissions(el);
      expect(submitButton(el)).to.equal(null);
      expect(new FormData(form).has('score')).to.equal(false);
      radios(el)[3]!.click();
      await el.updateComplete;
      expect(new FormData(form).get('score')).to.equal('4');
      root(el).querySelector('textarea')!.focus();
      await sendKeys({ type: 'Good' });
      await el.updateComplete;
      expect(new FormData(form).get('score-comment')).to.equal('Good');
      expect(el.form).to.equal(form);
      form.requestSubmit();
      expect(seen).to.have.length(0);
      await expect(form).to.be.accessible();
    });

    it('resets with the form', async () => {
      const { form, el } = await inForm(html`<map-rating-widget name="score" mode="useful"></map-rating-widget>`);
      radios(el)[0]!.click();
      await el.updateComplete;
      expect(new FormData(form).get('score')).to.equal('yes');
      form.reset();
      await el.updateComplete;
      expect(new FormData(form).has('score')).to.equal(false);
      expect(radios(el).some((r) => r.checked)).to.equal(false);
      expect(el.value).to.equal('');
    });

    it('when required, blocks the form until a rating is chosen, with a translated message', async () => {
      const { form, el } = await inForm(html`<map-rating-widget name="score" required></map-rating-widget>`);
      let submitted = 0;
      form.addEventListener('submit', () => submitted++);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Select a rating from 1 to 5 stars');
      expect(el.reportValidity()).to.equal(false);
      form.requestSubmit();
      await el.updateComplete;
      expect(submitted).to.equal(0);
      expect(visibleText(el)).to.contain('Select a rating from 1 to 5 stars');
      await expect(el).to.be.accessible();

      await tabIntoWidget();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(submitted).to.equal(1);
    });

    it('is disabled by a disabled fieldset and then left out of the form data', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <fieldset disabled><map-rating-widget name="score"></map-rating-widget></fieldset>
      </form>`);
      const el = form.querySelector('map-rating-widget')!;
      el.value = '5';
      await el.updateComplete;
      expect(radios(el).every((r) => r.matches(':disabled'))).to.equal(true);
      expect(new FormData(form).has('score')).to.equal(false);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(radios(el).every((r) => !r.matches(':disabled'))).to.equal(true);
      expect(new FormData(form).get('score')).to.equal('5');
    });

    it('restores its state when the browser restores the form', async () => {
      const { el } = await inForm(html`<map-rating-widget name="score" comment></map-rating-widget>`);
      el.formStateRestoreCallback(JSON.stringify({ rating: 2, comment: 'Back again' }));
      await el.updateComplete;
      expect(el.value).to.equal('2');
      expect(root(el).querySelector('textarea')!.value).to.equal('Back again');
    });
  });

  describe('nowhere to send', () => {
    const NO_ENDPOINT =
      'map-embed: <map-rating-widget> has no endpoint: ratings are only sent as the map-rating-submit event.';

    it('warns once when connected without an endpoint, outside a form', async () => {
      const warnings = captureWarnings();
      try {
        const el = await widget(html`<map-rating-widget item-id="page-nowhere"></map-rating-widget>`);
        await waitUntil(() => warnings.messages.includes(NO_ENDPOINT), 'no warning');
        el.requestUpdate();
        await el.updateComplete;
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await el.updateComplete;
        expect(warnings.messages.filter((m) => m === NO_ENDPOINT)).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('says nothing with an endpoint, or inside a form (the form sends it)', async () => {
      const warnings = captureWarnings();
      try {
        const el = await widget(html`<map-rating-widget item-id="page-somewhere" endpoint="/api/ratings"></map-rating-widget>`);
        const form = await fixture<HTMLFormElement>(html`<form><map-rating-widget name="score"></map-rating-widget></form>`);
        await form.querySelector('map-rating-widget')!.updateComplete;
        await el.updateComplete;
        expect(warnings.messages.filter((m) => m.includes('has no endpoint'))).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('question', () => {
    it('sets the legend, in both modes, as written', async () => {
      const stars = await widget(
        html`<map-rating-widget item-id="page-q" endpoint="/api/ratings" question="How would you rate this guidance?"></map-rating-widget>`,
      );
      expect(root(stars).querySelector('legend')!.textContent!.trim()).to.equal('How would you rate this guidance?');
      await expect(stars).to.be.accessible();
      const wrapper = await fixture(
        html`<div lang="cy"><map-rating-widget mode="useful" item-id="page-q2" endpoint="/api/ratings" question="Oedd yr astudiaeth achos hon yn ddefnyddiol?"></map-rating-widget></div>`,
      );
      const useful = wrapper.querySelector('map-rating-widget')!;
      await useful.updateComplete;
      expect(root(useful).querySelector('legend')!.textContent!.trim()).to.equal('Oedd yr astudiaeth achos hon yn ddefnyddiol?');
      useful.question = '  ';
      await useful.updateComplete;
      expect(root(useful).querySelector('legend')!.textContent!.trim(), 'blank: the default').to.equal('Ydy’r dudalen hon yn ddefnyddiol?');
    });
  });

  describe('languages', () => {
    it('speaks Welsh inside lang="cy"', async () => {
      const wrapper = await fixture(html`<div lang="cy"><map-rating-widget comment item-id="page-cy"></map-rating-widget></div>`);
      const el = wrapper.querySelector('map-rating-widget')!;
      await el.updateComplete;
      expect(root(el).querySelector('legend')!.textContent!.trim()).to.equal('Rhowch sgôr i’r dudalen hon');
      expect(submitButton(el)!.textContent!.trim()).to.equal('Anfon adborth');
      expect(await radioNames(el)).to.include('3 seren allan o 5');
      await expect(el).to.be.accessible();
      radios(el)[2]!.click();
      submitButton(el)!.click();
      await waitUntil(() => statusText(el).startsWith('Diolch'));
      expect(statusText(el)).to.equal('Diolch am eich adborth. Rydych wedi rhoi sgôr o 3 seren allan o 5 i’r dudalen hon.');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad attributes', () => {
    for (const [attribute, template, shown] of [
      ['mode', html`<map-rating-widget mode=${'slider' as RatingMode}></map-rating-widget>`, '"slider" is not a rating mode'],
      ['endpoint', html`<map-rating-widget endpoint="javascript:alert(1)"></map-rating-widget>`, '"javascript:alert(1)"'],
    ] as const) {
      it(`shows a bad ${attribute} in the widget and warns once naming it`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await widget(template);
          el.requestUpdate();
          await el.updateComplete;
          expect(root(el).querySelector('[part="error"]')).to.not.equal(null);
          expect(visibleText(el)).to.contain(shown);
          expect(warnings.messages.filter((m) => m.includes(`${attribute} "`))).to.have.length(1);
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }

    it('shows a bad mode and a bad endpoint together, each warned once', async () => {
      const warnings = captureWarnings();
      try {
        const el = await widget(
          html`<map-rating-widget mode=${'slider' as RatingMode} endpoint="javascript:alert(1)"></map-rating-widget>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(root(el).querySelectorAll('[part="error"] .error__message')).to.have.length(2);
        expect(visibleText(el)).to.contain('"slider" is not a rating mode').and.contain('"javascript:alert(1)"');
        expect(warnings.messages.filter((m) => m.includes('mode "slider"'))).to.have.length(1);
        expect(warnings.messages.filter((m) => m.includes('endpoint "javascript:alert(1)"'))).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('accepts relative and http(s) endpoints', async () => {
      for (const endpoint of ['/api/ratings', 'ratings', 'https://example.nhs.uk/ratings', 'http://intranet/ratings']) {
        const el = await widget(html`<map-rating-widget endpoint=${endpoint}></map-rating-widget>`);
        expect(root(el).querySelector('[part="error"]'), endpoint).to.equal(null);
      }
    });
  });
});
