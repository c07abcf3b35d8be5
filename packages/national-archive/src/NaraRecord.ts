/** A date as the Catalog writes it; a year-only date still gets a `logicalDate` of January 1. */
export interface NaraDate {
  year?: number;
  month?: number;
  day?: number;
  logicalDate?: string;
  /** e.g. `ca.` */
  dateQualifier?: string;
}

export interface NaraDigitalObject {
  objectId?: string;
  objectUrl?: string;
  objectFilename?: string;
  objectFileSize?: number;
  /** e.g. `Image (JPG)`, `Portable Document File (PDF)`. */
  objectType?: string;
}

export interface NaraAncestor {
  naId?: number;
  title?: string;
  /** e.g. `recordGroup`, `collection`, `series`, `fileUnit`. */
  levelOfDescription?: string;
  distance?: number;
}

/**
 * The fields HX4 reads from one Catalog record (`hits[]._source.record`). Any of them may be
 * missing, and records come back from the hits cache as plain JSON, so every reader checks types.
 * The older proxy's abbreviated hits carry only the first object (`fields.firstDigitalObject`);
 * it is moved into `digitalObjects` when the page is read.
 */
export interface NaraRecord {
  naId?: number | string;
  title?: string;
  levelOfDescription?: string;
  ancestors?: NaraAncestor[];
  productionDates?: NaraDate[];
  /** The period the record covers, as recorded answers carry it. */
  coverageStartDate?: NaraDate;
  coverageEndDate?: NaraDate;
  /** The same period nested, as some clients read it. */
  coverageDates?: { coverageStartDate?: NaraDate; coverageEndDate?: NaraDate };
  scopeAndContentNote?: string;
  digitalObjects?: NaraDigitalObject[];
  [field: string]: unknown;
}
