/** The archive answered, but with an error or a body HX4 cannot read. */
export class ArchiveResponseError extends Error {
  override name = 'ArchiveResponseError';

  constructor(
    message: string,
    /** Worth asking again (a malformed or truncated body) rather than a definite refusal (a bad key). */
    readonly retryable = false,
  ) {
    super(message);
  }
}

/**
 * The answer shows that this source does not serve the archive's API at all (a web app's HTML page
 * with status 200 where JSON was due, a gateway's "no such route"): the core moves on to the
 * adapter's next `ArchiveSource` instead of retrying or failing the query.
 */
export class SourceUnavailableError extends ArchiveResponseError {
  override name = 'SourceUnavailableError';
}
