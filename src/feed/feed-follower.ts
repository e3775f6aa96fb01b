import { TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedSources, onFeedReload, onFeedUpdate, peekFeed } from './feed-cache.js';
import type { Feed } from './types.js';

/**
 * Keeps a host that loads a feed through a Task in step with the shared cache while it is
 * connected: when anyone's "Try again" reloads its URL it loads again (if its own load had
 * failed), and when the shown copy of one of its feeds changes (the fresh feed replaced a saved
 * copy, or the saved copy is now marked out of date) it hands the host the feed as it stands now.
 * Both `<map-feed>` and every element's FeedController follow the cache this one way.
 */
export class FeedFollower implements ReactiveController {
  #stop?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly task: { readonly status: TaskStatus; run(): Promise<void> },
    private readonly url: () => string | undefined,
    private readonly updated: (url: string, feed: Feed) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#stop) return;
    const stopReloads = onFeedReload((url) => {
      if (url === this.url() && this.task.status === TaskStatus.ERROR) void this.task.run();
    });
    const stopUpdates = onFeedUpdate((source) => {
      const url = this.url();
      if (url === undefined || !feedSources(url).includes(source)) return;
      let feed: Feed | undefined;
      try {
        feed = peekFeed(url);
      } catch {
        return;
      }
      if (feed) this.updated(url, feed);
    });
    this.#stop = () => {
      stopReloads();
      stopUpdates();
    };
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
