import { v } from '@hx4/core';
import { WARS } from './Listing.js';

/** What a listing says of a vehicle article: the fields `parsePage` writes, and every image record keeps. */
const articleFields = {
  /** Key of the listing that links it. */
  listing: v.string(),
  /** The vehicle's name as the listing shows it. */
  name: v.string(),
  /** The listing heading it sits under (e.g. `Half-tracks`); null before the first heading. */
  section: v.nullable(v.string()),
  /** The article's path on the site, e.g. `/ww2/germany/Opel-Blitz.php`. */
  articlePath: v.pipe(v.string(), v.startsWith('/')),
};

/** A vehicle article linked from a listing page, as `parsePage` writes it, and nothing more. */
export const vehicleArticleSchema = v.strictObject(articleFields);

/** One vehicle image of an article: what `expandRecord` makes of an article, one record per image. */
export const vehicleImageSchema = v.looseObject({
  ...articleFields,
  articleUrl: v.string(),
  imageUrl: v.string(),
  /** The image's own caption (figure caption, the `<em>` under it, its table cell). */
  caption: v.nullable(v.string()),
  alt: v.nullable(v.string()),
  war: v.picklist(WARS),
  country: v.nullable(v.string()),
});

/**
 * A record of the hits cache, either shape. HX4 writes these records itself; the schema checks them when they
 * come back as plain JSON. The image comes first: a record that is neither is named by how it fails to be one.
 */
export const vehicleRecordSchema = v.union([vehicleImageSchema, vehicleArticleSchema]);

export type VehicleArticle = v.InferOutput<typeof vehicleArticleSchema>;
export type VehicleImage = v.InferOutput<typeof vehicleImageSchema>;
export type VehicleRecord = v.InferOutput<typeof vehicleRecordSchema>;

export function isVehicleImage(record: VehicleRecord): record is VehicleImage {
  return 'imageUrl' in record;
}
