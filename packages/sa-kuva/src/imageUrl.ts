import { stringValues } from '@hx4/core';

/**
 * Where Finna's relative image paths live: the endpoint without its API version path
 * (`https://api.finna.fi/v1` → `https://api.finna.fi`), so a simulator endpoint serves its own images.
 */
export function imageBase(endpoint: string): string {
  return endpoint.replace(/\/+$/u, '').replace(/(?:\/api)?\/v1$/u, '');
}

/**
 * The record's first image at Finna's `large` size, from the path the record itself lists (never a URL built
 * from the id). Null when the record lists no usable image.
 */
export function largeImageUrl(images: unknown, endpoint: string): string | null {
  const path = stringValues(images)[0]?.trim();
  if (!path) return null;
  const absolute = path.startsWith('/') && !path.startsWith('//') ? `${imageBase(endpoint)}${path}` : path;
  if (!URL.canParse(absolute)) return null;
  const url = new URL(absolute);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.searchParams.set('size', 'large');
  return url.href;
}
