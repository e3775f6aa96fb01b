import type { ProfessionId } from './professions.js';

export type { ProfessionId };

/** An image with its text alternative; `alt` is `''` only when the feed marks it decorative. */
export interface FeedImage {
  src: string;
  alt: string;
}

interface ItemBase {
  id: string;
  title: string;
  summary?: string;
  /** Absolute http(s) URL, already checked by `safeUrl()`; absent when the feed's was unsafe. */
  url?: string;
  /** As authored, in feed order. */
  tags: readonly string[];
  /** `_map.last_reviewed` (RFC 3339) as epoch milliseconds. */
  lastReviewed?: number;
  /** `_map.next_review` (RFC 3339) as epoch milliseconds; past it, elements say it is due for review. */
  nextReview?: number;
  /** The `language` of the feed the item came from (BCP 47, e.g. `en-GB`), when it names one. */
  lang?: string;
  /** Who publishes the feed the item came from (its `authors[0].name`, else its home page's host). */
  source?: string;
}

export interface RoleItem extends ItemBase {
  type: 'role';
  profession: ProfessionId;
  image?: FeedImage;
  duties: readonly string[];
  supervision?: string;
  regulation?: string;
  training?: string;
}

export interface NewsItem extends ItemBase {
  type: 'news';
  /** `date_published` as epoch milliseconds; absent when missing or unreadable. */
  published?: number;
}

export interface CaseStudyItem extends ItemBase {
  type: 'case-study';
  organisation: string;
  image?: FeedImage;
  quote?: string;
  person?: string;
}

export type FeedItem = RoleItem | NewsItem | CaseStudyItem;

/** One thing wrong with a feed, located by JSON path. */
export interface FeedProblem {
  /** `error`: the item was skipped. `warning`: a field was dropped, the item kept. */
  severity: 'error' | 'warning';
  /** JSON path such as `$.items[3]._map.profession`. */
  path: string;
  /** The item's `id` when it has a readable one. */
  itemId?: string;
  message: string;
}

/** A checked feed, ready to render. Items are grouped by type; news is newest first. */
export interface Feed {
  /** The absolute URL the feed was loaded from. */
  url: string;
  title: string;
  language?: string;
  /** The feed's `home_page_url`, when it is a safe http(s) URL. */
  homePageUrl?: string;
  /** Who publishes the feed: `authors[0].name`, else the host of `home_page_url`. */
  source?: string;
  /**
   * Set when the feed shown is the copy saved in this browser on an earlier visit because
   * fetching it again failed: when that copy was saved (epoch milliseconds).
   */
  savedAt?: number;
  roles: readonly RoleItem[];
  news: readonly NewsItem[];
  caseStudies: readonly CaseStudyItem[];
  problems: readonly FeedProblem[];
}
