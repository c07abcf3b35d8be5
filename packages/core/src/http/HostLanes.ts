import type { HostPolicy } from '../adapter/ArchiveAdapter.js';
import type { LimitChange } from './AimdController.js';
import { AdaptiveLane, type LaneStats, type TimedAnswer } from './AdaptiveLane.js';
import { hostKey } from './hostKey.js';

/** What a request is: the archive's API (searches, item pages, robots.txt) or a media file (an image). */
export type RequestLane = 'api' | 'media';

export interface HostLanesOptions {
  /** Ceiling of every lane without a policy of its own (image hosts). */
  defaultPolicy: HostPolicy;
  hostPolicies?: Record<string, HostPolicy>;
  /** The user's caps in requests per second: for every host, and per host name. Never exceeded. */
  maxRequestsPerSecond?: { allHosts?: number; hosts?: Record<string, number> };
  /** Adapt each lane's limits to how its host answers (default); off, every lane runs at its ceiling. */
  adaptive?: boolean;
  onChange?: (event: { host: string; lane: string; change: LimitChange }) => void;
}

export function assertPolicy(policy: HostPolicy, host: string): void {
  const { requestsPerSecond, concurrency } = policy;
  if (!(requestsPerSecond > 0) || !Number.isFinite(requestsPerSecond)) {
    throw new Error(`host policy for ${host}: requestsPerSecond must be a positive number, got ${requestsPerSecond}`);
  }
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`host policy for ${host}: concurrency must be a positive integer, got ${concurrency}`);
  }
}

/**
 * The politeness lanes of every host (host name, port ignored: politeness is owed to the machine). API
 * requests and media downloads are separate lanes, each adapting on its own, with two exceptions where
 * one limit is declared for everything sent to the host, so both kinds share one lane (`all`): a
 * host-wide limit (robots.txt Crawl-delay, the user's cap for that host or for all hosts), and an API
 * policy whose limit the archive says covers its media too.
 */
export class HostLanes {
  private readonly policies = new Map<string, { policy: HostPolicy; coversMedia: boolean }>();
  /** Host-wide rate limits from robots.txt. */
  private readonly crawlRates = new Map<string, number>();
  private readonly lanes = new Map<string, AdaptiveLane>();

  constructor(private readonly options: HostLanesOptions) {
    assertPolicy(options.defaultPolicy, 'the default');
    for (const [host, policy] of Object.entries(options.hostPolicies ?? {})) this.setPolicy(host, policy);
    for (const [host, rate] of Object.entries(options.maxRequestsPerSecond?.hosts ?? {})) assertRate(rate, `--max-rps ${host}`);
    if (options.maxRequestsPerSecond?.allHosts !== undefined) assertRate(options.maxRequestsPerSecond.allHosts, '--max-rps');
  }

  /** The API lane's ceiling on `host` (the archive's documented limit); `coversMedia` when it applies to its media too. */
  setPolicy(host: string, policy: HostPolicy, coversMedia = false): void {
    assertPolicy(policy, host);
    this.policies.set(hostKey(host), { policy: { ...policy }, coversMedia });
    this.refreshCeilings(hostKey(host));
  }

  /** robots.txt asked for at most one request every `delaySeconds`, whatever the kind. */
  setCrawlDelay(host: string, delaySeconds: number): void {
    this.crawlRates.set(hostKey(host), 1 / delaySeconds);
    this.refreshCeilings(hostKey(host));
  }

  /** The ceiling of `host`'s lane for `lane` requests: its policy, lowered by every host-wide limit. */
  ceilingFor(host: string, lane: RequestLane): HostPolicy {
    const key = hostKey(host);
    const own = this.policies.get(key);
    const policy = own && (lane === 'api' || own.coversMedia || this.isShared(key)) ? own.policy : this.options.defaultPolicy;
    const caps = [policy.requestsPerSecond, this.crawlRates.get(key), this.userCap(key)].filter((rate) => rate !== undefined);
    return { requestsPerSecond: Math.min(...caps), concurrency: policy.concurrency };
  }

  run<T extends TimedAnswer>(host: string, lane: RequestLane, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.laneFor(hostKey(host), lane).run(task, signal);
  }

  /** Every lane used so far, sorted by host and lane. */
  stats(): LaneStats[] {
    return [...this.lanes.values()].map((lane) => lane.stats()).sort((a, b) => (a.host + a.lane < b.host + b.lane ? -1 : 1));
  }

  private isShared(key: string): boolean {
    return this.crawlRates.has(key) || this.userCap(key) !== undefined || this.policies.get(key)?.coversMedia === true;
  }

  private userCap(key: string): number | undefined {
    const caps = this.options.maxRequestsPerSecond;
    const rates = [caps?.hosts?.[key], caps?.allHosts].filter((rate) => rate !== undefined);
    return rates.length > 0 ? Math.min(...rates) : undefined;
  }

  private laneFor(key: string, lane: RequestLane): AdaptiveLane {
    const name = this.isShared(key) ? 'all' : lane;
    let found = this.lanes.get(`${key} ${name}`);
    if (!found) {
      found = new AdaptiveLane(key, name, this.ceilingFor(key, lane), this.options.adaptive ?? true, (changed, change) =>
        this.options.onChange?.({ host: changed.host, lane: changed.lane, change }),
      );
      this.lanes.set(`${key} ${name}`, found);
    }
    return found;
  }

  private refreshCeilings(key: string): void {
    for (const lane of this.lanes.values()) {
      if (lane.host === key) lane.setCeiling(this.ceilingFor(key, lane.lane === 'media' ? 'media' : 'api'));
    }
  }
}

function assertRate(rate: number, what: string): void {
  if (!(rate > 0) || !Number.isFinite(rate)) throw new Error(`${what}: requests per second must be a positive number, got ${rate}`);
}
