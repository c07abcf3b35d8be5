/**
 * The site root of a CONTENTdm endpoint: `https://digitalcollections.smu.edu`, also when given with the
 * website's `/digital` path or a trailing slash. The API, IIIF and item pages all hang off it.
 */
export function siteRoot(endpoint: string): string {
  return endpoint.replace(/\/+$/u, '').replace(/\/digital$/u, '');
}

/** A call of the documented server API: `<site>/digital/bl/dmwebservices/index.php?q=<function>/<params>/json`. */
export function dmwebservicesUrl(endpoint: string, functionName: string, params: readonly (string | number)[]): string {
  return `${siteRoot(endpoint)}/digital/bl/dmwebservices/index.php?q=${[functionName, ...params, 'json'].join('/')}`;
}

/** The public item page, the record's `doc_url`. */
export function itemPageUrl(endpoint: string, alias: string, pointer: number): string {
  return `${siteRoot(endpoint)}/digital/collection/${alias}/id/${pointer}`;
}

/** IIIF Image API 2 sizes: `max`, `full`, `w,`, `,h`, `pct:n`, `w,h`, `!w,h`. */
const IIIF_SIZE = /^(?:max|full|\d+,|,\d+|pct:\d+(?:\.\d+)?|!?\d+,\d+)$/u;

export function checkIiifSize(size: string): string {
  if (!IIIF_SIZE.test(size)) throw new Error(`IIIF size must be max, full, w, ,h, pct:n, w,h or !w,h; got "${size}"`);
  return size;
}

/** An image through the IIIF Image API 2, as CONTENTdm's hosted Cantaloupe serves it. */
export function iiifImageUrl(endpoint: string, alias: string, pointer: number, size: string): string {
  return `${siteRoot(endpoint)}/iiif/2/${alias}:${pointer}/full/${size}/0/default.jpg`;
}
