import type { HostPolicy } from '../adapter/ArchiveAdapter.js';
import type { LaneStats } from './AdaptiveLane.js';
import type { LimitChange } from './AimdController.js';

export interface RequestOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface DownloadOptions extends RequestOptions {
  /** Abort and fail with `too-large` once the body passes this many bytes. */
  maxBytes: number;
  /** Bodies up to this size are returned in memory (`DownloadResult.data`) and `destination` is not written (default 0). */
  memoryBytes?: number;
}

export interface HttpResponse<T> {
  status: number;
  headers: Record<string, string>;
  body: T;
  /** How many attempts it took (1 = first try). */
  attempts: number;
}

export interface DownloadResult {
  status: number;
  contentType: string | null;
  bytes: number;
  attempts: number;
  /** The body, when it fit in `memoryBytes`. */
  data?: Buffer;
}

/**
 * The one way HX4 talks HTTP: per-host rate limits and concurrency, retries with backoff and
 * `Retry-After` for network errors, 429 and 5xx only, timeouts, an identifying User-Agent.
 * Every failure is thrown as an `HttpError`.
 */
export interface HttpClient {
  getText(url: string, options?: RequestOptions): Promise<HttpResponse<string>>;
  /** Parses JSON; a body that is not JSON is retried like a transient fault, then fails as `malformed`. */
  getJson(url: string, options?: RequestOptions): Promise<HttpResponse<unknown>>;
  /** Streams the body into `destination` (replaced whole on success), or returns it in memory when it fits in `memoryBytes`. */
  download(url: string, destination: string, options: DownloadOptions): Promise<DownloadResult>;
  /**
   * Fetch and obey robots.txt for this host from now on (scraped sites); a refusal is HttpError kind `robots`.
   * `share` (default 1) is the part of its Crawl-delay rate this client may take: 1/N for one of N shards
   * asking the host at once, so that together they keep to it.
   */
  obeyRobotsTxt(host: string, share?: number): void;
  /**
   * The declared limit of one host's API lane, port ignored (the default applies to every other lane);
   * `coversMedia` when the archive's limit counts its image downloads from that host too.
   */
  setHostPolicy(host: string, policy: HostPolicy, options?: { coversMedia?: boolean }): void;
  /** What each host lane did so far: requests, refusals, where its limits settled. */
  hostStats(): LaneStats[];
  close(): Promise<void>;
}

export interface HttpClientOptions {
  /** Sent on every request; see `userAgent()`. */
  userAgent: string;
  /** Ceiling of every lane without a policy of its own (image hosts). */
  defaultPolicy: HostPolicy;
  /** Ceilings of hosts' API lanes. */
  hostPolicies?: Record<string, HostPolicy>;
  /** The user's caps in requests per second, for every host and per host name; never exceeded. */
  maxRequestsPerSecond?: { allHosts?: number; hosts?: Record<string, number> };
  /** Adapt each lane to how its host answers (default true); false keeps every lane at its ceiling. */
  adaptive?: boolean;
  /** Called on every change of a lane's limits (for `-v`). */
  onLimitChange?: (event: { host: string; lane: string; change: LimitChange }) => void;
  /** Attempts per request including the first (default 4). */
  maxAttempts?: number;
  /** Base of the exponential backoff in ms (default 500); tests set it low. */
  backoffBaseMs?: number;
  /** Cap on one wait, including a server's Retry-After (default 60 000 ms). */
  maxBackoffMs?: number;
  /** Longest wait for a TCP + TLS connection (default 10 000 ms). */
  connectTimeoutMs?: number;
  /** Longest silence while waiting for headers or body bytes (default 30 000 ms). */
  readTimeoutMs?: number;
  /** Host names whose TLS certificates are not verified (the user asked for it by name); `*` = every host. */
  insecureHosts?: string[];
  /** Called before every retry wait, for the log; `attempt` is the number of the attempt that failed. */
  onRetry?: (event: { url: string; attempt: number; delayMs: number; reason: string }) => void;
}
