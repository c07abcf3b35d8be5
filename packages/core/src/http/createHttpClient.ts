import { Agent, Pool, request, type Dispatcher } from 'undici';
import type { HostPolicy } from '../adapter/ArchiveAdapter.js';
import type { LaneStats } from './AdaptiveLane.js';
import type { DownloadOptions, DownloadResult, HttpClient, HttpClientOptions, HttpResponse, RequestOptions } from './HttpClient.js';
import { HttpError } from './HttpError.js';
import { HostLanes, type RequestLane } from './HostLanes.js';
import { hostKey } from './hostKey.js';
import { requestHeaders, responseHeaders } from './headers.js';
import { saveBody } from './saveBody.js';
import { RobotsRules } from './RobotsRules.js';
import { toHttpError } from './toHttpError.js';
import { withRetries, type RetrySettings } from './withRetries.js';

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

type Response = Dispatcher.ResponseData;
/** Reads a 2xx response inside the host slot; `url` is the hop that answered. */
type OnSuccess<T> = (response: Response, url: URL, attempt: number) => Promise<T>;
/** One hop's answer, with the host's time to headers for the lane's latency watch. */
type Hop<T> = ({ value: T } | { location: string; status: number }) & { ttfbMs: number };

function parseHttpUrl(text: string): URL {
  const url = URL.canParse(text) ? new URL(text) : null;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') throw new Error(`not an http(s) URL: ${text}`);
  return url;
}

class UndiciHttpClient implements HttpClient {
  private readonly hosts: HostLanes;
  private readonly insecureHosts: Set<string>;
  private readonly verifying: Agent;
  private readonly trusting: Agent;
  private readonly retry: RetrySettings;
  private readonly robots: RobotsRules;
  private closed = false;

