/** Stands in for the site while links are resolved, so cached records hold paths that fit any endpoint. */
const PLACEHOLDER_ORIGIN = 'http://site.invalid';
/** The encyclopedia's own host names, for pages that link to themselves absolutely. */
const SITE_HOSTS = new Set(['truck-encyclopedia.com', 'www.truck-encyclopedia.com']);

/** The site path `href` on the page at `pagePath` points to (fragment and query dropped); null for another site. */
export function sitePath(href: string, pagePath: string): string | null {
  const base = PLACEHOLDER_ORIGIN + pagePath;
  if (!URL.canParse(href, base)) return null;
  const url = new URL(href, base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.origin !== PLACEHOLDER_ORIGIN && !SITE_HOSTS.has(url.hostname)) return null;
  return url.pathname;
}

/** A site path on the endpoint, which may itself have a path (a simulator mount). */
export function siteUrl(endpoint: string, path: string): string {
  return endpoint.replace(/\/+$/u, '') + path;
}

/** The folder of a page's path, with its trailing slash: `/ww2/us/us-trucks.php` → `/ww2/us/`. */
export function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}
