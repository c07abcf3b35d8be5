/** A `run-summary.json` that is missing, unreadable or not what HX4 writes. */
export class RunSummaryError extends Error {
  constructor(
    message: string,
    /** The same, naming the file but not its folder: for a list of folders (the merge's skipped datasets). */
    readonly reason: string,
  ) {
    super(message);
    this.name = 'RunSummaryError';
  }
}
