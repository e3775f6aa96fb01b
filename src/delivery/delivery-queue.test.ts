import { expect } from '@open-wc/testing';
import { newSubmissionId, QUEUE_KEY, type QueueEntry, type Submission } from './delivery-queue.js';
import { createStore, type Store } from '../storage/store.js';
import type { FillingStorage } from '../../test/helpers/storage.js';
import { onFakeClock, submission, useQueues } from '../../test/helpers/delivery.js';
import { goOffline, testEndpoint } from '../../test/helpers/server.js';
import { captureWarnings } from '../../test/helpers/console.js';
import { run, runUntil } from '../../test/helpers/clock.js';
import { pause, waitUntil } from '../../test/helpers/wait.js';

/*
 * Each test's queues keep their entries in its own in-memory Storage (test/helpers/delivery.ts).
 * Offline is simulated by shadowing `navigator.onLine` with an own getter and dispatching the
 * `online` event on window, which is all the queue looks at.
 */

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Records every body posted to `url` and can make calls fail or hang; passes the rest through. */
function spyFetch(url: string, plan: (call: number) => 'pass' | 'network' | 'hang' = () => 'pass') {
  const original = window.fetch;
  const bodies: Submission[] = [];
  /** Date.now() at each call (the fake clock's, under one). */
  const times: number[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const target = String(input instanceof Request ? input.url : input);
    if (!target.includes(url) || init?.method !== 'POST') return original(input, init);
    bodies.push(JSON.parse(String(init?.body)) as Submission);
    times.push(Date.now());
    const action = plan(bodies.length);
    if (action === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    if (action === 'hang') return new Promise<Response>(() => {});
    return original(input, init);
  };
  return { bodies, times, restore: () => (window.fetch = original) };
}

describe('deliveryQueue', () => {
  const queues = useQueues();
  const { newQueue } = queues;
  let storage: FillingStorage;
  let store: Store;
  beforeEach(() => ({ storage, store } = queues.current()));

  describe('submission ids', () => {
    it('are v4 UUIDs, different every time', () => {
      const ids = new Set(Array.from({ length: 50 }, () => newSubmissionId()));
      expect(ids.size).to.equal(50);
      for (const id of ids) expect(id).to.match(UUID_V4);
    });

    it('are v4 UUIDs from getRandomValues where randomUUID is missing (plain-http intranets)', () => {
      Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: undefined });
      try {
        const ids = new Set(Array.from({ length: 50 }, () => newSubmissionId()));
        expect(ids.size).to.equal(50);
        for (const id of ids) expect(id).to.match(UUID_V4);
      } finally {
        delete (crypto as { randomUUID?: unknown }).randomUUID;
      }
      expect(crypto.randomUUID).to.be.a('function');
    });
  });

  it('stores the submission before the first attempt, then POSTs it as JSON once', async () => {
    const endpoint = testEndpoint();
    const queue = newQueue();
    const body = submission({ comment: 'Clear and useful' });
    const delivery = queue.enqueue(endpoint.url, body);

    const stored = createStore(storage).get<QueueEntry[]>(QUEUE_KEY)!;
    expect(stored.map((entry) => entry.body)).to.deep.equal([body]);
    expect(stored[0]!.endpoint).to.equal(new URL(endpoint.url, location.href).href);

    expect(await delivery.firstAttempt).to.deep.equal({ state: 'sent', status: 201 });
    expect(await delivery.done).to.deep.equal({ state: 'sent', status: 201 });
    const posts = await endpoint.posts<Submission>();
    expect(posts).to.have.length(1);
    expect(posts[0]!.body).to.deep.equal(body);
    expect(posts[0]!.contentType).to.equal('application/json');
    expect(queue.entries()).to.deep.equal([]);
  });

  it('retries 503 → 503 → 200 with the same id and delivers exactly once', async () => {
    const endpoint = testEndpoint();
    await endpoint.fail(503, 2);
    const spy = spyFetch(endpoint.url);
    try {
      const queue = newQueue();
      const body = submission();
      const delivery = queue.enqueue(endpoint.url, body);
      expect(await delivery.firstAttempt).to.deep.equal({ state: 'queued', attempts: 1, reason: 'server', status: 503 });
      expect(await delivery.done).to.deep.equal({ state: 'sent', status: 201 });
      expect(await endpoint.attempts()).to.equal(3);
      expect((await endpoint.posts()).length).to.equal(1);
      expect(spy.bodies.map((b) => b.submissionId)).to.deep.equal([body.submissionId, body.submissionId, body.submissionId]);
    } finally {
      spy.restore();
    }
  });

  for (const status of [408, 429, 500]) {
    it(`retries a ${status}`, async () => {
      const endpoint = testEndpoint();
      await endpoint.fail(status, 1);
      const queue = newQueue();
      const delivery = queue.enqueue(endpoint.url, submission());
      expect((await delivery.done).state).to.equal('sent');
      expect(await endpoint.attempts()).to.equal(2);
    });
  }

  it('waits longer after each failure (exponential backoff)', () =>
    onFakeClock(async (clock) => {
      const endpoint = testEndpoint();
      await endpoint.fail(503, 3);
      const queue = newQueue(40);
      const delivery = queue.enqueue(endpoint.url, submission());
      const started = Date.now();
      await runUntil(clock, delivery.done);
      // Waits of at least 20 + 40 + 80 ms ("equal jitter" keeps at least half of 40, 80, 160).
      expect(Date.now() - started).to.be.at.least(140);
      expect(await endpoint.attempts()).to.equal(4);
    }));

  it('does not retry a 4xx: reports it as failed, drops it and warns once', () =>
    onFakeClock(async (clock) => {
      const warnings = captureWarnings();
      try {
        const endpoint = testEndpoint();
        await endpoint.fail(422, 1);
        const queue = newQueue();
        const delivery = queue.enqueue(endpoint.url, submission());
        expect(await delivery.firstAttempt).to.deep.equal({ state: 'failed', status: 422 });
        expect(await delivery.done).to.deep.equal({ state: 'failed', status: 422 });
        expect(clock.countTimers(), 'no retry planned').to.equal(0);
        await run(clock, 200);
        expect(await endpoint.attempts()).to.equal(1);
        expect(queue.entries()).to.deep.equal([]);
        expect(warnings.messages.filter((m) => m.includes('422'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    }));

  it('keeps a submission through a network error and sends it on the retry, same id', async () => {
    const endpoint = testEndpoint();
    const spy = spyFetch(endpoint.url, (call) => (call === 1 ? 'network' : 'pass'));
    try {
      const queue = newQueue();
      const body = submission();
      const delivery = queue.enqueue(endpoint.url, body);
      expect(await delivery.firstAttempt).to.deep.equal({ state: 'queued', attempts: 1, reason: 'network' });
      expect((await delivery.done).state).to.equal('sent');
      expect((await endpoint.posts<Submission>()).map((p) => p.body.submissionId)).to.deep.equal([body.submissionId]);
      expect(spy.bodies).to.have.length(2);
    } finally {
      spy.restore();
    }
  });

  it('does not try while offline, then sends at once on the online event', () =>
    onFakeClock(async (clock) => {
      const endpoint = testEndpoint();
      const backOnline = goOffline();
      let restored = false;
      try {
        const queue = newQueue(60_000);
        const delivery = queue.enqueue(endpoint.url, submission());
        expect(await delivery.firstAttempt).to.deep.equal({ state: 'queued', attempts: 0, reason: 'offline' });
        await clock.tickAsync(queue.maxDelayMs);
        expect(await endpoint.attempts()).to.equal(0);
        backOnline();
        restored = true;
        expect((await delivery.done).state).to.equal('sent');
        expect(await endpoint.attempts()).to.equal(1);
      } finally {
        if (!restored) backOnline();
      }
    }));

  it('survives a reload: a new page sends what the last one left once it is due, once, with the same id', async () => {
    const endpoint = testEndpoint();
    await endpoint.fail(503, 1);
    const first = newQueue(400);
    const body = submission();
    expect((await first.enqueue(endpoint.url, body).firstAttempt).state).to.equal('queued');
    first.stop();
    const dueAt = createStore(storage).get<QueueEntry[]>(QUEUE_KEY)![0]!.nextAttemptAt;

    const next = newQueue();
    await next.start();
    expect(await endpoint.attempts(), 'nothing sent before the stored next-attempt time').to.equal(1);
    await waitUntil(async () => (await endpoint.posts()).length === 1, 'not delivered after reload');
    const posts = await endpoint.posts<Submission>();
    expect(posts.map((p) => p.body)).to.deep.equal([body]);
    expect(posts[0]!.at).to.be.at.least(dueAt - 5);
    expect(await endpoint.attempts()).to.equal(2);
    expect(next.entries()).to.deep.equal([]);
  });

  it('honours the stored backoff across page loads: five reloads in a row send nothing early', async () => {
    const endpoint = testEndpoint();
    await endpoint.fail(503, 3);
    const first = newQueue(60_000);
    const deliveries = [submission(), submission(), submission()].map((body) => first.enqueue(endpoint.url, body));
    await Promise.all(deliveries.map((d) => d.firstAttempt));
    first.stop();
    expect(await endpoint.attempts()).to.equal(3);
    for (let reload = 0; reload < 5; reload++) {
      const page = newQueue(60_000);
      await page.start();
      page.stop();
    }
    expect(await endpoint.attempts(), 'no page load re-sent anything still backing off').to.equal(3);
    expect(createStore(storage).get<QueueEntry[]>(QUEUE_KEY)!).to.have.length(3);
  });

  for (const locks of ['with Web Locks', 'with leases alone'] as const) {
    it(`lets only one of two tabs send a left-over entry when it falls due (${locks})`, async () => {
      if (locks === 'with leases alone') Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined });
      try {
        const endpoint = testEndpoint();
        await endpoint.fail(503, 1);
        const first = newQueue(300);
        // The 503 is recorded (attempts, next-attempt time, lease let go) before the page closes.
        expect((await first.enqueue(endpoint.url, submission()).firstAttempt).state).to.equal('queued');
        first.stop();
        const [entry] = createStore(storage).get<QueueEntry[]>(QUEUE_KEY)!;
        expect(entry!.sendingUntil).to.equal(0);

        const tabA = newQueue();
        const tabB = newQueue();
        await Promise.all([tabA.start(), tabB.start()]);
        await waitUntil(async () => (await endpoint.posts()).length >= 1, 'neither tab sent it', { timeout: 5000 });
        await waitUntil(() => tabA.entries().length === 0, 'the queue empties');
        expect(await endpoint.attempts()).to.equal(2);
        expect((await endpoint.posts()).length).to.equal(1);
      } finally {
        delete (navigator as { locks?: unknown }).locks;
      }
    });
  }

  it('tells a page when another tab sent its entry while its own first attempt was starting', async () => {
    // Two tabs: this page's enqueue is heard by the other tab, whose flush can claim the new entry,
    // send it and take it out of the queue before this page's first attempt gets to it. The
    // removal then arrives while that attempt is in flight. Here the other tab's removal is
    // written straight after the enqueue, while this page's attempt waits for its Web Lock.
    const endpoint = testEndpoint();
    const { store } = queues.current();
    const queue = newQueue(20, store);
    const body = submission();
    const delivery = queue.enqueue(endpoint.url, body);
    store.update<QueueEntry[]>(QUEUE_KEY, (current) => (current ?? []).filter((entry) => entry.id !== body.submissionId));
    const never = pause(3000).then(() => 'still waiting' as const);
    expect(await Promise.race([delivery.firstAttempt, never])).to.deep.equal({ state: 'elsewhere' });
    expect(await Promise.race([delivery.done, never])).to.deep.equal({ state: 'elsewhere' });
    expect(await endpoint.attempts(), 'this page did not send it again').to.equal(0);
  });

  it('a page that starts while another page is sending leaves it to that page', async () => {
    const endpoint = testEndpoint();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const original = window.fetch;
    let calls = 0;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'POST' && String(input).includes(endpoint.url)) {
        calls++;
        await held;
      }
      return original(input, init);
    };
    try {
      const sending = newQueue();
      const delivery = sending.enqueue(endpoint.url, submission());
      await waitUntil(() => calls === 1, 'the first page is sending');
      const next = newQueue();
      await next.start();
      expect(calls, 'the new page did not send it again').to.equal(1);
      release();
      expect((await delivery.done).state).to.equal('sent');
      await waitUntil(() => next.entries().length === 0, 'the new page sees it gone');
      expect(await endpoint.attempts()).to.equal(1);
    } finally {
      release();
      window.fetch = original;
    }
  });

  it('leaves an entry claimed by a page that closed mid-send until its lease runs out', () =>
    onFakeClock(async (clock) => {
      const endpoint = testEndpoint();
      const spy = spyFetch(endpoint.url, (call) => (call === 1 ? 'hang' : 'pass'));
      // A closed page's Web Locks are released at once; here the "closed" page lives on and would
      // hold its lock for ever, so leave locks out and let the lease alone decide.
      Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined });
      try {
        const closing = newQueue();
        closing.leaseMs = 400;
        const body = submission();
        closing.enqueue(endpoint.url, body);
        const claimedAt = Date.now();
        closing.stop();

        const next = newQueue();
        await next.start();
        await run(clock, 150);
        expect(await endpoint.attempts()).to.equal(0);
        await runUntil(clock, waitUntil(async () => (await endpoint.posts()).length === 1, 'not sent after the lease ran out'));
        const [post] = await endpoint.posts<Submission>();
        expect(spy.times[1]! - claimedAt, 'sent once the lease had run out').to.be.at.least(400);
        expect(post!.body.submissionId).to.equal(body.submissionId);
      } finally {
        spy.restore();
        delete (navigator as { locks?: unknown }).locks;
      }
    }));

  it('sends many rapid submissions once each, and the same id only once', async () => {
    const endpoint = testEndpoint();
    const queue = newQueue();
    const bodies = Array.from({ length: 12 }, () => submission());
    const deliveries = bodies.map((body) => queue.enqueue(endpoint.url, body));
    const again = queue.enqueue(endpoint.url, bodies[0]!);
    await Promise.all([...deliveries, again].map((d) => d.done));
    const posted = (await endpoint.posts<Submission>()).map((p) => p.body.submissionId).sort();
    expect(posted).to.deep.equal(bodies.map((b) => b.submissionId).sort());
    expect(await endpoint.attempts()).to.equal(12);
  });

  it('lets go of its online listener and timers once nothing is queued', async () => {
    const endpoint = testEndpoint();
    await endpoint.fail(503, 1);
    const added: EventListenerOrEventListenerObject[] = [];
    const originalAdd = window.addEventListener;
    const originalRemove = window.removeEventListener;
    window.addEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: unknown) {
      if (type === 'online') added.push(listener);
      return originalAdd.call(this, type, listener, options as AddEventListenerOptions);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: unknown) {
      if (type === 'online') added.splice(added.indexOf(listener), 1);
      return originalRemove.call(this, type, listener, options as EventListenerOptions);
    } as typeof window.removeEventListener;
    try {
      const queue = newQueue();
      const delivery = queue.enqueue(endpoint.url, submission());
      await delivery.firstAttempt;
      expect(added).to.have.length(1);
      await delivery.done;
      expect(added).to.have.length(0);
    } finally {
      window.addEventListener = originalAdd;
      window.removeEventListener = originalRemove;
    }
  });

  it('ignores unreadable stored entries and keeps working', async () => {
    store.set(QUEUE_KEY, [{ nonsense: true }, 'x', null]);
    const endpoint = testEndpoint();
    const queue = newQueue();
    expect(queue.entries()).to.deep.equal([]);
    expect((await queue.enqueue(endpoint.url, submission()).done).state).to.equal('sent');
  });

  it('delivers from memory when storage is blocked', async () => {
    const warnings = captureWarnings();
    try {
      const blocked = createStore(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      const queue = newQueue(2_000, blocked);
      const endpoint = testEndpoint();
      expect((await queue.enqueue(endpoint.url, submission()).done).state).to.equal('sent');
      expect((await endpoint.posts()).length).to.equal(1);
    } finally {
      warnings.restore();
    }
  });

  it('refuses endpoints that are not http(s) and bodies without an id', () => {
    const queue = newQueue();
    expect(() => queue.enqueue('javascript:alert(1)', submission())).to.throw(TypeError);
    expect(() => queue.enqueue('/ok', { submissionId: '' })).to.throw(TypeError);
  });
});
