/**
 * The delivery queue's rules, as pure functions of the stored entries, the answer and the time:
 * how an answer is classified, how long to back off, which entries to drop, when an entry is due,
 * and the per-minute budget. No timers, no storage, no network: delivery-queue.ts does those.
 */

/** What the endpoint receives; `submissionId` is the idempotency key. */
export interface Submission {
  submissionId: string;
  [field: string]: unknown;
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
  /** A newer entry with the same `replaces` (and endpoint) makes this one obsolete. */
  replaces?: string;
}

/** Why an entry left the queue unsent. */
export type DropReason = 'expired' | 'full' | 'replaced' | 'unsendable';

/** The limits the rules work within (the queue's settings). */
export interface QueuePolicy {
  /** First retry waits about this long; each later one twice as long, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a claim on an entry lasts. */
  leaseMs: number;
  /** Most entries kept; beyond it the oldest are dropped. */
  maxEntries: number;
  /** Entries not delivered within this long are dropped. */
  maxAgeMs: number;
  /** Most requests one page sends in any minute. */
  maxPerMinute: number;
}

export const MINUTE = 60_000;

export function isEntry(value: unknown): value is QueueEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<QueueEntry>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.endpoint === 'string' &&
    typeof entry.body === 'object' &&
    entry.body !== null &&
    entry.body.submissionId === entry.id &&
    typeof entry.attempts === 'number' &&
    typeof entry.queuedAt === 'number' &&
    typeof entry.nextAttemptAt === 'number'
  );
}

/** The well-formed entries of whatever the store holds (anything else is not trusted). */
export const validEntries = (value: unknown): QueueEntry[] => (Array.isArray(value) ? value.filter(isEntry) : []);

/** What an answer means: `undefined` is a network error or timeout. */
export type Outcome = 'sent' | 'redirect' | 'refused' | 'retry';

/**
 * 2xx: delivered. A redirect (not followed): refused. 408, 429, 5xx, or no answer: retried. Any
 * other status: refused, as the endpoint would refuse it again.
 */
export function classify(answer: { ok: boolean; status: number; type: string } | undefined): Outcome {
  if (!answer) return 'retry';
  if (answer.ok) return 'sent';
  if (answer.type === 'opaqueredirect' || (answer.status >= 300 && answer.status < 400)) return 'redirect';
  return answer.status === 408 || answer.status === 429 || answer.status >= 500 ? 'retry' : 'refused';
}

/** A `Retry-After` value (seconds or an HTTP date) in ms from `now`; `undefined` when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before attempt `attempts + 1`: exponential, with "equal jitter" (half the delay fixed,
 * half `random()` of it), so tabs and pages spread out; never below `retryAfter`, never above
 * `maxDelayMs`.
 */
export function backoffMs(policy: QueuePolicy, attempts: number, random: number, retryAfter = 0): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempts - 1, 30));
  return Math.min(Math.max(ceiling / 2 + random * (ceiling / 2), retryAfter), policy.maxDelayMs);
}

/** When another tab's lease on the entry ends; a stored lease further ahead than a lease can be is impossible and counts as ended. */
export function leaseEnd(policy: QueuePolicy, entry: QueueEntry, now: number): number {
  const until = typeof entry.sendingUntil === 'number' && Number.isFinite(entry.sendingUntil) ? entry.sendingUntil : 0;
  return until > now + policy.leaseMs ? 0 : until;
}

/**
 * When the entry may next be tried: its stored time, or now if that lies further ahead than any
 * backoff could have set it (a skewed clock, tampering); never while another tab's lease runs.
 */
export function dueAt(policy: QueuePolicy, entry: QueueEntry, now: number): number {
  const next = Number.isFinite(entry.nextAttemptAt) && entry.nextAttemptAt <= now + policy.maxDelayMs ? entry.nextAttemptAt : now;
  return Math.max(next, leaseEnd(policy, entry, now));
}

/**
 * What must not stay, and why: entries with an endpoint that is not http(s) (`isSendable` says),
 * too old, replaced by a newer change of the same thing for the same endpoint, or beyond
 * `maxEntries` (the oldest first).
 */
export function pruneReasons(
  policy: QueuePolicy,
  entries: readonly QueueEntry[],
  now: number,
  isSendable: (endpoint: string) => boolean,
): Map<string, DropReason> {
  const reasons = new Map<string, DropReason>();
  const newest = new Map<string, QueueEntry>();
  const changeOf = (entry: QueueEntry) => `${entry.endpoint}\n${entry.replaces}`;
  for (const entry of entries) {
    if (entry.replaces === undefined) continue;
    const seen = newest.get(changeOf(entry));
    if (!seen || entry.queuedAt >= seen.queuedAt) newest.set(changeOf(entry), entry);
  }
  for (const entry of entries) {
    if (!isSendable(entry.endpoint)) reasons.set(entry.id, 'unsendable');
    else if (now - entry.queuedAt > policy.maxAgeMs) reasons.set(entry.id, 'expired');
    else if (entry.replaces !== undefined && newest.get(changeOf(entry)) !== entry) reasons.set(entry.id, 'replaced');
  }
  const kept = entries.filter((entry) => !reasons.has(entry.id));
  for (const entry of kept.slice(0, Math.max(0, kept.length - policy.maxEntries))) reasons.set(entry.id, 'full');
  return reasons;
}

/**
 * The per-minute budget: `sentAt` holds when this page's recent requests were sent, oldest first.
 * Forgets those a minute old, then takes one slot at `now` if there is one; false (taking nothing)
 * when the minute's budget is spent.
 */
export function takeBudget(policy: QueuePolicy, sentAt: number[], now: number): boolean {
  while (sentAt.length > 0 && sentAt[0]! <= now - MINUTE) sentAt.shift();
  if (sentAt.length >= policy.maxPerMinute) return false;
  sentAt.push(now);
  return true;
}

/** Gives back the slot taken at `at` (the request was not made after all). */
export function returnBudget(sentAt: number[], at: number): void {
  const index = sentAt.lastIndexOf(at);
  if (index >= 0) sentAt.splice(index, 1);
}

/** When the budget next has a free slot: `now` if it has one. Forgets requests a minute old. */
export function budgetFreeAt(policy: QueuePolicy, sentAt: number[], now: number): number {
  while (sentAt.length > 0 && sentAt[0]! <= now - MINUTE) sentAt.shift();
  return sentAt.length >= policy.maxPerMinute ? sentAt[0]! + MINUTE : now;
}
