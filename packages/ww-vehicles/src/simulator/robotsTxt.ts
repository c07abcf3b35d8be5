import type { SimContext, SimResponse } from '@hx4/testkit';

/** The site's robots.txt: paths HX4 never needs are disallowed, and a Crawl-delay asked for (0 leaves it out). */
export function robotsTxt(ctx: SimContext, crawlDelaySeconds: number): SimResponse {
  const mount = new URL(ctx.endpoint).pathname;
  const lines = ['User-agent: *', `Disallow: ${mount}/cgi-bin/`, `Disallow: ${mount}/search.php`];
  if (crawlDelaySeconds > 0) lines.push(`Crawl-delay: ${crawlDelaySeconds}`);
  return ctx.text(200, `${lines.join('\n')}\n`, 'text/plain; charset=utf-8');
}
