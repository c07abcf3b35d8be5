import { HttpError } from '../http/HttpError.js';

/** One line for the log and the summary: an HttpError's stable reason plus its message. */
export function describeError(error: unknown): string {
  if (error instanceof HttpError) return `${error.reason}: ${error.message}`;
  if (error instanceof Error) return error.message.split('\n', 1)[0]!;
  return String(error);
}
