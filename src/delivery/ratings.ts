import type { RatingSubmission } from '../contract.js';
import type { DeliveryState } from './delivery-queue.js';
import { startDeliveryQueue } from './page-queue.js';

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
  const delivery = startDeliveryQueue().enqueue(endpoint, body);
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
  const queue = startDeliveryQueue();
  if (!queue.entries().some((entry) => entry.id === submissionId)) return undefined;
  const unfollow = queue.subscribe(submissionId, (state) => {
    if (state.state === 'queued') return;
    unfollow();
    if (state.state === 'failed') onRefused(state.status);
  });
  return unfollow;
}
