import type { SimContext, SimResponse } from '@hx4/testkit';

/**
 * The site's robots.txt: like CONTENTdm sites, it keeps crawlers out of the search and admin pages and lets
 * them at the API and IIIF. Paths are written from the server's root (`<mount>/digital/search/`), so the
 * file reads right wherever the simulator serves it from. `crawlDelay` null leaves the Crawl-delay line out.
 */
export function robotsTxt(ctx: SimContext, crawlDelay: number | null): SimResponse {
  const mount = new URL(ctx.endpoint).pathname.replace(/\/+$/u, '');
  const lines = [
    'User-agent: *',
    ...(crawlDelay === null ? [] : [`Crawl-delay: ${crawlDelay}`]),
    `Disallow: ${mount}/digital/search/`,
    `Disallow: ${mount}/digital/admin/`,
    `Disallow: ${mount}/cdm/search/`,
    `Allow: ${mount}/digital/bl/dmwebservices/`,
    `Allow: ${mount}/iiif/`,
    '',
  ];
  return ctx.text(200, lines.join('\n'), 'text/plain; charset=utf-8');
}
