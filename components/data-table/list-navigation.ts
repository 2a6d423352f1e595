// Which clicks and form submissions inside a list change only its view (the same path with other
// search params) and so belong to the list's transition. Pure, for list-transition.tsx.

function samePage(url: URL, origin: string, pathname: string): boolean {
  return url.origin === origin && url.pathname === pathname;
}

/** `path?search` of a link to the same list, or null for a link elsewhere or to an anchor. */
export function listNavigationHref(href: string, origin: string, pathname: string): string | null {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return null;
  }
  if (!samePage(url, origin, pathname) || url.hash) return null;
  return url.pathname + url.search;
}

/** The URL a GET form would load, when it is the same list; null otherwise. Files are left out. */
export function listSubmitHref(action: string, data: FormData, origin: string, pathname: string): string | null {
  let url: URL;
  try {
    url = new URL(action || pathname, origin);
  } catch {
    return null;
  }
  if (!samePage(url, origin, pathname)) return null;
  const params = new URLSearchParams();
  for (const [key, value] of data.entries()) if (typeof value === "string") params.append(key, value);
  const qs = params.toString();
  return qs ? `${url.pathname}?${qs}` : url.pathname;
}
