import type { BookmarkChangeSubmission } from '../contract.js';
import { startDeliveryQueue } from './page-queue.js';
import { deliverableUrl, newSubmissionId } from './submission.js';

/**
 * Queues one bookmark change for `endpoint` under a new idempotency id (durable: retried through
 * offline spells, 5xx answers and reloads), and calls `onRefused` with the status if the endpoint
 * turns it down for good (a 4xx; the queue has already said so in the console). Returns `false`,
 * sending nothing, when `endpoint` is not an http(s) or relative URL.
 */
export function sendBookmarkChange(
  endpoint: string,
  change: { itemId: string; bookmarked: boolean; title: string; url: string; changedAt: number },
  onRefused: (status: number) => void,
): boolean {
  const url = deliverableUrl(endpoint);
  if (!url) return false;
  const body: BookmarkChangeSubmission = {
    submissionId: newSubmissionId(),
    ...change,
    changedAt: new Date(change.changedAt).toISOString(),
  };
  // Toggles of one item collapse to the latest: only the state the reader left it in is sent.
  void startDeliveryQueue()
    .enqueue(url, body, { replaces: `bookmark:${change.itemId}` })
    .done.then((result) => {
      if (result.state === 'failed') onRefused(result.status);
    });
  return true;
}
