/**
 * What this browser remembers of the ratings it gave, so a widget thanks rather than asks again.
 * Elements use these with the store (key {@link RATINGS_KEY}); the record functions never touch
 * storage themselves. A rating is sent to a site's endpoint by delivery/ratings.ts.
 */
import type { RatingValue } from '../contract.js';
import { defineCollection } from './collections.js';

/** Store key of what this browser has rated: `{ "<mode>:<itemId>": { rating, ratedAt, submissionId } }`. */
export const RATINGS_KEY = defineCollection('ratings', { kind: 'record' });

/** One remembered rating, under the key `<mode>:<itemId>`. */
export interface RememberedRating {
  rating: RatingValue;
  /** When it was given, epoch milliseconds. */
  ratedAt: number;
  /** The submission that gave it, so only a refusal of that submission forgets it. */
  submissionId?: string;
}

type RememberedRatings = Record<string, RememberedRating>;

/** What the store holds under RATINGS_KEY, or an empty record if it holds something else. */
function toRemembered(value: unknown): RememberedRatings {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as RememberedRatings) : {};
}

/** The rating remembered under `key` in whatever the store holds, if any. Its `rating` is unchecked. */
export function rememberedRating(value: unknown, key: string): RememberedRating | undefined {
  return toRemembered(value)[key];
}

/** The record with `rating` remembered under `key`, replacing any earlier one. */
export function withRating(value: unknown, key: string, rating: RememberedRating): RememberedRatings {
  return { ...toRemembered(value), [key]: rating };
}

/** The record without the rating under `key`, if it is the one `submissionId` gave. */
export function withoutRating(value: unknown, key: string, submissionId: string): RememberedRatings {
  const remembered = toRemembered(value);
  if (remembered[key]?.submissionId !== submissionId) return remembered;
  return Object.fromEntries(Object.entries(remembered).filter(([other]) => other !== key));
}
