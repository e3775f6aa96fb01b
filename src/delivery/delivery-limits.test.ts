import { expect } from '@open-wc/testing';
import { QUEUE_KEY, type Submission } from './delivery-queue.js';
import type { Store } from '../storage/store.js';
import type { FillingStorage } from '../../test/helpers/storage.js';
import { goOffline, testEndpoint } from '../../test/helpers/server.js';
import { captureWarnings } from '../../test/helpers/console.js';
import { run, runUntil } from '../../test/helpers/clock.js';
import { onFakeClock, submission, useQueues } from '../../test/helpers/delivery.js';
import { waitUntil } from '../../test/helpers/wait.js';

/* The delivery queue's bounds: how many entries, how old, how many requests a minute, what it will not keep. */

describe('deliveryQueue: bounded and polite', () => {
  const queues = useQueues();
  const { newQueue } = queues;
  let storage: FillingStorage;
  let store: Store;
  beforeEach(() => ({ storage, store } = queues.current()));

  it('keeps at most maxEntries, dropping the oldest with one warning, and tells their listeners', async () => {
    const warnings = captureWarnings();
    const backOnline = goOffline();
    try {
      const endpoint = testEndpoint();
      const queue = newQueue();
      queue.maxEntries = 5;
      const deliveries = Array.from({ length: 8 }, () => queue.enqueue(endpoint.url, submission()));
      expect(queue.entries().map((e) => e.id)).to.deep.equal(deliveries.slice(3).map((d) => d.submissionId));
      for (const d of deliveries.slice(0, 3)) expect(await d.done).to.deep.equal({ state: 'dropped', reason: 'full' });
      expect(queue.dropped.full).to.equal(3);
      expect(warnings.messages.filter((m) => m.includes('at most 5'))).to.have.length(3);
    } finally {
      backOnline();
      warnings.restore();
    }
  });

  it('drops entries older than maxAgeMs unsent (a queued comment does not wait for ever)', async () => {
    const warnings = captureWarnings();
    try {
      const endpoint = testEndpoint();
      const old = Date.now() - 8 * 24 * 60 * 60_000;
      const body = submission({ comment: 'waited too long' });
      store.set(QUEUE_KEY, [{ id: body.submissionId, endpoint: new URL(endpoint.url, location.href).href, body, attempts: 9, queuedAt: old, nextAttemptAt: 0 }]);
      const queue = newQueue();
      await queue.start();
      expect(queue.entries()).to.deep.equal([]);
      expect(storage.length).to.equal(0);
      // start() resolves once its attempts are answered: a send would have reached the server.
      expect(await endpoint.attempts()).to.equal(0);
      expect(queue.dropped.expired).to.equal(1);
      expect(warnings.messages.filter((m) => m.includes('older than 7 days'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('collapses changes of one thing to the latest (replaces)', async () => {
    const endpoint = testEndpoint();
    const backOnline = goOffline();
    let online = false;
    try {
      const queue = newQueue();
      const toggles = [true, false, true, false].map((bookmarked) =>
        queue.enqueue(endpoint.url, submission({ itemId: 'item-x', bookmarked }), { replaces: 'bookmark:item-x' }),
      );
      const other = queue.enqueue(endpoint.url, submission({ itemId: 'item-y', bookmarked: true }), { replaces: 'bookmark:item-y' });
      expect(queue.entries().map((e) => e.id)).to.deep.equal([toggles[3]!.submissionId, other.submissionId]);
      for (const t of toggles.slice(0, 3)) expect(await t.done).to.deep.equal({ state: 'dropped', reason: 'replaced' });
      backOnline();
      online = true;
      await Promise.all([toggles[3]!.done, other.done]);
      const posts = await endpoint.posts<Submission>();
      expect(posts.map((p) => [p.body.itemId, p.body.bookmarked]).sort()).to.deep.equal([['item-x', false], ['item-y', true]]);
    } finally {
      if (!online) backOnline();
    }
  });

  it('sends at most maxPerMinute requests a minute from one page; the rest wait', () =>
    onFakeClock(async (clock) => {
      const endpoint = testEndpoint();
      const queue = newQueue();
      queue.maxPerMinute = 3;
      const deliveries = Array.from({ length: 5 }, () => queue.enqueue(endpoint.url, submission()));
      const first = await Promise.all(deliveries.map((d) => d.firstAttempt));
      expect(first.map((a) => a.state)).to.deep.equal(['sent', 'sent', 'sent', 'queued', 'queued']);
      await clock.tickAsync(59_000);
      expect(await endpoint.attempts()).to.equal(3);
      expect(queue.entries()).to.have.length(2);
      // A minute after the first three, the other two go.
      const rest = await runUntil(clock, Promise.all(deliveries.slice(3).map((d) => d.done)), 1_000);
      expect(rest.map((a) => a.state)).to.deep.equal(['sent', 'sent']);
      expect(await endpoint.attempts()).to.equal(5);
    }));

  it('under a flood (endpoint down, 10 ratings and 300 bookmark toggles) stays small and polite', function () {
    this.timeout(15_000);
    return onFakeClock(async (clock) => {
      const warnings = captureWarnings();
      try {
        const endpoint = testEndpoint();
        await endpoint.fail(500, 1000);
        const queue = newQueue(20);
        for (let i = 0; i < 10; i++) queue.enqueue(endpoint.url, submission({ itemId: `page-${i}`, comment: 'x'.repeat(200) }));
        for (let i = 0; i < 300; i++) {
          const itemId = `item-${i % 10}`;
          queue.enqueue(endpoint.url, submission({ itemId, bookmarked: i % 2 === 0 }), { replaces: `bookmark:${itemId}` });
        }
        await run(clock, 2000);
        const bytes = Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i)!)!.length).reduce((a, b) => a + b, 0);
        const attempts = await endpoint.attempts();
        console.log(`flood: ${queue.entries().length} entries (${bytes} bytes), ${attempts} POSTs in 2 s`);
        expect(queue.entries().length).to.be.at.most(20);
        expect(attempts).to.be.at.most(queue.maxPerMinute);
      } finally {
        warnings.restore();
      }
    });
  });

  it('treats a lease too far ahead to be real as expired (no busy loop, sent at once)', () =>
    onFakeClock(async (clock) => {
      const endpoint = testEndpoint();
      const body = submission();
      const farAhead = Date.now() + 25 * 24 * 60 * 60_000; // beyond setTimeout's 2³¹ ms
      store.set(QUEUE_KEY, [
        { id: body.submissionId, endpoint: new URL(endpoint.url, location.href).href, body, attempts: 1, queuedAt: Date.now(), nextAttemptAt: 0, sendingUntil: farAhead, sender: 'x' },
      ]);
      let reads = 0;
      const getItem = storage.getItem.bind(storage);
      storage.getItem = (key: string) => (reads++, getItem(key));
      const queue = newQueue();
      await queue.start();
      await waitUntil(async () => (await endpoint.posts()).length === 1, 'the entry was not sent');
      // A busy loop of zero-delay timers would make the fake clock give up after 1000 of them.
      await run(clock, 300);
      expect(reads, 'storage reads while idle').to.be.below(200);
    }));

  it('clamps a next-attempt time too far ahead to be real: sent now, timers never overflow', async () => {
    const endpoint = testEndpoint();
    const body = submission();
    store.set(QUEUE_KEY, [
      { id: body.submissionId, endpoint: new URL(endpoint.url, location.href).href, body, attempts: 1, queuedAt: Date.now(), nextAttemptAt: Date.now() + 30 * 24 * 60 * 60_000 },
    ]);
    const queue = newQueue();
    await queue.start();
    await waitUntil(async () => (await endpoint.posts()).length === 1, 'the entry was not sent');
  });

  it('drops a stored entry whose endpoint is not http(s), with a warning, and never retries it', async () => {
    const warnings = captureWarnings();
    try {
      const body = submission();
      store.set(QUEUE_KEY, [{ id: body.submissionId, endpoint: 'javascript:alert(1)', body, attempts: 0, queuedAt: Date.now(), nextAttemptAt: 0 }]);
      const queue = newQueue();
      await queue.start();
      expect(queue.entries()).to.deep.equal([]);
      expect(queue.dropped.unsendable).to.equal(1);
      expect(warnings.messages.filter((m) => m.includes('not http(s)'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('does not follow a redirect: the body never reaches the other address, and it is not retried', () =>
    onFakeClock(async (clock) => {
      const warnings = captureWarnings();
      try {
        const endpoint = testEndpoint();
        const elsewhere = testEndpoint();
        await endpoint.fail(307, 1, elsewhere.url);
        const queue = newQueue();
        const delivery = queue.enqueue(endpoint.url, submission());
        const answer = await delivery.done;
        expect(answer.state).to.equal('failed');
        expect(clock.countTimers(), 'no retry planned').to.equal(0);
        await run(clock, 200);
        expect(await elsewhere.attempts(), 'posts that reached the redirect target').to.equal(0);
        expect(await endpoint.attempts()).to.equal(1);
        expect(queue.entries()).to.deep.equal([]);
        expect(warnings.messages.filter((m) => m.includes('redirect'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    }));
});
