import { v } from '@hx4/core';

/**
 * One image of a gallery: what its thumbnail on the gallery page says, completed from its attachment
 * page by `expandRecord`. HX4 writes these records itself; the schema checks them when they come back
 * from the hits cache as plain JSON.
 */
export const wwiiRecordSchema = v.looseObject({
  /** Key of the gallery the thumbnail is on (`ussr tanks-2 t-34`). */
  gallery: v.string(),
  /** The attachment page the thumbnail links to, as written on the gallery page (absolute once expanded). */
  attachmentUrl: v.nullable(v.string()),
  /** The thumbnail image as written on the gallery page (`…/_cache/Name-150x150.jpg`). */
  thumbnailUrl: v.nullable(v.string()),
  /** The thumbnail's `alt` text. */
  alt: v.nullable(v.string()),
  /** The caption printed under the thumbnail on the gallery page. */
  galleryCaption: v.nullable(v.string()),
  /** From the attachment page: its heading. */
  title: v.optional(v.nullable(v.string())),
  /** From the attachment page: its caption. */
  caption: v.optional(v.nullable(v.string())),
  /** From the attachment page: the link to the full-size file, absolute. */
  imageUrl: v.optional(v.nullable(v.string())),
});

export type WwiiRecord = v.InferOutput<typeof wwiiRecordSchema>;
