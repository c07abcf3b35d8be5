import PQueue from 'p-queue';
import type { HostPolicy } from '../adapter/ArchiveAdapter.js';
import { hostKey } from './hostKey.js';

function assertPolicy(policy: HostPolicy, host: string): void {
  const { requestsPerSecond, concurrency } = policy;
  if (!(requestsPerSecond > 0) || !Number.isFinite(requestsPerSecond)) {
    throw new Error(`host policy for ${host}: requestsPerSecond must be a positive number, got ${requestsPerSecond}`);
  }
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`host policy for ${host}: concurrency must be a positive integer, got ${concurrency}`);
  }
}

/** A sliding window, so no second ever holds more starts than the policy allows, even across window edges. */
function queueFor(policy: HostPolicy): PQueue {
  const { requestsPerSecond, concurrency } = policy;
  const window = Number.isInteger(requestsPerSecond)
    ? { intervalCap: requestsPerSecond, interval: 1000 }
    : { intervalCap: 1, interval: 1000 / requestsPerSecond };
  return new PQueue({ concurrency, ...window, strict: true });
}

/**
 * One politeness queue per host name (ports ignored: politeness is owed to the machine).
 * Each task is one request; retry waits happen outside, so a waiting retry holds no slot.
 */
export class HostQueues {
  private readonly policies = new Map<string, HostPolicy>();
  private readonly queues = new Map<string, PQueue>();

  constructor(
    private readonly defaultPolicy: HostPolicy,
    hostPolicies: Record<string, HostPolicy> = {},
  ) {
    assertPolicy(defaultPolicy, 'the default');
    for (const [host, policy] of Object.entries(hostPolicies)) this.setPolicy(host, policy);
  }

  /** Applies to requests queued from now on; requests already queued finish under the old policy. */
  setPolicy(host: string, policy: HostPolicy): void {
    assertPolicy(policy, host);
    const key = hostKey(host);
    this.policies.set(key, { ...policy });
    this.queues.delete(key);
  }

  policyFor(host: string): HostPolicy {
    return this.policies.get(hostKey(host)) ?? this.defaultPolicy;
  }

  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const key = hostKey(host);
    let queue = this.queues.get(key);
    if (!queue) {
      queue = queueFor(this.policies.get(key) ?? this.defaultPolicy);
      this.queues.set(key, queue);
    }
    return queue.add(task, { signal });
  }
}
