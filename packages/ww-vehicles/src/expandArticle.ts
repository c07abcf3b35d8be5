import type { AdapterOptions, DetailFetcher } from '@hx4/core';
import { listingByKey } from './Listing.js';
import { parseArticle } from './parseArticle.js';
import { siteUrl } from './sitePaths.js';
import type { VehicleImage, VehicleRecord } from './VehicleRecord.js';

/**
 * Fetches a vehicle's article (through the core's caching fetcher) and makes one record per vehicle picture in
 * it. War and country come from the listing; a listing of several countries (WW1) takes the article's flag.
 * Throws, with a short reason the core counts as the record's drop, for an article without `div.content` or
 * without any vehicle picture.
 */
export async function expandArticle(record: VehicleRecord, fetch: DetailFetcher, options: AdapterOptions): Promise<VehicleImage[]> {
  const listing = listingByKey(record.listing);
  const articleUrl = siteUrl(options.endpoint, record.articlePath);
  const article = parseArticle(await fetch.getText(articleUrl, { Accept: 'text/html' }), articleUrl);
  if (article.images.length === 0) throw new Error('article has no vehicle picture');
  const { name, section, articlePath } = record;
  return article.images.map((image) => ({
    listing: listing.key,
    name,
    section,
    articlePath,
    articleUrl,
    imageUrl: image.url,
    caption: image.caption,
    alt: image.alt,
    war: listing.war,
    country: listing.country ?? article.flagCountry,
  }));
}
