/**
 * The site's flag images (lower-cased file names, as the reference collector listed them) and the country each
 * stands for; null for the alliance flags.
 */
export const FLAG_COUNTRIES: ReadonlyMap<string, string | null> = new Map([
  ['gb_r.gif', 'United Kingdom'],
  ['uk_r.gif', 'United Kingdom'],
  ['uk_r.jpg', 'United Kingdom'],
  ['unitedkingdom_r.jpg', 'United Kingdom'],
  ['france_r.jpg', 'France'],
  ['russ_r.jpg', 'Russia'],
  ['usa_r.jpg', 'United States'],
  ['italy_r.jpg', 'Italy'],
  ['italww2_r.jpg', 'Italy'],
  ['jap_r.jpg', 'Japan'],
  ['jp_r.jpg', 'Japan'],
  ['belgium_r.jpg', 'Belgium'],
  // The author writes in French: "all" is Allemagne, the imperial German flag of the WW1 pages.
  ['all_imperial_r.jpg', 'Germany'],
  ['austriahun_r.gif', 'Austria-Hungary'],
  ['turkey_r.jpg', 'Ottoman Empire'],
  ['canada_r.jpg', 'Canada'],
  ['poland_r.jpg', 'Poland'],
  ['soviet_r.jpg', 'Soviet Union'],
  ['ussr_r.jpg', 'Soviet Union'],
  ['czech_r.jpg', 'Czechoslovakia'],
  ['germany_r.jpg', 'Germany'],
  ['nazi_r.jpg', 'Germany'],
  ['china_r.jpg', 'China'],
  ['east-germany_r.jpg', 'East Germany'],
  ['west-germany_r.jpg', 'West Germany'],
  ['axis_r.jpg', null],
  ['allies_r.jpg', null],
]);

/** Other site furniture found inside articles: an advertisement, an organisation chart. */
const DECORATIONS = new Set(['challenge-coins.jpg', 'wehrmacht_structure_1939-1945.png']);
/** Photographs and drawings; GIFs on the site are icons and animations, never vehicle photographs. */
const PICTURE_FILE = /\.(?:jpe?g|png|webp)$/u;
/** The home page slideshow, also dropped into some articles. */
const SLIDE = /^slide\d+\./u;
const ICON = /(?:^|[/_.-])(?:ico|icons?)(?:[/_.-]|$)/u;
/** Anything smaller on a side (by its width/height attributes) is an icon or a button. */
export const MIN_IMAGE_SIDE = 100;

/** The lower-cased file name of an image URL. */
export function imageFileName(url: URL): string {
  const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

export interface ImageAttributes {
  width?: string;
  height?: string;
  className?: string;
}

/** False for flags, GIFs, slides, icons, tiny images and the site's decorations: what is left shows a vehicle. */
export function isVehiclePicture(url: URL, attributes: ImageAttributes = {}): boolean {
  const file = imageFileName(url);
  if (!PICTURE_FILE.test(file) || FLAG_COUNTRIES.has(file) || DECORATIONS.has(file) || SLIDE.test(file)) return false;
  if (ICON.test(url.pathname.toLowerCase()) || /\b(?:icon|flag)\b/iu.test(attributes.className ?? '')) return false;
  return ![attributes.width, attributes.height].some((side) => {
    const pixels = /^\s*(\d+)(?:px)?\s*$/u.exec(side ?? '');
    return pixels !== null && Number(pixels[1]) < MIN_IMAGE_SIDE;
  });
}
