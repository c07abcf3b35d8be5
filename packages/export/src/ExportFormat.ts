/** The trainers' formats `hx4 export` writes. */
export const EXPORT_FORMATS = ['webdataset', 'imagefolder', 'openclip-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `all` exports both splits, each into its own part (`train…`, `val…`). */
export const EXPORT_SPLITS = ['train', 'val', 'all'] as const;
export type ExportSplit = (typeof EXPORT_SPLITS)[number];
export type SplitPart = 'train' | 'val';

/** Which text becomes each image's caption, and the dataset column it is read from. */
export const CAPTION_COLUMNS = {
  title: 'title',
  description: 'description',
  enriched: 'enriched_document_description',
  label: 'label',
} as const;
export type CaptionSource = keyof typeof CAPTION_COLUMNS;
export const CAPTION_SOURCES = Object.keys(CAPTION_COLUMNS) as CaptionSource[];

export const splitParts = (split: ExportSplit): SplitPart[] => (split === 'all' ? ['train', 'val'] : [split]);
