/*
 * What the Europeana adapter refuses, as data. Every list is lower-case and matched on lower-cased,
 * whitespace-collapsed text (the reference's capitalised entries could never match).
 */

/** Data providers whose photographs are museum objects, medical or art collections, not scenes. Whole name. */
export const EXCLUDED_PROVIDERS: readonly string[] = [
  'estonian filmarchives',
  'mak – museum of applied arts',
  'mak - museum of applied arts',
  'magnus-hirschfeld-gesellschaft',
  'museum of world culture',
  'wellcome collection',
];

/** Artists and studios whose items are artworks or reproductions. Part of a creator ("L. Westhoff"). */
export const EXCLUDED_CREATORS: readonly string[] = [
  'antonia prodromou',
  'marcel janco',
  'reuven rubin',
  'stoedtner, franz',
  'takács dezső',
  'westhoff',
];

/**
 * Concept labels of objects that are not photographs of a scene. Whole label, or one part of a
 * subject heading such as `Teatro-Málaga-Carteles` (Spanish providers name the form last: engravings,
 * posters).
 */
export const EXCLUDED_SUBJECTS: readonly string[] = [
  'banknote',
  'book',
  'cartography',
  'carteles',
  'carteles taurinos',
  'ceramics',
  'coin',
  'costume',
  'drawing',
  'engraving',
  'furniture',
  'grabados',
  'illustration',
  'jewellery',
  'letter',
  'lithograph',
  'manuscript',
  'map',
  'medal',
  'newspaper',
  'painting',
  'postage stamp',
  'postcard',
  'poster',
  'recreational artifacts (hierarchy name )',
  'sculpture',
  'sheet music',
  'silver',
  'textile',
  'watercolor',
];

/**
 * Words in a title or English description that mark a document, artwork or reproduction. Matched at
 * the start of a word, so plurals count ("posters") but "withdrawing" is not "drawing".
 */
export const USELESS_TERMS: readonly string[] = [
  '3d (hbim)',
  'diagram',
  'diploma',
  'drawing',
  'fragment of a letter',
  'handboek',
  'handbook',
  'kriegserrinnerungen',
  'machtiging tot',
  'newspaper repro',
  'orthophoto',
  'photo envelope',
  'poster',
  'studio photo',
  'textheft',
  'οι νεκροι μας',
];

/**
 * Extensions of media URLs that name something other than a picture: documents, pages, data, sound,
 * video, archives. Everything else, script URLs (`.cmd`, `.php`, `.aspx`...) and other image formats
 * included, goes to the image stage, which judges the bytes.
 */
export const NON_IMAGE_EXTENSIONS: readonly string[] = [
  // documents and pages
  'pdf',
  'epub',
  'djvu',
  'doc',
  'docx',
  'odt',
  'rtf',
  'txt',
  'htm',
  'html',
  'xhtml',
  'xml',
  'json',
  'csv',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  // sound
  'mp3',
  'wav',
  'ogg',
  'oga',
  'flac',
  'aac',
  'm4a',
  'wma',
  'mid',
  // video
  'mp4',
  'm4v',
  'mov',
  'avi',
  'wmv',
  'mkv',
  'webm',
  'ogv',
  'mpg',
  'mpeg',
  'flv',
  // archives and 3D models
  'zip',
  'rar',
  'gz',
  'tar',
  'obj',
  'stl',
  'glb',
  'gltf',
  'ply',
];

/**
 * Title words that say nothing about the picture, on top of the English stop words. A small built-in
 * list so the package works installed on its own; a run adds the project's misc/meaningless_words.txt
 * (`AdapterOptions.meaninglessWords`).
 */
export const MEANINGLESS_TITLE_WORDS: ReadonlySet<string> = new Set([
  'copy',
  'detail',
  'document',
  'foto',
  'fotografie',
  'image',
  'img',
  'item',
  'n/a',
  'negative',
  'no',
  'none',
  'object',
  'photo',
  'photograph',
  'photography',
  'picture',
  'print',
  'scan',
  'title',
  'unidentified',
  'unknown',
  'unnamed',
  'untitled',
  'view',
]);
