import type { IncomingHttpHeaders } from 'node:http';
import type { FaultKind } from './FaultController.js';

export interface LoggedRequest {
  method: string;
  /** Path + query, e.g. `/europeana/record/v2/search.json?query=tank`. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The fault the simulator applied to this request, if any. */
  fault: FaultKind | null;
  /** The status answered; null while unanswered, or when the connection was reset before an answer. */
  status: number | null;
}

/** Every request the simulator received, in arrival order. */
export class RequestLog {
  #entries: LoggedRequest[] = [];

  get entries(): readonly LoggedRequest[] {
    return this.#entries;
  }

  /** Logs a request; its `status` is filled in on the returned entry when the answer starts. */
  add(entry: LoggedRequest): LoggedRequest {
    this.#entries.push(entry);
    return entry;
  }

  /** How many requests had a path starting with `pathPrefix` (all of them without one). */
  count(pathPrefix = ''): number {
    return this.#entries.filter((entry) => entry.path.startsWith(pathPrefix)).length;
  }

  reset(): void {
    this.#entries = [];
  }
}
