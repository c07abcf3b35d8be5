/**
 * One image of a gallery: what its thumbnail on the gallery page says, completed from its attachment
 * page by `expandRecord`. Records come back from the hits cache as plain JSON, so readers check types.
 */
export interface WwiiRecord {
  /** Key of the gallery the thumbnail is on (`ussr tanks-2 t-34`). */
  gallery: string;
  /** The attachment page the thumbnail links to, as written on the gallery page (absolute once expanded). */
  attachmentUrl: string | null;
  /** The thumbnail image as written on the gallery page (`…/_cache/Name-150x150.jpg`). */
  thumbnailUrl: string | null;
  /** The thumbnail's `alt` text. */
  alt: string | null;
  /** The caption printed under the thumbnail on the gallery page. */
  galleryCaption: string | null;
  /** From the attachment page: its heading. */
  title?: string | null;
  /** From the attachment page: its caption. */
  caption?: string | null;
  /** From the attachment page: the link to the full-size file, absolute. */
  imageUrl?: string | null;
}
