/**
 * React wrappers for every map-embed element (`map-embed/react`), made with @lit/react: typed
 * props for each element's properties and `on…` props for its events, e.g.
 * `<MapBookmarkButton itemId="…" onMapBookmarkChange={(e) => e.detail.bookmarked} />`.
 * Importing this module registers the elements.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MapBookmarkButtonElement, type MapBookmarkChangeEvent } from '../elements/bookmark-button/define.js';
import { MapBookmarkListElement } from '../elements/bookmark-list/define.js';
import { MapCaseStudyCarouselElement } from '../elements/case-study-carousel/define.js';
import { MapFeedElement } from '../elements/feed/define.js';
import type { MapFeedErrorEvent, MapFeedLoadEvent } from '../elements/feed/events.js';
import { MapNewsListElement } from '../elements/news-list/define.js';
import { MapRatingWidgetElement, type MapRatingSubmitEvent } from '../elements/rating-widget/define.js';
import { MapRoleCardElement } from '../elements/role-card/define.js';

/** `<map-feed>`: provides one feed to the elements inside it. */
export const MapFeed = /* @__PURE__ */ createComponent({
  tagName: 'map-feed',
  elementClass: MapFeedElement,
  react: React,
  displayName: 'MapFeed',
  events: {
    onMapFeedLoad: 'map-feed-load' as EventName<MapFeedLoadEvent>,
    onMapFeedError: 'map-feed-error' as EventName<MapFeedErrorEvent>,
  },
});

/** `<map-role-card>`: a card about one medical associate profession. */
export const MapRoleCard = /* @__PURE__ */ createComponent({
  tagName: 'map-role-card',
  elementClass: MapRoleCardElement,
  react: React,
  displayName: 'MapRoleCard',
});

/** `<map-news-list>`: news from the feed, newest first. */
export const MapNewsList = /* @__PURE__ */ createComponent({
  tagName: 'map-news-list',
  elementClass: MapNewsListElement,
  react: React,
  displayName: 'MapNewsList',
});

/** `<map-case-study-carousel>`: case studies, one at a time. */
export const MapCaseStudyCarousel = /* @__PURE__ */ createComponent({
  tagName: 'map-case-study-carousel',
  elementClass: MapCaseStudyCarouselElement,
  react: React,
  displayName: 'MapCaseStudyCarousel',
});

/** `<map-bookmark-button>`: saves a page to the reader's bookmarks. */
export const MapBookmarkButton = /* @__PURE__ */ createComponent({
  tagName: 'map-bookmark-button',
  elementClass: MapBookmarkButtonElement,
  react: React,
  displayName: 'MapBookmarkButton',
  events: {
    onMapBookmarkChange: 'map-bookmark-change' as EventName<MapBookmarkChangeEvent>,
  },
});

/** `<map-bookmark-list>`: the pages the reader has saved. */
export const MapBookmarkList = /* @__PURE__ */ createComponent({
  tagName: 'map-bookmark-list',
  elementClass: MapBookmarkListElement,
  react: React,
  displayName: 'MapBookmarkList',
  events: {
    onMapBookmarkChange: 'map-bookmark-change' as EventName<MapBookmarkChangeEvent>,
  },
});

/** `<map-rating-widget>`: "Rate this page" or "Is this page useful?". */
export const MapRatingWidget = /* @__PURE__ */ createComponent({
  tagName: 'map-rating-widget',
  elementClass: MapRatingWidgetElement,
  react: React,
  displayName: 'MapRatingWidget',
  events: {
    onMapRatingSubmit: 'map-rating-submit' as EventName<MapRatingSubmitEvent>,
  },
});