  constructor(private readonly options: HttpClientOptions) {
    const { maxAttempts = 4, backoffBaseMs = 500, maxBackoffMs = 60_000, onRetry } = options;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`maxAttempts must be a positive integer, got ${maxAttempts}`);
    this.retry = { maxAttempts, backoffBaseMs, maxBackoffMs, onRetry };
    this.hosts = new HostLanes({
      defaultPolicy: options.defaultPolicy,
      hostPolicies: options.hostPolicies,
      maxRequestsPerSecond: options.maxRequestsPerSecond,
      adaptive: options.adaptive,
      onChange: options.onLimitChange,
    });
    this.insecureHosts = new Set(options.insecureHosts?.map(hostKey));
    this.verifying = this.agent(true);
    this.trusting = this.agent(false);
    this.robots = new RobotsRules(
      async (robotsUrl) => (await this.getText(robotsUrl)).body,
      (host, delaySeconds) => this.hosts.setCrawlDelay(host, delaySeconds),
    );
  }

  /** Pools sized to the host's concurrency: the queue never runs more requests than that anyway. */
  private agent(rejectUnauthorized: boolean): Agent {
    const readTimeoutMs = this.options.readTimeoutMs ?? 30_000;
    return new Agent({
      connect: { timeout: this.options.connectTimeoutMs ?? 10_000, rejectUnauthorized },
      headersTimeout: readTimeoutMs,
      bodyTimeout: readTimeoutMs,
      factory: (origin, opts) => {
        const host = new URL(origin).hostname;
        const connections = Math.max(this.hosts.ceilingFor(host, 'api').concurrency, this.hosts.ceilingFor(host, 'media').concurrency);
        // eslint-disable-next-line @typescript-eslint/no-misused-spread -- undici hands the factory a plain options object
        return new Pool(origin, { ...opts, connections });
      },
    });
  }

  getText(url: string, options: RequestOptions = {}): Promise<HttpResponse<string>> {
    return this.fetch(url, '*/*', 'api', options, async (response, _hop, attempt) => ({
      status: response.statusCode,
      headers: responseHeaders(response.headers),
      body: await response.body.text(),
      attempts: attempt,
    }));
  }

  getJson(url: string, options: RequestOptions = {}): Promise<HttpResponse<unknown>> {
    return this.fetch(url, 'application/json', 'api', options, async (response, hop, attempt) => {
      const text = await response.body.text();
      try {
        const body: unknown = JSON.parse(text);
        return { status: response.statusCode, headers: responseHeaders(response.headers), body, attempts: attempt };
      } catch (error) {
        const message = `body of ${hop.href} is not JSON: ${(error as Error).message}`;
        throw new HttpError('malformed', url, message, attempt);
      }
    });
  }

  async download(url: string, destination: string, options: DownloadOptions): Promise<DownloadResult> {
    const { maxBytes } = options;
    if (!(maxBytes > 0)) throw new Error(`maxBytes must be a positive number, got ${maxBytes}`);
    const save: OnSuccess<DownloadResult> = async (response, hop, attempt) => {
      const tooLarge = () => new HttpError('too-large', url, `${hop.href} is larger than ${maxBytes} bytes`, attempt);
      if (Number(response.headers['content-length']) > maxBytes) {
        response.body.destroy();
        throw tooLarge();
      }
      const limits = { maxBytes, memoryBytes: options.memoryBytes ?? 0 };
      const { bytes, data } = await saveBody(response.body, destination, limits, tooLarge);
      const contentType = responseHeaders(response.headers)['content-type'] ?? null;
      return { status: response.statusCode, contentType, bytes, attempts: attempt, ...(data ? { data } : {}) };
    };
    return this.fetch(url, 'image/*,*/*;q=0.8', 'media', options, save);
  }

  obeyRobotsTxt(host: string, share = 1): void {
    if (!(share > 0 && share <= 1)) throw new Error(`robots.txt share must be in (0, 1], got ${String(share)}`);
    this.robots.obey(hostKey(host), share);
  }

  setHostPolicy(host: string, policy: HostPolicy, options: { coversMedia?: boolean } = {}): void {
    this.hosts.setPolicy(host, policy, options.coversMedia);
  }

  hostStats(): LaneStats[] {
    return this.hosts.stats();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([this.verifying.close(), this.trusting.close()]);
  }

  private async fetch<T>(url: string, accept: string, lane: RequestLane, options: RequestOptions, onSuccess: OnSuccess<T>): Promise<T> {
    const start = parseHttpUrl(url);
    const defaults = { 'user-agent': this.options.userAgent, accept };
    const headers = requestHeaders(defaults, options.headers);
    return withRetries(url, this.retry, options.signal, async (attempt) => {
      let current = start;
      for (let redirects = 0; ; redirects++) {
        const hop = current;
        // The caller's headers may carry an API key meant for the origin it asked, not for a redirect target.
        const hopHeaders = hop.origin === start.origin ? headers : defaults;
        await this.robots.check(hop, hostKey(hop.hostname), attempt);
        const outcome = await this.hosts.run(
          hop.hostname,
          lane,
          () => this.exchange(url, hop, attempt, hopHeaders, options.signal, onSuccess),
          options.signal,
        );
        if ('value' in outcome) return outcome.value;
        const next = URL.canParse(outcome.location, hop.href) ? new URL(outcome.location, hop) : null;
        if (redirects === MAX_REDIRECTS || (next?.protocol !== 'http:' && next?.protocol !== 'https:')) {
          const why = redirects === MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : `a redirect to ${outcome.location}`;
          throw new HttpError('status', url, `${why} from ${hop.href}`, attempt, outcome.status);
        }
        current = next;
      }
    });
  }

  /** One request to one hop; runs inside the hop's host slot, body included. */
  private async exchange<T>(
    url: string,
    hop: URL,
    attempt: number,
    headers: Record<string, string>,
    signal: AbortSignal | undefined,
    onSuccess: OnSuccess<T>,
  ): Promise<Hop<T>> {
    if (this.closed) throw new Error(`HttpClient is closed; cannot fetch ${url}`);
    const trusted = this.insecureHosts.has('*') || this.insecureHosts.has(hostKey(hop.hostname));
    const dispatcher = trusted ? this.trusting : this.verifying;
    try {
      const sentAt = performance.now();
      const response = await request(hop, { dispatcher, method: 'GET', headers, signal });
      const ttfbMs = performance.now() - sentAt;
      const { statusCode, body } = response;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(statusCode) && typeof location === 'string') {
        await body.dump();
        return { location, status: statusCode, ttfbMs };
      }
      if (statusCode < 200 || statusCode >= 300) {
        const headers = responseHeaders(response.headers);
        const detail = await errorDetail(body, headers);
        const retryAfter = statusCode === 429 || statusCode === 503 ? headers['retry-after'] : undefined;
        const message = `HTTP ${statusCode} from ${hop.href}${detail ? `: ${detail}` : ''}`;
        throw new HttpError('status', url, message, attempt, statusCode, retryAfter);
      }
      return { value: await onSuccess(response, hop, attempt), ttfbMs };
    } catch (error) {
      if (signal?.aborted) throw error;
      throw toHttpError(error, hop, url, attempt) ?? error;
    }
  }
}

