import type { FieldMap } from './FieldMap.js';

/**
 * A compound object's page, as `dmGetCompoundObjectInfo` lists it: the page's own pointer (its image in
 * IIIF), title and file name.
 */
export interface CompoundPage {
  pointer: number;
  title: string | null;
  /** e.g. `1234.jp2`; null when the object does not say. */
  file: string | null;
}

/**
 * One record of a `dmQuery` answer, completed by `expandRecord`. CONTENTdm writes an empty field as `{}`,
 * and records come back from the hits cache as plain JSON, so every reader checks types.
 */
export interface SmuRecord {
  /** The collection as `/alias`. */
  collection?: string;
  pointer?: number | string;
  /** `jp2`, `jpg`, `tif`... for an image; `cpd` for a compound object; `pdf`, `mp4`... otherwise. */
  filetype?: string;
  parentobject?: number | string;
  /** The stored file, e.g. `2240.jp2`. */
  find?: string;
  /** The item's metadata (`dmGetItemInfo`): field nick → text. For a page: its parent's. */
  info?: Record<string, unknown>;
  /**
   * How the record's collection names its fields, from its field table (`dmGetCollectionFieldInfo`), set by
   * `expandRecord`. Absent in hits cached by older versions: then the nick table is used.
   */
  fieldMap?: FieldMap;
  /** Set on the records a compound object is expanded into: the image page this record stands for. */
  page?: CompoundPage;
  /** The field nicks the search asked for (`SEARCH_FIELDS`), e.g. `title`, `date`, `formge`. */
  [field: string]: unknown;
}
