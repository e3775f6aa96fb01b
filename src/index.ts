/**
 * map-embed: registers every element. This is the drop-in bundle's entry; bundler users can
 * import single elements from `map-embed/<element>` instead.
 */
export * from './elements/feed/define.js';
export * from './elements/feed/events.js';
export * from './elements/role-card/define.js';
export * from './elements/news-list/define.js';
export * from './elements/case-study-carousel/define.js';
export * from './elements/bookmark-button/define.js';
export * from './elements/bookmark-list/define.js';
export * from './elements/rating-widget/define.js';
export { feedCache, FeedError, loadFeed } from './feed/feed-cache.js';
export { validateFeed } from './feed/validate.js';
export { safeUrl } from './feed/safe-url.js';
export { deliveryQueue } from './delivery/page-queue.js';
export {
  DeliveryQueue,
  newSubmissionId,
  type Delivery,
  type DeliveryState,
  type DropReason,
  type EnqueueOptions,
} from './delivery/delivery-queue.js';
export { PROFESSIONS, type ProfessionId } from './feed/professions.js';
export type * from './feed/types.js';
