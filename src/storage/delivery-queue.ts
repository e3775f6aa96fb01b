import { safeUrl } from '../feed/safe-url.js';
import { store as pageStore, type Store } from './store.js';

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
 *   at once when the browser comes back online, and on the next page load.
 * - any other status (400, 401, 403, 404, 413, 422…): the endpoint refused it and would refuse it
 *   again; removed and reported as failed.
 *
 * Two tabs never send one entry at the same time: a tab claims an entry by writing a short lease
 * (`sendingUntil`) into the stored queue before sending, under a Web Lock where the browser has
 * them (secure contexts), and other tabs leave leased entries alone until the lease runs out.
 */

/** What the endpoint receives; `submissionId` is the idempotency key. */
export interface Submission {
  submissionId: string;
  [field: string]: unknown;
}

/** Where a submission stands, as told to whoever enqueued or subscribed to it. */
export type DeliveryState =
  /** Saved and waiting: the browser is offline, or the endpoint could not take it yet. */
  | { state: 'queued'; attempts: number; reason: 'offline' | 'network' | 'server'; status?: number }
  /** The endpoint accepted it (a 2xx answer). */
  | { state: 'sent'; status: number }
  /** The endpoint refused it (a 4xx answer other than 408 or 429); it will not be retried. */
  | { state: 'failed'; status: number }
  /** Another tab finished it (sent or refused); this tab never saw the answer. */
  | { state: 'elsewhere' };

export interface Delivery {
  readonly submissionId: string;
  /** The answer to the first attempt (or `queued` at once when offline). Never rejects. */
  readonly firstAttempt: Promise<DeliveryState>;
  /** Settles when the submission leaves the queue: `sent`, `failed` or `elsewhere`. Never rejects. */
  readonly done: Promise<DeliveryState>;
}

/** One stored queue entry. Exported for tests and tools that inspect the stored queue. */
export interface QueueEntry {
  id: string;
  endpoint: string;
  body: Submission;
  attempts: number;
  queuedAt: number;
  nextAttemptAt: number;
  /** Until when the tab named by `sender` may be sending it; others wait. */
  sendingUntil?: number;
  sender?: string;
}

export const QUEUE_KEY = 'delivery-queue';

/** keepalive requests share a 64 KiB budget per page; leave room for others. */
const KEEPALIVE_LIMIT = 48 * 1024;

/** A v4 UUID. `crypto.randomUUID` exists only in secure contexts; many intranets are plain http. */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The absolute http(s) URL a submission may be posted to, or `undefined` if `endpoint` is not one. */
export function deliverableUrl(endpoint: string | null | undefined): string | undefined {
  const trimmed = endpoint?.trim();
  return trimmed ? safeUrl(trimmed, document.baseURI) : undefined;
}

function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function isEntry(value: unknown): value is QueueEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<QueueEntry>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.endpoint === 'string' &&
    typeof entry.body === 'object' &&
    entry.body !== null &&
    entry.body.submissionId === entry.id &&
    typeof entry.attempts === 'number' &&
    typeof entry.nextAttemptAt === 'number'
  );
}

/** Seconds or an HTTP date, as `Retry-After` allows; `undefined` when absent or unreadable. */
function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export interface DeliveryQueueOptions {
  /** Where the queue is kept. Default: the page-wide store. */
  store?: Store;
}

type Listener = (state: DeliveryState) => void;

export class DeliveryQueue {
  /** First retry waits about this long; each later one twice as long, up to `maxDelayMs`. */
  baseDelayMs = 2_000;
  maxDelayMs = 10 * 60_000;
  /** A request still unanswered after this long is abandoned and counts as a network error. */
  requestTimeoutMs = 15_000;
  /**
   * How long a claim on an entry lasts. Longer than `requestTimeoutMs`, so a live sender never
   * loses its claim mid-request; short, so an entry claimed by a page that closed mid-send is
   * soon picked up by the next.
   */
  leaseMs = 20_000;

