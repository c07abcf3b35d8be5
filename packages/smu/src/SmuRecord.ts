import { v } from '@hx4/core';
import { fieldMapSchema } from './FieldMap.js';

/**
 * A compound object's page, as `dmGetCompoundObjectInfo` lists it: the page's own pointer (its image in
 * IIIF), title and file name (e.g. `1234.jp2`; null when the object does not say).
 */
const compoundPageSchema = v.object({ pointer: v.number(), title: v.nullable(v.string()), file: v.nullable(v.string()) });

/**
 * One record of a `dmQuery` answer, completed by `expandRecord`, in the shapes the recorded answers show
 * (test/fixtures/real). The collection's own fields are open: the search fields (`SEARCH_FIELDS`: `title`,
 * `date`, `formge`…) and `info` hold whatever each collection catalogues, text or `{}` for an empty field,
 * and are read by `fieldText`.
 */
export const smuRecordSchema = v.looseObject({
  /** The collection as `/alias`. */
  collection: v.optional(v.string()),
  /** A number in dmQuery answers, digits in others. */
  pointer: v.optional(v.union([v.number(), v.string()])),
  /** `jp2`, `jpg`, `tif`... for an image; `cpd` for a compound object; `pdf`, `mp4`... otherwise. */
  filetype: v.optional(v.string()),
  /** -1 for a top-level record; a page listed on its own names its object, as digits. */
  parentobject: v.optional(v.union([v.number(), v.string()])),
  /** The stored file, e.g. `2240.jp2`. */
  find: v.optional(v.string()),
  /** The item's metadata (`dmGetItemInfo`): field nick → text. For a page: its parent's. */
  info: v.optional(v.record(v.string(), v.unknown())),
  /**
   * How the record's collection names its fields, from its field table (`dmGetCollectionFieldInfo`), set by
   * `expandRecord`. Absent in hits cached by older versions: then the nick table is used.
   */
  fieldMap: v.optional(fieldMapSchema),
  /** Set on the records a compound object is expanded into: the image page this record stands for. */
  page: v.optional(compoundPageSchema),
});

export type SmuRecord = v.InferOutput<typeof smuRecordSchema>;
export type CompoundPage = v.InferOutput<typeof compoundPageSchema>;
