import { isObject } from '@hx4/core';

/**
 * The message of an error CONTENTdm sends as an HTTP 200 JSON body, e.g.
 * `{"code":"-2","message":"Requested item not found","restrictionCode":"-1"}`; null for any other body.
 */
export function contentdmError(body: unknown): string | null {
  if (!isObject(body) || typeof body.message !== 'string') return null;
  const code = typeof body.code === 'string' || typeof body.code === 'number' ? Number(body.code) : NaN;
  if (!(code < 0)) return null;
  return body.message.trim() || `error code ${String(body.code)}`;
}

const UNKNOWN_COLLECTION = /Error looking up collection\s+\/?([^\s<]+)/u;

/** The alias of CONTENTdm's `text/html` "Error looking up collection /x" answer; null for any other text. */
export function unknownCollection(text: string): string | null {
  return UNKNOWN_COLLECTION.exec(text.slice(0, 2000))?.[1] ?? null;
}
