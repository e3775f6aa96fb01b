import type { LitElement, ReactiveController } from 'lit';
import type { DeliveryState } from '../../delivery/delivery-queue.js';
import { startDeliveryWith } from '../../delivery/page-queue.js';
import { followRating, sendRating } from '../../delivery/ratings.js';
import { RATINGS_KEY, rememberedRating, withoutRating, withRating, type RememberedRating } from '../../storage/ratings.js';
import { StoredValue } from '../../storage/stored-value.js';
import type { RatingSubmission } from './events.js';

/** Where the widget's rating stands: not yet sent, on its way, thanked for, or refused. */
export type RatingPhase = 'idle' | 'sending' | 'thanks' | 'rejected';

/**
 * A rating's way out, as the person sees it: remembered in this browser before it is sent (a
 * reload while it is in the queue must not ask again, or they would rate twice under two ids),
 * sent through the delivery queue, thanked for, or refused and forgotten so it can be given
 * again. Ratings are remembered under `<mode>:<itemId>` keys (src/storage/ratings.ts).
 */
export class RatingDelivery implements ReactiveController {
  /** What this browser remembers of its ratings, and whether it is keeping it (for the storage notice). */
  readonly ratings: StoredValue<unknown>;
  /** Where the rating stands. This and the next two change only here, which updates the host. */
  phase: RatingPhase = 'idle';
  /** Why a thanked rating is still in the queue, if it is (so only in the `thanks` phase). */
  queued: 'offline' | 'server' | undefined;
  /** The status the endpoint refused the rating with; 0 when it could not be kept for sending. */
  rejectedStatus = 0;
  readonly #host: LitElement;
  /** Stops listening to the queue for a rating an earlier page left there. */
  #unfollow: (() => void) | undefined;

  constructor(host: LitElement) {
    this.#host = host;
    this.ratings = new StoredValue<unknown>(host, RATINGS_KEY);
    startDeliveryWith(host);
    host.addController(this);
  }

  /** This browser's earlier rating under `key`, if any; its `rating` is unchecked. */
  remembered(key: string): RememberedRating | undefined {
    return rememberedRating(this.ratings.value, key);
  }

  hostDisconnected(): void {
    this.#unfollow?.();
    this.#unfollow = undefined;
  }

  /**
   * The rating remembered under `key` may have been sent from an earlier page and still be in the
   * queue. If the endpoint refuses it on a retry, this widget is where the person can learn of it
   * and rate again: `onRefused` gets the refused rating, before the refusal is shown.
   */
  follow(key: string, onRefused: (rating: unknown) => void): void {
    const remembered = this.remembered(key);
    const id = remembered?.submissionId;
    if (!id || this.#unfollow) return;
    this.#unfollow = followRating(id, (status) => {
      onRefused(remembered.rating);
      void this.#refused(key, id, status);
    });
  }

  /** Remembers `body`'s rating under `key` and marks it as on its way, before it is announced. */
  start(key: string, body: RatingSubmission): void {
    this.#set('sending');
    this.ratings.update((all) => withRating(all, key, { rating: body.rating, ratedAt: Date.now(), submissionId: body.submissionId }));
  }

  /** Sends the rating to `endpoint` (none: only the event told of it), then thanks or says it was refused. */
  async deliver(key: string, body: RatingSubmission, endpoint: string | undefined): Promise<void> {
    const answer = endpoint ? await sendRating(endpoint, body) : undefined;
    if (answer?.state === 'refused') {
      await this.#refused(key, body.submissionId, answer.status);
      return;
    }
    if (answer?.state === 'queued') void answer.done.then((result) => this.#delivered(key, body.submissionId, result));
    this.queued = answer?.state === 'queued' ? answer.reason : undefined;
    this.#set('thanks');
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('.thanks')?.focus();
  }

  #set(phase: RatingPhase): void {
    this.phase = phase;
    this.#host.requestUpdate();
  }

  /** A queued rating left the queue: drop the "will be sent" note, or show a late refusal. */
  #delivered(key: string, submissionId: string, result: DeliveryState): void {
    if (result.state === 'failed') {
      void this.#refused(key, submissionId, result.status);
    } else if (this.phase === 'thanks') {
      this.queued = undefined;
      this.#host.requestUpdate();
    }
  }

  /** The endpoint refused the rating: say so, and forget it so the person can rate again. */
  async #refused(key: string, submissionId: string, status: number): Promise<void> {
    const host = this.#host;
    // A late refusal replaces the focused thank-you; focus must not fall to the top of the page.
    const hadFocus = host.matches(':focus-within');
    this.ratings.update((all) => withoutRating(all, key, submissionId));
    this.rejectedStatus = status;
    this.queued = undefined;
    this.#set('rejected');
    await host.updateComplete;
    if (hadFocus && !host.matches(':focus-within')) {
      const radios = [...host.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      (radios.find((radio) => radio.checked) ?? radios[0])?.focus();
    }
  }
}
