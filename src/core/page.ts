/**
 * The page's address without its fragment (`#section` links are the same page) and, unless
 * `withQuery`, without its query string: NHS pages carry identifiers such as NHS numbers or
 * e-mail addresses in queries, and what is sent or stored must not.
 */
export function pageUrl(withQuery: boolean): string {
  const url = new URL(location.href);
  url.hash = '';
  if (!withQuery) url.search = '';
  return url.href;
}

/**
 * What identifies "this page" for bookmarks and ratings: its `<link rel="canonical">` (so one
 * page reached through several addresses counts once), else its address without the fragment
 * (and without the query string when `withQuery` is false).
 */
export function currentPageId(withQuery: boolean): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  if (canonical) {
    try {
      const url = new URL(canonical.getAttribute('href')!, document.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // An unusable canonical link is ignored, as search engines do.
    }
  }
  return pageUrl(withQuery);
}
