import { expect, waitUntil } from '@open-wc/testing';
import { DeliveryQueue, newSubmissionId, QUEUE_KEY, type QueueEntry, type Submission } from './delivery-queue.js';
import { createStore, type Store } from './store.js';
import { FillingStorage } from '../../test/helpers/storage.js';
import { goOffline, testEndpoint } from '../../test/helpers/server.js';
import { captureWarnings } from '../../test/helpers/console.js';

/*
 * Each test keeps its queue in its own in-memory Storage: test files run side by side in pages
 * that share localStorage, and another file clearing `map-embed:*` must not empty this queue
 * mid-test. A "reload" is a new DeliveryQueue over a new store on the same Storage, which is
 * exactly what a new page sees.
 *
 * Offline is simulated by shadowing `navigator.onLine` with an own getter and dispatching the
 * `online` event on window, which is all the queue looks at.
 */

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function submission(extra: Record<string, unknown> = {}): Submission {
  return { submissionId: newSubmissionId(), itemId: 'page-1', rating: 4, ...extra };
}

/** Records every body posted to `url` and can make calls fail or hang; passes the rest through. */
function spyFetch(url: string, plan: (call: number) => 'pass' | 'network' | 'hang' = () => 'pass') {
  const original = window.fetch;
  const bodies: Submission[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const target = String(input instanceof Request ? input.url : input);
    if (!target.includes(url) || init?.method !== 'POST') return original(input, init);
    bodies.push(JSON.parse(String(init?.body)) as Submission);
    const action = plan(bodies.length);
    if (action === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    if (action === 'hang') return new Promise<Response>(() => {});
    return original(input, init);
  };
  return { bodies, restore: () => (window.fetch = original) };
}

describe('deliveryQueue', () => {
  let storage: FillingStorage;
  let store: Store;
  const queues: DeliveryQueue[] = [];

  function newQueue(baseDelayMs = 20): DeliveryQueue {
    const queue = new DeliveryQueue({ store: createStore(storage) });
    queue.baseDelayMs = baseDelayMs;
    queues.push(queue);
    return queue;
  }

  beforeEach(() => {
    storage = new FillingStorage();
    store = createStore(storage);
  });

  afterEach(() => {
    queues.splice(0).forEach((queue) => queue.stop());
  });

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

  it('waits longer after each failure (exponential backoff)', async () => {
    const endpoint = testEndpoint();
    await endpoint.fail(503, 3);
    const queue = newQueue(40);
    const delivery = queue.enqueue(endpoint.url, submission());
    const started = Date.now();
    await delivery.done;
    // Waits of at least 20 + 40 + 80 ms ("equal jitter" keeps at least half of 40, 80, 160).
    expect(Date.now() - started).to.be.at.least(140);
    expect(await endpoint.attempts()).to.equal(4);
  });

  it('does not retry a 4xx: reports it as failed, drops it and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const endpoint = testEndpoint();
      await endpoint.fail(422, 1);
      const queue = newQueue();
      const delivery = queue.enqueue(endpoint.url, submission());
      expect(await delivery.firstAttempt).to.deep.equal({ state: 'failed', status: 422 });
      expect(await delivery.done).to.deep.equal({ state: 'failed', status: 422 });
      await sleep(200);
      expect(await endpoint.attempts()).to.equal(1);
      expect(queue.entries()).to.deep.equal([]);
      expect(warnings.messages.filter((m) => m.includes('422'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

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

  it('does not try while offline, then sends at once on the online event', async () => {
    const endpoint = testEndpoint();
    const backOnline = goOffline();
    let restored = false;
    try {
      const queue = newQueue(60_000);
      const delivery = queue.enqueue(endpoint.url, submission());
      expect(await delivery.firstAttempt).to.deep.equal({ state: 'queued', attempts: 0, reason: 'offline' });
      await sleep(150);
      expect(await endpoint.attempts()).to.equal(0);
      backOnline();
      restored = true;
      expect((await delivery.done).state).to.equal('sent');
      expect(await endpoint.attempts()).to.equal(1);
    } finally {
      if (!restored) backOnline();
    }
  });

  it('survives a reload: a new page sends what the last one left, once, with the same id', async () => {
    const endpoint = testEndpoint();
    await endpoint.fail(503, 1);
    const first = newQueue(60_000);
    const body = submission();
    expect((await first.enqueue(endpoint.url, body).firstAttempt).state).to.equal('queued');
    first.stop();

    const next = newQueue();
    await next.start();
    await waitUntil(async () => (await endpoint.posts()).length === 1, 'not delivered after reload');
    await sleep(100);
    const posts = await endpoint.posts<Submission>();
    expect(posts.map((p) => p.body)).to.deep.equal([body]);
    expect(await endpoint.attempts()).to.equal(2);
    expect(next.entries()).to.deep.equal([]);
  });

  for (const locks of ['with Web Locks', 'with leases alone'] as const) {
    it(`lets only one of two tabs send a left-over entry (${locks})`, async () => {
      if (locks === 'with leases alone') Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined });
      try {
        const endpoint = testEndpoint();
        await endpoint.fail(503, 1);
        const first = newQueue(60_000);
        first.enqueue(endpoint.url, submission());
        await waitUntil(async () => (await endpoint.attempts()) === 1, 'the first attempt was not made', { timeout: 5000 });
        first.stop();

        const tabA = newQueue();
        const tabB = newQueue();
        await Promise.all([tabA.start(), tabB.start()]);
        await waitUntil(async () => (await endpoint.posts()).length >= 1, 'neither tab sent it', { timeout: 5000 });
        await sleep(150);
        expect(await endpoint.attempts()).to.equal(2);
        expect((await endpoint.posts()).length).to.equal(1);
      } finally {
        delete (navigator as { locks?: unknown }).locks;
      }
    });
  }

  it('leaves an entry claimed by a page that closed mid-send until its lease runs out', async () => {
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
      await sleep(150);
      expect(await endpoint.attempts()).to.equal(0);
      await waitUntil(async () => (await endpoint.posts()).length === 1, 'not sent after the lease ran out');
      const [post] = await endpoint.posts<Submission>();
      expect(post!.at - claimedAt).to.be.at.least(350);
      expect(post!.body.submissionId).to.equal(body.submissionId);
    } finally {
      spy.restore();
      delete (navigator as { locks?: unknown }).locks;
    }
  });

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
      const queue = new DeliveryQueue({ store: blocked });
      queues.push(queue);
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
