import type { SimResponse } from '@hx4/testkit';

/**
 * A JSON answer written the way CONTENTdm's PHP writes it: `/` escaped as `\/` and every non-ASCII
 * character as a `\uXXXX` escape, so a client must decode JSON properly to get "é" back.
 */
export function phpJsonResponse(body: unknown): SimResponse {
  const text = JSON.stringify(body)
    .replaceAll('/', '\\/')
    .replace(/[\u0080-\uffff]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: text };
}

/** CONTENTdm's HTTP 200 error bodies. */
export const ITEM_NOT_FOUND = { code: '-2', message: 'Requested item not found', restrictionCode: '-1' };
export const NOT_COMPOUND = { message: 'Requested item is not compound', code: '-2' };

/** What CONTENTdm answers, as `text/html` with status 200, for an alias it does not have. */
export function unknownCollectionResponse(alias: string): SimResponse {
  return { status: 200, headers: { 'content-type': 'text/html; charset=UTF-8' }, body: `Error looking up collection /${alias}<br>\n` };
}