/**
 * The HTTP client every HX4 request goes through (undici underneath, one keep-alive pool per origin).
 *
 * - Politeness: per host name (port ignored), a lane for API requests and one for media downloads
 *   (one shared lane where a declared limit covers both), each limiting requests in flight and the
 *   spacing of request starts, adapting both to how the host answers (`AimdController`) below the
 *   declared ceiling: `setHostPolicy` / `hostPolicies` (API lanes), `defaultPolicy` (other lanes),
 *   robots.txt Crawl-delay and the user's `maxRequestsPerSecond`. A `Retry-After` pauses the lane.
 *   Every redirect hop (at most 5) queues on its own host; the caller's headers go only to the
 *   origin it asked for.
 * - Retries: network errors (also mid-body), timeouts, 429, 5xx and, for `getJson`, a body that is not
 *   JSON; up to `maxAttempts` (default 4) with full-jitter exponential backoff from `backoffBaseMs`
 *   (default 500) or the server's `Retry-After` on 429/503, each wait capped by `maxBackoffMs`. A request
 *   waiting to retry holds no queue slot. Other 4xx, TLS failures and `too-large` fail at once.
 * - Timeouts: `connectTimeoutMs` (default 10 s) and `readTimeoutMs` (default 30 s of silence).
 * - TLS is verified except for `insecureHosts`; a certificate failure names the host and the flag to pass.
 * - `download` writes a temp file renamed over `destination` on success, so `destination` is never partial.
 * - Failures are `HttpError`s; an aborted `signal` rejects with its reason; file-system errors pass through.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  return new UndiciHttpClient(options);
}

const MAX_DETAIL_BYTES = 64 * 1024;

/**
 * APIs explain a refusal in the body (Europeana's `error`, Finna's `statusMessage`): keep a short,
 * one-line excerpt of a JSON or plain-text error body for the message. HTML error pages say nothing
 * useful, and a body that fails to drain must not hide the status the server gave.
 */
async function errorDetail(body: Dispatcher.ResponseData['body'], headers: Record<string, string>): Promise<string | undefined> {
  const type = headers['content-type'] ?? '';
  const length = Number(headers['content-length'] ?? 0);
  if (!/json|text\/plain/.test(type) || length > MAX_DETAIL_BYTES) {
    await body.dump().catch(() => undefined);
    return undefined;
  }
  let text = '';
  try {
    for await (const chunk of body) {
      text += String(chunk);
      if (text.length > MAX_DETAIL_BYTES) break;
    }
  } catch {
    // The status alone still tells what happened.
  }
  body.destroy();
  const line = text.replace(/\s+/g, ' ').trim();
  return line ? (line.length > 300 ? `${line.slice(0, 300)}…` : line) : undefined;
}
