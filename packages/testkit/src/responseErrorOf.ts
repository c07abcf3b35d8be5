import { ArchiveResponseError } from '@hx4/core';

/** The `ArchiveResponseError` that `run` throws, for tests of how an adapter refuses a body; anything else fails the test. */
export function responseErrorOf(run: () => unknown): ArchiveResponseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArchiveResponseError) return error;
    throw error;
  }
  throw new Error('expected an ArchiveResponseError');
}
