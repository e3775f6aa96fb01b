import { numberField, defineCollection } from '../storage/collections.js';
import { listen, notify, type Listener, type Listeners } from '../storage/listeners.js';
import { store as pageStore, type Store } from '../storage/store.js';
import { claim, exclusively } from './lease.js';
import {
  backoffMs,
  budgetFreeAt,
  classify,
  dueAt,
  pruneReasons,
  retryAfterMs,
  returnBudget,
  takeBudget,
  validEntries,
  type DropReason,
  type QueueEntry,
  type QueuePolicy,
  type Submission,
} from './policy.js';
import { deliverableUrl, newSubmissionId } from './submission.js';

/**
 * Durable delivery of small JSON submissions (ratings, bookmark changes) to a trust's endpoint.
 *
 * Every submission is written to the store before its first attempt, so a reload, a crash or a
 * closed laptop loses nothing: the next page that loads map-embed sends what is left. Each
 * submission carries one `submissionId` for its whole life, so however often it is re-sent the
 * endpoint can de-duplicate it. Answers decide what happens next:
 *
 * - 2xx: delivered; removed from the queue.
 * - network error, timeout, 408, 429, 5xx: kept and retried with exponential backoff and jitter,
 *   at once when the browser comes back online. The time of the next attempt is stored with the
 *   entry, so a new page load waits for it too rather than re-sending everything at once.
 * - a redirect, or any other status (400, 401, 403, 404, 413, 422…): the endpoint refused it and
 *   would refuse it again; removed and reported as failed. Redirects are not followed, so a body
 *   never goes anywhere but the endpoint it was queued for.
 *
 * The queue is bounded: at most `maxEntries` entries, none older than `maxAgeMs`, a newer change
 * of the same thing (`replaces`) drops the older one, and one page sends at most `maxPerMinute`
 * requests a minute. What is dropped is reported to its listeners (`dropped`), counted in
 * `dropped` and warned about in the console.
 *
 * Each entry is its own storage key (see storage/collections.ts), so tabs adding entries at once never lose
 * one. Two tabs never send one entry at the same time: a tab claims an entry by writing a short
 * lease (`sendingUntil`) into it before sending, under a Web Lock where the browser has them
 * (secure contexts); other tabs leave leased entries alone until the lease runs out, and hear
 * through the storage event when the sender records its answer (lease.ts). A page that starts while
 * another page is sending an entry therefore waits for that send rather than sending it again.
 */

export type { DropReason, QueueEntry, Submission } from './policy.js';
export { deliverableUrl, newSubmissionId } from './submission.js';

/** Where a submission stands, as told to whoever enqueued or subscribed to it. */
export type DeliveryState =
  /** Saved and waiting: the browser is offline, or the endpoint could not take it yet. */
  | { state: 'queued'; attempts: number; reason: 'offline' | 'network' | 'server'; status?: number }
  /** The endpoint accepted it (a 2xx answer). */
  | { state: 'sent'; status: number }
  /** The endpoint refused it (a 4xx answer other than 408 or 429); it will not be retried. */
  | { state: 'failed'; status: number }
  /** Another tab finished it (sent or refused); this tab never saw the answer. */
  | { state: 'elsewhere' }
  /** Taken out of the queue unsent: too old, the queue full, replaced by a newer change, or unsendable. */
  | { state: 'dropped'; reason: DropReason };

export interface Delivery {
  readonly submissionId: string;
  /** The answer to the first attempt (or `queued` at once when offline). Never rejects. */
  readonly firstAttempt: Promise<DeliveryState>;
  /** Settles when the submission leaves the queue: `sent`, `failed`, `elsewhere` or `dropped`. Never rejects. */
  readonly done: Promise<DeliveryState>;
  /** Whether the submission was in the queue (storage, or memory when storage is unusable) once enqueued. */
  readonly queued: boolean;
}

/** Store key of the queue: `QueueEntry[]`, oldest first, one storage key per entry. */
export const QUEUE_KEY = defineCollection('delivery-queue', {
  kind: 'list',
  order: (a, b) => numberField(a, 'queuedAt') - numberField(b, 'queuedAt'),
});

/** keepalive requests share a 64 KiB budget per page; leave room for others. */
const KEEPALIVE_LIMIT = 48 * 1024;

export interface DeliveryQueueOptions {
  /** Where the queue is kept. Default: the page-wide store. */
  store?: Store;
}

