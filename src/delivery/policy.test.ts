import { expect } from '@open-wc/testing';
import {
  backoffMs,
  budgetFreeAt,
  classify,
  dueAt,
  isEntry,
  leaseEnd,
  MINUTE,
  pruneReasons,
  retryAfterMs,
  returnBudget,
  takeBudget,
  type QueueEntry,
  type QueuePolicy,
} from './policy.js';

/* The queue's rules as pure functions: every case here is a value in, a value out, no clock. */

const policy: QueuePolicy = {
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  leaseMs: 20_000,
  maxEntries: 3,
  maxAgeMs: 7 * 24 * 3_600_000,
  maxPerMinute: 2,
};
const NOW = 1_000_000_000_000;

function entry(id: string, extra: Partial<QueueEntry> = {}): QueueEntry {
  return { id, endpoint: 'https://example.org/ratings', body: { submissionId: id }, attempts: 0, queuedAt: NOW, nextAttemptAt: NOW, ...extra };
}
const answer = (status: number, type = 'basic') => ({ ok: status >= 200 && status < 300, status, type });

describe('delivery policy', () => {
  it('classifies answers: 2xx sent; redirects refused as such; 408, 429, 5xx and no answer retried; other statuses refused', () => {
    expect(classify(answer(201))).to.equal('sent');
    expect(classify(answer(0, 'opaqueredirect'))).to.equal('redirect');
    expect(classify(answer(307))).to.equal('redirect');
    for (const status of [408, 429, 500, 503]) expect(classify(answer(status)), String(status)).to.equal('retry');
    expect(classify(undefined)).to.equal('retry');
    for (const status of [400, 401, 403, 404, 413, 422]) expect(classify(answer(status)), String(status)).to.equal('refused');
  });

  it('reads Retry-After as seconds or an HTTP date, and ignores what it cannot read', () => {
    expect(retryAfterMs('3', NOW)).to.equal(3_000);
    expect(retryAfterMs(new Date(NOW + 5_000).toUTCString(), NOW)).to.equal(5_000);
    expect(retryAfterMs(new Date(NOW - 5_000).toUTCString(), NOW)).to.equal(0);
    expect(retryAfterMs('soon', NOW)).to.equal(undefined);
    expect(retryAfterMs(null, NOW)).to.equal(undefined);
  });

  it('backs off exponentially with equal jitter, within maxDelayMs, never below Retry-After', () => {
    expect([1, 2, 3].map((attempts) => backoffMs(policy, attempts, 0))).to.deep.equal([500, 1_000, 2_000]);
    expect([1, 2, 3].map((attempts) => backoffMs(policy, attempts, 1))).to.deep.equal([1_000, 2_000, 4_000]);
    expect(backoffMs(policy, 40, 1)).to.equal(60_000);
    expect(backoffMs(policy, 1, 0, 9_000)).to.equal(9_000);
    expect(backoffMs(policy, 1, 0, 10 * 60_000)).to.equal(60_000);
  });

  it('honours a lease and a stored next attempt, but not ones too far ahead to be real', () => {
    expect(leaseEnd(policy, entry('a', { sendingUntil: NOW + 5_000 }), NOW)).to.equal(NOW + 5_000);
    expect(leaseEnd(policy, entry('a', { sendingUntil: NOW + 25 * 86_400_000 }), NOW)).to.equal(0);
    expect(dueAt(policy, entry('a', { nextAttemptAt: NOW + 30_000 }), NOW)).to.equal(NOW + 30_000);
    expect(dueAt(policy, entry('a', { nextAttemptAt: NOW + 30 * 86_400_000 }), NOW)).to.equal(NOW);
    expect(dueAt(policy, entry('a', { nextAttemptAt: NOW, sendingUntil: NOW + 5_000 }), NOW)).to.equal(NOW + 5_000);
  });

  it('drops the unsendable, the expired, the replaced and, beyond maxEntries, the oldest', () => {
    const sendable = (url: string) => url.startsWith('https:');
    const entries = [
      entry('bad', { endpoint: 'javascript:alert(1)' }),
      entry('old', { queuedAt: NOW - policy.maxAgeMs - 1 }),
      entry('toggle-1', { replaces: 'bookmark:x', queuedAt: NOW - 3 }),
      entry('toggle-2', { replaces: 'bookmark:x', queuedAt: NOW - 2 }),
      entry('other-endpoint', { replaces: 'bookmark:x', endpoint: 'https://example.net/', queuedAt: NOW - 4 }),
      entry('a', { queuedAt: NOW - 1 }),
      entry('b', { queuedAt: NOW }),
    ];
    expect(Object.fromEntries(pruneReasons(policy, entries, NOW, sendable))).to.deep.equal({
      bad: 'unsendable',
      old: 'expired',
      'toggle-1': 'replaced',
      // Four left, three allowed: the first of them in queue order goes.
      'toggle-2': 'full',
    });
    expect(pruneReasons(policy, [entry('a'), entry('b')], NOW, sendable).size).to.equal(0);
  });

  it('spends a per-minute budget, gives back what was not used, and says when a slot frees up', () => {
    const sentAt: number[] = [];
    expect(takeBudget(policy, sentAt, NOW)).to.equal(true);
    expect(takeBudget(policy, sentAt, NOW + 10)).to.equal(true);
    expect(takeBudget(policy, sentAt, NOW + 20), 'the third in a minute').to.equal(false);
    expect(budgetFreeAt(policy, sentAt, NOW + 20)).to.equal(NOW + MINUTE);
    returnBudget(sentAt, NOW + 10);
    expect(budgetFreeAt(policy, sentAt, NOW + 20)).to.equal(NOW + 20);
    expect(takeBudget(policy, sentAt, NOW + 30)).to.equal(true);
    expect(takeBudget(policy, sentAt, NOW + MINUTE), 'the first slot is a minute old').to.equal(true);
    expect(sentAt).to.deep.equal([NOW + 30, NOW + MINUTE]);
  });

  it('trusts only well-formed entries whose body carries their id', () => {
    expect(isEntry(entry('a'))).to.equal(true);
    expect(isEntry({ ...entry('a'), body: { submissionId: 'b' } })).to.equal(false);
    expect(isEntry({ ...entry('a'), attempts: '1' })).to.equal(false);
    expect(isEntry(null)).to.equal(false);
  });
});
