/** WordPress's resized copies: `Name-150x150.jpg` next to (or in a `_cache/` folder below) `Name.jpg`. */
const SIZE_SUFFIX = /-\d+x\d+(\.[a-z0-9]+)$/iu;
const CACHE_FOLDER = '/_cache/';

/**
 * The full-size file a thumbnail was made from: the `_cache/` folder and the `-WxH` size suffix taken
 * out of the URL's path (query strings such as `?ver=` are dropped with it). Null for a URL HX4 cannot read.
 */
export function fullSizeUrl(thumbnailUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(thumbnailUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const folder = url.pathname.lastIndexOf('/') + 1;
  const directory = url.pathname.slice(0, folder);
  const file = url.pathname.slice(folder).replace(SIZE_SUFFIX, '$1');
  const fullDirectory = directory.endsWith(CACHE_FOLDER) ? directory.slice(0, -CACHE_FOLDER.length + 1) : directory;
  return `${url.origin}${fullDirectory}${file}`;
}
