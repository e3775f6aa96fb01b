/** The page's address without its fragment: `#section` links are the same page. */
export function pageUrl(): string {
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}

/**
 * What identifies "this page" for bookmarks and ratings: its `<link rel="canonical">` (so one
 * page reached through several addresses counts once), else its address without the fragment.
 */
export function currentPageId(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  if (canonical) {
    try {
      const url = new URL(canonical.getAttribute('href')!, document.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // An unusable canonical link is ignored, as search engines do.
    }
  }
  return pageUrl();
}
