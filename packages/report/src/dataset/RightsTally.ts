/** Rights statements of the dataset's images, from the archives' `rights` column. */
export interface RightsTally {
  /** Rows (images) in the table counted. */
  records: number;
  recordsWithRights: number;
  /** Statement (a licence name, or a rightsstatements.org / Creative Commons URL) → rows carrying it. */
  statements: Map<string, number>;
}
