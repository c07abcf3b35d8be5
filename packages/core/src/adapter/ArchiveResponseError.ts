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
