import { nonBlankText } from '@hx4/core';
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import { isText, type Element } from 'domhandler';
import { FLAG_COUNTRIES, imageFileName, isVehiclePicture } from './siteImages.js';

export interface ArticleImage {
  /** Absolute; the larger version when the picture links to one. */
  url: string;
  caption: string | null;
  alt: string | null;
}

export interface Article {
  /** The vehicle pictures inside `div.content`, once each, in page order. */
  images: ArticleImage[];
  /** The country of the first national flag in the article; null without one. */
  flagCountry: string | null;
}

/** Elements a caption under a picture is set in. */
const CAPTION = 'em, i, .caption, .legend';

/**
 * Reads a vehicle article: the pictures inside its `div.content` (flags, GIFs, slides, icons and tiny images left
 * out), each with the caption of its own container, and the country its flag shows. Throws when the article has
 * no `div.content`: a moved page or a redesign, which the core drops the record for.
 */
export function parseArticle(html: string, articleUrl: string): Article {
  const $ = load(html);
  const content = $('div.content').first();
  if (content.length === 0) throw new Error('article has no div.content');
  const images = new Map<string, ArticleImage>();
  let flagCountry: string | null = null;
  content.find('img').each((_, element) => {
    const img = $(element);
    const url = pictureUrl(img, articleUrl);
    if (url === null) return;
    flagCountry ??= FLAG_COUNTRIES.get(imageFileName(url)) ?? null;
    if (!isVehiclePicture(url, { width: img.attr('width'), height: img.attr('height'), className: img.attr('class') })) return;
    const picture = largerVersion(img, articleUrl) ?? url;
    if (images.has(picture.href)) return;
    images.set(picture.href, { url: picture.href, caption: captionOf($, img), alt: nonBlankText(img.attr('alt')) });
  });
  return { images: [...images.values()], flagCountry };
}

/** Lazy-loaded pictures keep the real one in `data-src` (`src` is a placeholder); then `src`, then `srcset`. */
function pictureUrl(img: Cheerio<Element>, base: string): URL | null {
  const source = [img.attr('data-src'), img.attr('src'), largestSrcsetCandidate(img.attr('srcset'))].find((value) => value?.trim());
  return source ? httpUrl(source.trim(), base) : null;
}

function largestSrcsetCandidate(srcset: string | undefined): string | undefined {
  const candidates = (srcset ?? '')
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/u))
    .filter(([url]) => url)
    .map(([url, descriptor]) => ({ url, size: Number.parseFloat(descriptor ?? '1') || 1 }));
  return candidates.sort((a, b) => b.size - a.size)[0]?.url;
}

/** A thumbnail linking to its full-size picture is collected at full size. */
function largerVersion(img: Cheerio<Element>, base: string): URL | null {
  const href = img.parent('a').attr('href');
  const url = href ? httpUrl(href, base) : null;
  return url && isVehiclePicture(url) ? url : null;
}

/**
 * The picture's own caption: its figure's `figcaption`, else an `em`/`i`/`.caption` right after it (line breaks
 * between allowed), else the text of the table cell holding it. Never a caption further down the page.
 */
function captionOf($: CheerioAPI, img: Cheerio<Element>): string | null {
  const figcaption = nonBlankText(img.closest('figure').find('figcaption').first().text());
  if (figcaption) return figcaption;
  const picture = img.parent('a').length > 0 ? img.parent('a') : img;
  const pictureNode = picture.get(0);
  if (pictureNode === undefined) return null;
  const siblings = picture.parent().contents().toArray();
  const next = siblings
    .slice(siblings.indexOf(pictureNode) + 1)
    .find((node) => !(isText(node) && $(node).text().trim() === '') && !$(node).is('br'));
  if (next && $(next).is(CAPTION)) return nonBlankText($(next).text());
  return nonBlankText(img.closest('td').text());
}

function httpUrl(href: string, base: string): URL | null {
  const url = URL.canParse(href, base) ? new URL(href, base) : null;
  return url?.protocol === 'http:' || url?.protocol === 'https:' ? url : null;
}
