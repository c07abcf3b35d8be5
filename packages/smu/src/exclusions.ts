/*
 * What the SMU adapter refuses, as data. Unlike the reference, which dropped every record whose any field
 * held any word of a long list (so "photographic print" or "Back row" sank genuine photographs), only the
 * type, format and genre fields are read, and a term must be a whole word or phrase of them.
 */

/** Genres and formats of things that are not photographs (lower-case; plurals match too). */
export const EXCLUDED_GENRES: readonly string[] = [
  'advertisement',
  'atlas',
  'badge',
  'bible',
  'book cover',
  'brasswork',
  'broadside',
  'brochure',
  'copperwork',
  'correspondence',
  'currency',
  // TeVA catalogues its printed death indexes as "Still image" whose medium is "Death records".
  'death record',
  'diary',
  'diaries',
  'document',
  'drawing',
  'engraving',
  'ephemera',
  'etching',
  'greeting card',
  'letter',
  'lithograph',
  'manuscript',
  'map',
  'matchcover',
  'medal',
  'memorabilia',
  'metalwork',
  'newspaper',
  'painting',
  'pamphlet',
  'pencil work',
  'periodical',
  'poetry',
  'porcelain enamel',
  'postcard',
  'poster',
  'promotional material',
  'relief print',
  'scrapbook',
  'sheet music',
  'sketch',
  'sketchbook',
  'telegram',
  'ticket',
  'timetable',
  'typescript',
  'viewbook',
  'vital record',
  'watercolor',
  'woodcut',
];

/** File types CONTENTdm serves as images through IIIF; `cpd` is a compound object, expanded into its pages. */
export const IMAGE_FILETYPES: ReadonlySet<string> = new Set(['jp2', 'jpg', 'jpeg', 'tif', 'tiff', 'png', 'gif']);
export const COMPOUND_FILETYPE = 'cpd';
