import { v } from '@hx4/core';

/** A date as the Catalog writes it; a year-only date still gets a `logicalDate` of January 1. */
const naraDateSchema = v.looseObject({
  year: v.optional(v.number()),
  month: v.optional(v.number()),
  day: v.optional(v.number()),
  logicalDate: v.optional(v.string()),
  /** e.g. `ca.` */
  dateQualifier: v.optional(v.string()),
});

const digitalObjectSchema = v.looseObject({
  objectId: v.optional(v.string()),
  objectUrl: v.optional(v.string()),
  objectFilename: v.optional(v.string()),
  objectFileSize: v.optional(v.number()),
  /** e.g. `Image (JPG)`, `Portable Document File (PDF)`. */
  objectType: v.optional(v.string()),
});

const ancestorSchema = v.looseObject({
  naId: v.optional(v.number()),
  title: v.optional(v.string()),
  /** e.g. `recordGroup`, `collection`, `series`, `fileUnit`. */
  levelOfDescription: v.optional(v.string()),
  distance: v.optional(v.number()),
});

/**
 * The fields HX4 reads from one Catalog record (`hits[]._source.record`), in the shapes the recorded
 * answers show (test/fixtures/real); any of them may be missing, the record's other fields are kept
 * unread. The older proxy's abbreviated hits carry only the first object (`fields.firstDigitalObject`);
 * it is moved into `digitalObjects` when the page is read.
 */
export const naraRecordSchema = v.looseObject({
  /** A number; the proxy may send it as a string. */
  naId: v.optional(v.union([v.number(), v.string()])),
  title: v.optional(v.string()),
  levelOfDescription: v.optional(v.string()),
  ancestors: v.optional(v.array(ancestorSchema)),
  productionDates: v.optional(v.array(naraDateSchema)),
  /** The period the record covers, as recorded answers carry it. */
  coverageStartDate: v.optional(naraDateSchema),
  coverageEndDate: v.optional(naraDateSchema),
  /** The same period nested, as some clients read it. */
  coverageDates: v.optional(v.looseObject({ coverageStartDate: v.optional(naraDateSchema), coverageEndDate: v.optional(naraDateSchema) })),
  scopeAndContentNote: v.optional(v.string()),
  digitalObjects: v.optional(v.array(digitalObjectSchema)),
});

export type NaraRecord = v.InferOutput<typeof naraRecordSchema>;
export type NaraDate = v.InferOutput<typeof naraDateSchema>;
export type NaraDigitalObject = v.InferOutput<typeof digitalObjectSchema>;
export type NaraAncestor = v.InferOutput<typeof ancestorSchema>;