export interface EnqueueOptions {
  /**
   * Names what the submission is a change of (e.g. `bookmark:<item id>`): an older queued entry
   * for the same endpoint with the same name is dropped, so only the latest change is sent.
   */
  replaces?: string;
}

/** setTimeout fires at once for delays of 2³¹ ms or more; nothing here waits that long anyway. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const DROP_WARNINGS: Record<Exclude<DropReason, 'replaced'>, (n: number, queue: DeliveryQueue) => string> = {
  expired: (n, q) => `${n} queued submission(s) older than ${Math.round(q.maxAgeMs / 86_400_000)} days were dropped unsent.`,
  full: (n, q) => `the delivery queue holds at most ${q.maxEntries} submissions; the ${n} oldest were dropped unsent.`,
  unsendable: (n) => `${n} queued submission(s) with an endpoint that is not http(s) were dropped.`,
};

const isSendable = (endpoint: string) => deliverableUrl(endpoint) !== undefined && /^https?:/i.test(endpoint);

/**
 * The orchestrator: keeps the queue in the store, asks policy.ts what to do, sends, and sets the
 * one timer for what falls due next. Its settings are the policy's limits.
 */
export class DeliveryQueue implements QueuePolicy {
  /** First retry waits about this long; each later one twice as long, up to `maxDelayMs`. */
  baseDelayMs = 2_000;
  maxDelayMs = 10 * 60_000;
  /** A request still unanswered after this long is abandoned and counts as a network error. */
  requestTimeoutMs = 15_000;
  /**
   * How long a claim on an entry lasts. Longer than `requestTimeoutMs`, so a live sender never
   * loses its claim mid-request; short, so an entry claimed by a page that closed mid-send is
   * soon picked up by the next. A stored lease longer than this from now is impossible (a
   * skewed clock, tampering) and counts as expired.
   */
  leaseMs = 20_000;
  /** Most entries kept; beyond it the oldest are dropped. */
  maxEntries = 50;
  /** Entries not delivered within this long (7 days) are dropped, comments and all. */
  maxAgeMs = 7 * 24 * 60 * 60_000;
  /** Most requests this page sends in any minute; the rest wait their turn. */
  maxPerMinute = 30;
  /** How many entries this page has dropped, by reason. */
  readonly dropped: Record<DropReason, number> = { expired: 0, full: 0, replaced: 0, unsendable: 0 };

  readonly #store: Store;
  /** Names this queue's leases, so it can tell its own claims from another tab's. */
  readonly #sender = newSubmissionId();
  readonly #listeners: Listeners<string, DeliveryState> = new Map();
  readonly #inFlight = new Set<string>();
  /** When this page's recent requests were sent (or are about to be): the per-minute budget. */
  readonly #sentAt: number[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: (() => void) | undefined;
  #stopped = false;

  constructor(options: DeliveryQueueOptions = {}) {
    this.#store = options.store ?? pageStore;
  }

