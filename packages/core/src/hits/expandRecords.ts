import type { AdapterOptions, ArchiveAdapter, DetailFetcher } from '../adapter/ArchiveAdapter.js';
import { ArchiveResponseError } from '../adapter/ArchiveResponseError.js';
import { HttpError } from '../http/HttpError.js';

/** Stored in hits/ in place of a record whose detail pages could not be read, so the drop is counted. */
export interface ExpansionFailure {
  hx4ExpansionFailed: string;
  /** The record as the search gave it, so the drop can name it (absent in hits of HX4 before 0.2). */
  record?: unknown;
}

export function isExpansionFailure(record: unknown): record is ExpansionFailure {
  return typeof record === 'object' && record !== null && 'hx4ExpansionFailed' in record;
}

/**
 * Runs the adapter's `expandRecord` on every record of a page. A record whose pages are missing or
 * unreadable becomes an `ExpansionFailure` with the reason; a transient failure (timeouts, 5xx after
 * retries) fails the page instead, so a rerun asks again rather than dropping the record for good.
 */
export async function expandRecords(
  records: unknown[],
  adapter: ArchiveAdapter,
  fetch: DetailFetcher,
  options: AdapterOptions,
): Promise<unknown[]> {
  const expanded = await Promise.all(
    records.map(async (record): Promise<unknown[]> => {
      try {
        return await adapter.expandRecord!(record, fetch, options);
      } catch (error) {
        if (error instanceof HttpError && error.transient) throw error;
        if (error instanceof ArchiveResponseError && error.retryable) throw error;
        const reason = error instanceof HttpError ? `detail page ${error.reason}` : (error as Error).message.split('\n', 1)[0]!;
        return [{ hx4ExpansionFailed: reason, record } satisfies ExpansionFailure];
      }
    }),
  );
  return expanded.flat();
}
