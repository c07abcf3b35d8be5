import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { ImageSpec } from './ImageSpec.js';

/** A body produced on demand, for responses too large to hold in memory. */
export interface StreamedBody {
  size: number;
  open(): Readable;
}

export type SimBody = string | Uint8Array | StreamedBody;

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  body?: SimBody;
}

export interface SimContext {
  /** The full request URL, with the simulator's origin. */
  url: URL;
  /** The request path relative to the archive's mount (e.g. `/record/v2/search.json`). */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Origin the client used to reach the simulator (e.g. `http://127.0.0.1:40123`). */
  baseUrl: string;
  /** `baseUrl` + `/<archive id>`: where this archive's routes live. */
  endpoint: string;
  /** The match of a RegExp route path; null for string paths. */
  match: RegExpExecArray | null;
  /** Absolute URL of a generated image. */
  imageUrl: (spec: ImageSpec) => string;
  json(status: number, body: unknown, headers?: Record<string, string>): SimResponse;
  text(status: number, body: string, contentType: string, headers?: Record<string, string>): SimResponse;
}

export interface SimRoute {
  method?: 'GET';
  /** Exact path, or a RegExp tested against the whole path; both relative to the archive's mount. */
  path: string | RegExp;
  /** Answer, or return nothing to let the next route (or the 404) answer. */
  handle(ctx: SimContext): Promise<SimResponse | undefined> | SimResponse | undefined;
}

/** One archive's routes, mounted under `/<id>`. */
export interface SimulatorArchive {
  id: string;
  /** Where the API's base URL sits below the mount (Europeana: `/record/v2`), so `endpoint(id)` is
   * exactly what the adapter takes as its endpoint. */
  apiPath?: string;
  routes: SimRoute[];
}