  /**
   * Saves `body` for `endpoint` and starts sending it. `body.submissionId` (see
   * {@link newSubmissionId}) identifies it for good: enqueueing the same id again does not add a
   * second entry. Throws a TypeError only for programming errors (no id, an endpoint that is not
   * http(s)); everything the network or server does is reported through the returned promises.
   */
  enqueue(endpoint: string, body: { readonly submissionId: string }, options: EnqueueOptions = {}): Delivery {
    const url = deliverableUrl(endpoint);
    if (!url) throw new TypeError(`map-embed: cannot deliver to "${endpoint}": not an http(s) URL.`);
    if (typeof body.submissionId !== 'string' || !body.submissionId) {
      throw new TypeError('map-embed: a submission needs a submissionId.');
    }
    const id = body.submissionId;
    let resolveFirst!: (state: DeliveryState) => void;
    let resolveDone!: (state: DeliveryState) => void;
    const firstAttempt = new Promise<DeliveryState>((resolve) => (resolveFirst = resolve));
    const done = new Promise<DeliveryState>((resolve) => (resolveDone = resolve));
    const unsubscribe = this.subscribe(id, (state) => {
      resolveFirst(state);
      if (state.state !== 'queued') {
        resolveDone(state);
        unsubscribe();
      }
    });

    const now = Date.now();
    const replaces = typeof options.replaces === 'string' && options.replaces ? options.replaces : undefined;
    this.#store.update<QueueEntry[]>(QUEUE_KEY, (current) => {
      const entries = validEntries(current);
      if (entries.some((entry) => entry.id === id)) return entries;
      const entry: QueueEntry = { id, endpoint: url, body: body as Submission, attempts: 0, queuedAt: now, nextAttemptAt: now };
      return [...entries, replaces ? { ...entry, replaces } : entry];
    });
    const queued = this.entries().some((entry) => entry.id === id);
    this.#stopped = false;
    this.#prune();
    void this.#attempt(id, true);
    return { submissionId: id, firstAttempt, done, queued };
  }

  /** Hears every later state of the submission `id` from this queue. Returns unsubscribe. */
  subscribe(id: string, listener: Listener<DeliveryState>): () => void {
    return listen(this.#listeners, id, listener);
  }

  /** The stored entries, oldest first. */
  entries(): QueueEntry[] {
    return validEntries(this.#store.get<unknown>(QUEUE_KEY));
  }

  /**
   * Sends what is due now (everything not claimed by another tab when `ignoreBackoff`, as after
   * coming back online), within the per-minute budget, then waits for the next entry to fall due.
   */
  async flush(ignoreBackoff = false): Promise<void> {
    this.#stopped = false;
    this.#prune();
    const now = Date.now();
    const due = this.entries().filter(
      (entry) => !this.#inFlight.has(entry.id) && (ignoreBackoff || dueAt(this, entry, now) <= now),
    );
    await Promise.all(due.map((entry) => this.#attempt(entry.id, ignoreBackoff)));
    this.#schedule();
  }

  /**
   * What a new page does: sends what an earlier page left behind once it is due. The stored
   * next-attempt time is honoured (a page load is not a reason to send again), and entries
   * another tab is sending are left to it.
   */
  start(): Promise<void> {
    return this.flush(false);
  }

  /** Stops timers and listeners, leaving the stored queue as it is (as closing the page would). */
  stop(): void {
    this.#stopped = true;
    this.#teardown();
  }

  #emit(id: string, state: DeliveryState): void {
    notify(this.#listeners.get(id), () => state);
  }

  /** Drops what must not stay (policy.ts's `pruneReasons`). Listeners hear `dropped` before it goes. */
  #prune(): void {
    const reasons = pruneReasons(this, this.entries(), Date.now(), isSendable);
    if (reasons.size === 0) return;
    const counts = new Map<DropReason, number>();
    for (const [id, reason] of reasons) {
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
      this.dropped[reason]++;
      this.#emit(id, { state: 'dropped', reason });
    }
    this.#store.update<QueueEntry[]>(QUEUE_KEY, (current) => validEntries(current).filter((entry) => !reasons.has(entry.id)));
    // A replaced change is not lost (its newer version is queued): counted, not warned about.
    for (const [reason, n] of counts) if (reason !== 'replaced') console.warn(`map-embed: ${DROP_WARNINGS[reason](n, this)}`);
  }

  async #attempt(id: string, ignoreBackoff: boolean): Promise<void> {
    if (this.#inFlight.has(id)) return;
    if (!navigator.onLine) {
      const entry = this.entries().find((e) => e.id === id);
      if (entry) this.#emit(id, { state: 'queued', attempts: entry.attempts, reason: 'offline' });
      this.#schedule();
      return;
    }
    const now = Date.now();
    if (!takeBudget(this, this.#sentAt, now)) {
      // This page has sent its share this minute; the entry waits for the next free slot.
      const entry = this.entries().find((e) => e.id === id);
      if (entry) this.#emit(id, { state: 'queued', attempts: entry.attempts, reason: 'server' });
      this.#schedule();
      return;
    }
    this.#inFlight.add(id);
    let outcome: DeliveryState | undefined;
    await exclusively(id, async () => {
      const entry = claim(this.#store, QUEUE_KEY, this, id, this.#sender, ignoreBackoff);
      if (entry) outcome = await this.#send(entry);
    });
    if (!outcome) {
      returnBudget(this.#sentAt, now);
      // Nothing to claim because another tab sent the entry and took it out of the queue while
      // this attempt was starting: the removal was heard while the entry was in flight here, so
      // `#onStoreChange` left it to this attempt to say so.
      if (!this.entries().some((entry) => entry.id === id)) outcome = { state: 'elsewhere' };
    }
    // Listeners hear only once the lock is released and the next attempt is planned, so what
    // they do next (enqueue again, start another queue) sees the queue at rest.
    this.#inFlight.delete(id);
    this.#schedule();
    if (outcome) this.#emit(id, outcome);
  }

  /** Posts the entry and records the answer in the queue; returns what to tell listeners. */
  async #send(entry: QueueEntry): Promise<DeliveryState> {
    const json = JSON.stringify(entry.body);
    const sameOrigin = new URL(entry.endpoint).origin === location.origin;
    const abort = new AbortController();
    const timeout = setTimeout(() => abort.abort(), Math.min(this.requestTimeoutMs, MAX_TIMER_MS));
    let response: Response | undefined;
    try {
      response = await fetch(entry.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: json,
        // A redirect would re-send the body to wherever the endpoint points: not followed, and
        // taken as a refusal below.
        redirect: 'manual',
        // keepalive lets a send started as the page closes finish. Cross-origin it would need a
        // CORS preflight, which not every browser allows for keepalive; the queue covers that case.
        keepalive: sameOrigin && json.length < KEEPALIVE_LIMIT,
        signal: abort.signal,
      });
    } catch {
      response = undefined;
    } finally {
      clearTimeout(timeout);
    }

    const attempts = entry.attempts + 1;
    const outcome = classify(response);
    if (outcome === 'sent') {
      this.#remove(entry.id);
      return { state: 'sent', status: response!.status };
    }
    if (outcome === 'redirect') {
      this.#remove(entry.id);
      console.warn(
        `map-embed: ${entry.endpoint} answered submission ${entry.id} with a redirect; it is not followed, and the submission will not be re-sent.`,
      );
      return { state: 'failed', status: response!.status || 300 };
    }
    if (outcome === 'refused') {
      this.#remove(entry.id);
      console.warn(
        `map-embed: ${entry.endpoint} answered ${response!.status} to submission ${entry.id}; it was refused and will not be re-sent.`,
      );
      return { state: 'failed', status: response!.status };
    }
    const retryAfter = response ? (retryAfterMs(response.headers.get('retry-after'), Date.now()) ?? 0) : 0;
    const wait = backoffMs(this, attempts, Math.random(), retryAfter);
    this.#store.update<QueueEntry[]>(QUEUE_KEY, (current) =>
      validEntries(current).map((stored) =>
        stored.id === entry.id ? { ...stored, attempts, nextAttemptAt: Date.now() + wait, sendingUntil: 0, sender: '' } : stored,
      ),
    );
    return response
      ? { state: 'queued', attempts, reason: 'server', status: response.status }
      : { state: 'queued', attempts, reason: navigator.onLine ? 'network' : 'offline' };
  }

  #remove(id: string): void {
    this.#store.update<QueueEntry[]>(QUEUE_KEY, (current) => validEntries(current).filter((entry) => entry.id !== id));
  }

  /** Wakes up when the next entry falls due (or the minute's budget frees up), or on `online`. */
  #schedule(): void {
    if (this.#stopped) return;
    const entries = this.entries();
    if (entries.length === 0) {
      this.#teardown();
      return;
    }
    this.#listen();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!navigator.onLine) return;
    const waiting = entries.filter((entry) => !this.#inFlight.has(entry.id));
    if (waiting.length === 0) return;
    const now = Date.now();
    const next = Math.max(Math.min(...waiting.map((entry) => dueAt(this, entry, now))), budgetFreeAt(this, this.#sentAt, now));
    const delay = Math.min(Math.max(0, next - now), this.maxDelayMs, MAX_TIMER_MS);
    this.#timer = setTimeout(() => void this.flush(), delay);
  }

  #listen(): void {
    if (this.#unsubscribe) return;
    addEventListener('online', this.#onOnline);
    const unsubscribeStore = this.#store.subscribe<unknown>(QUEUE_KEY, this.#onStoreChange);
    this.#unsubscribe = () => {
      removeEventListener('online', this.#onOnline);
      unsubscribeStore();
    };
  }

  #teardown(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  readonly #onOnline = (): void => {
    void this.flush(true);
  };

  /** Another tab (or instance) changed the queue: drop timers for what is gone, tell listeners. */
  readonly #onStoreChange = (value: unknown): void => {
    const present = new Set(validEntries(value).map((entry) => entry.id));
    for (const id of [...this.#listeners.keys()]) {
      if (!present.has(id) && !this.#inFlight.has(id)) this.#emit(id, { state: 'elsewhere' });
    }
    this.#schedule();
  };
}
