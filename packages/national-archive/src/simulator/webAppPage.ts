import type { SimContext, SimResponse } from '@hx4/testkit';

/** The catalog is a single-page app: every path it does not route answers this shell. */
const WEB_APP_SHELL =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>National Archives Catalog</title></head>' +
  '<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body></html>';

/** What the catalog answers where no API is served: the web app's HTML page, with status 200. */
export function webAppPage(ctx: SimContext): SimResponse {
  return ctx.text(200, WEB_APP_SHELL, 'text/html; charset=utf-8');
}