  readonly #store: Store;
  /** Names this queue's leases, so it can tell its own claims from another tab's. */
  readonly #sender = newSubmissionId();
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #inFlight = new Set<string>();
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
  enqueue(endpoint: string, body: { readonly submissionId: string }): Delivery {
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
    this.#store.update<QueueEntry[]>(QUEUE_KEY, (current) => {
      const entries = this.#valid(current);
      if (entries.some((entry) => entry.id === id)) return entries;
      return [...entries, { id, endpoint: url, body: body as Submission, attempts: 0, queuedAt: now, nextAttemptAt: now }];
    });
    this.#stopped = false;
    void this.#attempt(id, true);
    return { submissionId: id, firstAttempt, done };
  }

  /** Hears every later state of the submission `id` from this queue. Returns unsubscribe. */
  subscribe(id: string, listener: Listener): () => void {
    let listeners = this.#listeners.get(id);
    if (!listeners) this.#listeners.set(id, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.#listeners.get(id) === listeners) this.#listeners.delete(id);
    };
  }

  /** The stored entries, oldest first. */
  entries(): QueueEntry[] {
    return this.#valid(this.#store.get<unknown>(QUEUE_KEY));
  }

  /**
   * Sends what is due now (everything not claimed by another tab when `ignoreBackoff`, as after
   * coming back online), then waits for the next entry to fall due.
   */
  async flush(ignoreBackoff = false): Promise<void> {
    this.#stopped = false;
    const now = Date.now();
    const due = this.entries().filter(
      (entry) => !this.#inFlight.has(entry.id) && (ignoreBackoff || entry.nextAttemptAt <= now),
    );
    await Promise.all(due.map((entry) => this.#attempt(entry.id, ignoreBackoff)));
    this.#schedule();
  }

  /**
   * What a new page does: sends everything an earlier page left behind at once, whatever its
   * backoff said (a new page is a fair moment to try again), except entries another tab is sending.
   */
  start(): Promise<void> {
    return this.flush(true);
  }

  /** Stops timers and listeners, leaving the stored queue as it is (as closing the page would). */
  stop(): void {
    this.#stopped = true;
    this.#teardown();
  }

  #valid(value: unknown): QueueEntry[] {
    return Array.isArray(value) ? value.filter(isEntry) : [];
  }

  #emit(id: string, state: DeliveryState): void {
    for (const listener of [...(this.#listeners.get(id) ?? [])]) {
      try {
        listener(state);
      } catch (error) {
        globalThis.reportError?.(error);
      }
    }
  }

  async #attempt(id: string, ignoreBackoff: boolean): Promise<void> {
    if (this.#inFlight.has(id)) return;
    if (!navigator.onLine) {
      const entry = this.entries().find((e) => e.id === id);
      if (entry) this.#emit(id, { state: 'queued', attempts: entry.attempts, reason: 'offline' });
      this.#schedule();
      return;
    }
    this.#inFlight.add(id);
    let outcome: DeliveryState | undefined;
    await this.#exclusively(id, async () => {
      const entry = this.#claim(id, ignoreBackoff);
      if (entry) outcome = await this.#send(entry);
    });
    // Listeners hear only once the lock is released and the next attempt is planned, so what
    // they do next (enqueue again, start another queue) sees the queue at rest.
    this.#inFlight.delete(id);
    this.#schedule();
    if (outcome) this.#emit(id, outcome);
  }

  /** Runs `task` unless another tab holds this entry's Web Lock (where the browser has them). */
  async #exclusively(id: string, task: () => Promise<void>): Promise<void> {
    const locks = (navigator as Partial<Navigator>).locks;
    let ran = false;
    const run = () => {
      ran = true;
      return task();
    };
    if (!locks) return run();
    try {
      await locks.request(`map-embed:delivery:${id}`, { ifAvailable: true }, async (lock) => {
        if (lock) await run();
      });
    } catch {
      // Opaque origins (sandboxed iframes) have navigator.locks but may not use it; the lease
      // still keeps tabs apart.
      if (!ran) await run();
    }
  }

  /** Takes the lease on entry `id` if it is due and nobody else holds it; the entry, or undefined. */
  #claim(id: string, ignoreBackoff: boolean): QueueEntry | undefined {
    const now = Date.now();
    const claimable = (entry: QueueEntry) =>
      entry.id === id && (entry.sendingUntil ?? 0) <= now && (ignoreBackoff || entry.nextAttemptAt <= now);
    if (!this.entries().some(claimable)) return undefined;
    let claimed: QueueEntry | undefined;
    this.#store.update<QueueEntry[]>(QUEUE_KEY, (current) =>
      this.#valid(current).map((entry) => {
        if (!claimable(entry)) return entry;
        claimed = { ...entry, sendingUntil: now + this.leaseMs, sender: this.#sender };
        return claimed;
      }),
    );
    return claimed;
  }

  /** Posts the entry and records the answer in the queue; returns what to tell listeners. */
  async #send(entry: QueueEntry): Promise<DeliveryState> {
    const json = JSON.stringify(entry.body);
    const sameOrigin = new URL(entry.endpoint).origin === location.origin;
    const abort = new AbortController();
    const timeout = setTimeout(() => abort.abort(), this.requestTimeoutMs);
    let response: Response | undefined;
    try {
      response = await fetch(entry.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: json,
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
    if (response?.ok) {
      this.#remove(entry.id);
      return { state: 'sent', status: response.status };
    }
    if (response && !isRetryable(response.status)) {
      this.#remove(entry.id);
      console.warn(
        `map-embed: ${entry.endpoint} answered ${response.status} to submission ${entry.id}; it was refused and will not be re-sent.`,
      );
      return { state: 'failed', status: response.status };
    }
    const wait = Math.max(this.#backoff(attempts), response ? (retryAfterMs(response) ?? 0) : 0);
    this.#store.update<QueueEntry[]>(QUEUE_KEY, (current) =>
      this.#valid(current).map((stored) =>
        stored.id === entry.id
          ? { ...stored, attempts, nextAttemptAt: Date.now() + Math.min(wait, this.maxDelayMs), sendingUntil: 0, sender: '' }
          : stored,
      ),
    );
    return response
      ? { state: 'queued', attempts, reason: 'server', status: response.status }
      : { state: 'queued', attempts, reason: navigator.onLine ? 'network' : 'offline' };
  }

  /** Exponential, with "equal jitter": half the delay fixed, half random, so tabs and pages spread out. */
  #backoff(attempts: number): number {
    const ceiling = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.min(attempts - 1, 30));
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  #remove(id: string): void {
    this.#store.update<QueueEntry[]>(QUEUE_KEY, (current) => this.#valid(current).filter((entry) => entry.id !== id));
  }

  /** Wakes up when the next entry falls due, or on `online`; lets go of everything when empty. */
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
    const next = Math.min(...waiting.map((entry) => Math.max(entry.nextAttemptAt, entry.sendingUntil ?? 0)));
    this.#timer = setTimeout(() => void this.flush(), Math.max(0, next - Date.now()));
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
    const present = new Set(this.#valid(value).map((entry) => entry.id));
    for (const id of [...this.#listeners.keys()]) {
      if (!present.has(id) && !this.#inFlight.has(id)) this.#emit(id, { state: 'elsewhere' });
    }
    this.#schedule();
  };
}

const QUEUE = Symbol.for('map-embed.delivery-queue.v1');
const globals = globalThis as typeof globalThis & { [QUEUE]?: DeliveryQueue };

/**
 * The page-wide queue every element uses, shared by every copy of map-embed on the page. On
 * load it sends whatever an earlier page (or a crashed tab) left behind.
 */
export const deliveryQueue: DeliveryQueue =
  globals[QUEUE] ??
  (() => {
    const queue = (globals[QUEUE] = new DeliveryQueue());
    void queue.start();
    return queue;
  })();
