import { createContext } from '@lit/context';

/**
 * What `<map-feed>` gives its descendants: the absolute URL of its feed. Consumers load it
 * through the shared cache, so provider and consumers share one request and one parsed feed.
 * `Symbol.for` lets two separately bundled copies of the library meet through one key.
 */
export interface FeedSource {
  url: string;
}

export const feedContext = createContext<FeedSource | undefined>(Symbol.for('map-embed.feed'));
