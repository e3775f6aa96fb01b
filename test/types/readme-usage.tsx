// The README's "Install for bundler users" examples, type-checked against the built package.
import type { MapBookmarkChangeEvent } from 'map-embed/bookmark-button';
import { MapBookmarkButton, MapFeed, MapRoleCard } from 'map-embed/react';
import 'map-embed/role-card';
import 'map-embed/news-list';

const button = document.createElement('map-bookmark-button'); // MapBookmarkButtonElement
button.itemId = 'role-physician-associate';
button.addEventListener('map-bookmark-change', (event: MapBookmarkChangeEvent) => {
  console.log(event.detail.id, event.detail.bookmarked);
});
document.querySelector('map-rating-widget')?.addEventListener('map-rating-submit', (event) => {
  console.log(event.detail.rating); // event: MapRatingSubmitEvent
});

export const app = (
  <MapFeed src="/feeds/maps.json" onMapFeedError={(event) => console.warn(event.detail.error.message)}>
    <MapRoleCard profession="physician-associate" layout="full" headingLevel={2} />
    <MapBookmarkButton itemId="role-physician-associate" onMapBookmarkChange={(event) => event.detail.bookmarked} />
  </MapFeed>
);
