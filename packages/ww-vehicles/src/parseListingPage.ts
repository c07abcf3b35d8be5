import { ArchiveResponseError, collapseWhitespace, type Page } from '@hx4/core';
import { load } from 'cheerio';
import { isListingPath, listingByKey } from './Listing.js';
import { folderOf, sitePath } from './sitePaths.js';
import type { VehicleArticle } from './VehicleRecord.js';

/** What a listing says about one article, gathered from every link to it (a thumbnail and a text link). */
interface Mentions {
  texts: string[];
  /** Link titles and thumbnail alt texts, for links without text. */
  labels: string[];
  section: string | null;
}

/**
 * Reads one listing page: every link inside `div.content` to an article in the listing's folder is a vehicle,
 * once, in page order, under the heading (`h2`–`h4`) it follows. Links to other listings, other folders and other
 * sites are not vehicles. A page without `div.content` is an error page or a redesign: asked for again, then the
 * listing fails with that reason. Listings are single pages.
 */
export function parseListingPage(body: unknown, key: string): Page<VehicleArticle> {
  const listing = listingByKey(key);
  if (typeof body !== 'string') throw new ArchiveResponseError(`listing "${key}" answered with a body that is not text`, true);
  const $ = load(body);
  const content = $('div.content').first();
  if (content.length === 0) {
    throw new ArchiveResponseError(`listing "${key}" has no div.content: not the listing page, or the site's markup changed`, true);
  }
  const folder = folderOf(listing.path);
  const articles = new Map<string, Mentions>();
  let section: string | null = null;
  content.find('h2, h3, h4, a[href]').each((_, element) => {
    const node = $(element);
    if (element.tagName !== 'a') {
      section = collapseWhitespace(node.text()) || null;
      return;
    }
    const path = sitePath(node.attr('href') ?? '', listing.path);
    if (path === null || !isArticlePath(path, folder)) return;
    const mentions = articles.get(path) ?? { texts: [], labels: [], section };
    articles.set(path, mentions);
    mentions.texts.push(collapseWhitespace(node.text()));
    mentions.labels.push(...[node.attr('title'), node.find('img').attr('alt')].map((text) => collapseWhitespace(text ?? '')));
  });
  if (articles.size === 0) {
    throw new ArchiveResponseError(`listing "${key}" links no vehicle article inside div.content: the site's markup changed`);
  }
  const records = [...articles].map(([articlePath, mentions]): VehicleArticle => ({
    listing: key,
    name: vehicleName(mentions, articlePath),
    section: mentions.section,
    articlePath,
  }));
  return { records, next: null, total: records.length };
}

function isArticlePath(path: string, folder: string): boolean {
  return path.startsWith(folder) && path.endsWith('.php') && !path.endsWith('/index.php') && !isListingPath(path);
}

/** The first link text, else a link title or thumbnail alt text, else the article's file name. */
function vehicleName({ texts, labels }: Mentions, articlePath: string): string {
  const named = [...texts, ...labels].find((text) => text !== '');
  return (
    named ??
    articlePath
      .slice(articlePath.lastIndexOf('/') + 1, -'.php'.length)
      .replace(/[-_]+/gu, ' ')
      .trim()
  );
}
