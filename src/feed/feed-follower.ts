import { TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { feedSources, onFeedReload, onFeedUpdate, peekFeed } from './feed-cache.js';
import type { Feed } from './types.js';

/**
 * Keeps a host that loads a feed through a Task in step with the shared cache while it is
 * connected: when anyone's "Try again" reloads its URL it loads again (if its own load had
 * failed), and when the shown copy of one of its feeds changes (the fresh feed replaced a saved
 * copy, or the saved copy is now marked out of date) `updated` gets the feed as it stands now.
 * `<map-feed>` and every element's FeedController follow the cache this one way.
 */
export function followFeed(
  host: ReactiveControllerHost,
  task: { readonly status: TaskStatus; run(): Promise<void> },
  url: () => string | undefined,
  updated: (url: string, feed: Feed) => void,
): void {
  let stop: (() => void) | undefined;
  host.addController({
    hostConnected() {
      if (stop) return;
      const stopReloads = onFeedReload((reloaded) => {
        if (reloaded === url() && task.status === TaskStatus.ERROR) void task.run();
      });
      const stopUpdates = onFeedUpdate((source) => {
        const current = url();
        if (current === undefined || !feedSources(current).includes(source)) return;
        let feed: Feed | undefined;
        try {
          feed = peekFeed(current);
        } catch {
          return;
        }
        if (feed) updated(current, feed);
      });
      stop = () => {
        stopReloads();
        stopUpdates();
      };
    },
    hostDisconnected() {
      stop?.();
      stop = undefined;
    },
  });
}
