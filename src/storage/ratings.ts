/**
 * What this browser remembers of the ratings it gave, so a widget thanks rather than asks again,
 * and how a rating is sent to a site's endpoint. Elements use these with the store (key
 * {@link RATINGS_KEY}); the record functions never touch storage themselves.
 */
import type { RatingSubmission, RatingValue } from '../elements/rating-widget/events.js';
import { deliveryQueue, type DeliveryState } from './delivery-queue.js';

/** Store key of what this browser has rated: `{ "<mode>:<itemId>": { rating, ratedAt, submissionId } }`. */
export const RATINGS_KEY = 'ratings';

/** One remembered rating, under the key `<mode>:<itemId>`. */
export interface RememberedRating {
  rating: RatingValue;
  /** When it was given, epoch milliseconds. */
  ratedAt: number;
  /** The submission that gave it, so only a refusal of that submission forgets it. */
  submissionId?: string;
}

type RememberedRatings = Record<string, RememberedRating>;

/** What the store holds under RATINGS_KEY, or an empty record if it holds something else. */
function toRemembered(value: unknown): RememberedRatings {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as RememberedRatings) : {};
}

/** The rating remembered under `key` in whatever the store holds, if any. Its `rating` is unchecked. */
export function rememberedRating(value: unknown, key: string): RememberedRating | undefined {
  return toRemembered(value)[key];
}

/** The record with `rating` remembered under `key`, replacing any earlier one. */
export function withRating(value: unknown, key: string, rating: RememberedRating): RememberedRatings {
  return { ...toRemembered(value), [key]: rating };
}

/** The record without the rating under `key`, if it is the one `submissionId` gave. */
export function withoutRating(value: unknown, key: string, submissionId: string): RememberedRatings {
  const remembered = toRemembered(value);
  if (remembered[key]?.submissionId !== submissionId) return remembered;
  return Object.fromEntries(Object.entries(remembered).filter(([other]) => other !== key));
}

/** How the first attempt to send a rating went, as the reader is told it. */
export type RatingAnswer =
  /** The endpoint has it. */
  | { state: 'sent' }
  /** Saved in the delivery queue and retried; `done` settles when it leaves the queue. */
  | { state: 'queued'; reason: 'offline' | 'server'; done: Promise<DeliveryState> }
  /** The endpoint refused it (`status`), or it could not be kept for sending (`0`). */
  | { state: 'refused'; status: number };

/**
 * Sends `body` to `endpoint` (an http(s) or relative URL already checked) through the page's
 * delivery queue: saved first, retried when offline or the server fails, never sent twice under
 * different ids.
 */
export async function sendRating(endpoint: string, body: RatingSubmission): Promise<RatingAnswer> {
  const delivery = deliveryQueue.enqueue(endpoint, body);
  const answer = await delivery.firstAttempt;
  if (answer.state === 'failed') return { state: 'refused', status: answer.status };
  // Thanks only for a rating that was delivered or is waiting in the queue.
  if (answer.state === 'dropped' || (!delivery.queued && answer.state !== 'sent')) return { state: 'refused', status: 0 };
  if (answer.state === 'queued') {
    return { state: 'queued', reason: answer.reason === 'offline' ? 'offline' : 'server', done: delivery.done };
  }
  return { state: 'sent' };
}

/**
 * A remembered rating may have been sent from an earlier page and still be in the queue: calls
 * `onRefused` with the status if the endpoint refuses it on a retry. Returns what stops following
 * it, or `undefined` when it is not in the queue.
 */
export function followRating(submissionId: string, onRefused: (status: number) => void): (() => void) | undefined {
  if (!deliveryQueue.entries().some((entry) => entry.id === submissionId)) return undefined;
  const unfollow = deliveryQueue.subscribe(submissionId, (state) => {
    if (state.state === 'queued') return;
    unfollow();
    if (state.state === 'failed') onRefused(state.status);
  });
  return unfollow;
}
