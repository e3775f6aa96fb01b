// How a React intranet uses map-embed, type-checked (never run) so the published types can't rot:
// each line with @ts-expect-error must stay an error, the rest must stay valid.
import { useState } from 'react';
import { MapBookmarkButtonElement, type MapBookmarkChangeEvent } from 'map-embed/bookmark-button';
import {
  MapBookmarkButton,
  MapBookmarkList,
  MapCaseStudyCarousel,
  MapFeed,
  MapNewsList,
  MapRatingWidget,
  MapRoleCard,
} from 'map-embed/react';
import { feedCache, type Feed } from 'map-embed';

export function MapsHub() {
  const [saved, setSaved] = useState<string[]>([]);
  const [feed, setFeed] = useState<Feed>();
  return (
    <MapFeed src="/feeds/maps.json" onMapFeedLoad={(event) => setFeed(event.detail.feed)} onMapFeedError={(event) => console.warn(event.detail.error.message)}>
      <MapRoleCard profession="physician-associate" layout="full" headingLevel={2} />
      <MapNewsList limit={3} tag="regulation" more headingLevel={2} />
      <MapCaseStudyCarousel label="Case studies" />
      <MapBookmarkButton
        itemId="role-physician-associate"
        onMapBookmarkChange={(event) => {
          const bookmarked: boolean = event.detail.bookmarked;
          if (bookmarked) setSaved([...saved, event.detail.id]);
        }}
      />
      <MapBookmarkList limit={5} onMapBookmarkChange={(event) => setSaved(saved.filter((id) => id !== event.detail.id))} />
      <MapRatingWidget mode="useful" itemId="maps-hub" onMapRatingSubmit={(event) => console.log(event.detail.submissionId, event.detail.rating)} />
      <p>{feed?.roles.length ?? 0} roles</p>
      {/* @ts-expect-error layout is 'compact' | 'full' */}
      <MapRoleCard profession="physician-associate" layout="wide" />
      {/* @ts-expect-error the event's detail has no such field */}
      <MapBookmarkButton onMapBookmarkChange={(event) => event.detail.nope} />
    </MapFeed>
  );
}

// The DOM side: tag names and events are typed too.
const button: MapBookmarkButtonElement = document.createElement('map-bookmark-button');
button.addEventListener('map-bookmark-change', (event: MapBookmarkChangeEvent) => event.detail.bookmarked);
document.querySelector('map-rating-widget')?.addEventListener('map-rating-submit', (event) => event.detail.itemId);
// The events bubble and are composed; document and window listeners are typed as well.
document.addEventListener('map-feed-error', (event) => event.detail.url);
window.addEventListener('map-bookmark-change', (event) => event.detail.bookmarked);
feedCache.clear();
