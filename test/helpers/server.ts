/** Talking to the test server's routes (test/server/test-server.js) from browser tests. */

let counter = 0;

/** A URL no other test uses, so request counts and caches never leak between tests. */
export function uniqueUrl(path: string): string {
  const url = new URL(path, location.href);
  url.searchParams.set('t', `${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 8)}`);
  return url.pathname + url.search;
}

/** How many times the server has been asked for `url` (a path with its query). */
export async function requestCount(url: string): Promise<number> {
  const response = await fetch(`/__test/count?url=${encodeURIComponent(url)}`);
  return ((await response.json()) as { count: number }).count;
}

export interface RecordedPost<T = unknown> {
  body: T;
  contentType: string;
  at: number;
}

/** A recording endpoint with its own name, fresh for each test. */
// Random as well as counted: two test files run side by side in Chromium, each page with its own
// counter, and a name they both made in the same millisecond would mix their posts.
export function testEndpoint(name = `ep-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 10)}`) {
  const base = `/__test/endpoint/${name}`;
  return {
    url: base,
    async fail(status: number, times = 1, location?: string): Promise<void> {
      const to = location === undefined ? '' : `&location=${encodeURIComponent(location)}`;
      await fetch(`${base}/fail?status=${status}&times=${times}${to}`);
    },
    async posts<T = unknown>(): Promise<RecordedPost<T>[]> {
      return ((await (await fetch(`${base}/log`)).json()) as { posts: RecordedPost<T>[] }).posts;
    },
    async attempts(): Promise<number> {
      return ((await (await fetch(`${base}/log`)).json()) as { attempts: number }).attempts;
    },
    async reset(): Promise<void> {
      await fetch(`${base}/reset`);
    },
  };
}

/**
 * Puts the page "offline" as far as the code under test can tell (navigator.onLine false and an
 * `offline` event); the returned function comes back online and fires `online`.
 */
export function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
  return () => {
    delete (navigator as { onLine?: boolean }).onLine;
    window.dispatchEvent(new Event('online'));
  };
}
