import { unitHash } from './deterministicHash.js';
import { pickFrom } from './draws.js';

/**
 * `429` (with Retry-After), `503`, `500`: answered instead of the route. `slow`: the normal answer after a
 * delay. `reset`: the socket is destroyed (before the answer, or mid-body). `truncate`: half the body,
 * then the connection ends. `html`: an HTML error page with status 200 and the route's content type.
 * `malformed-json`: status 200 with a JSON body cut short.
 */
export type FaultKind = '429' | '503' | '500' | 'slow' | 'reset' | 'truncate' | 'html' | 'malformed-json';

export const FAULT_KINDS: readonly FaultKind[] = ['429', '503', '500', 'slow', 'reset', 'truncate', 'html', 'malformed-json'];

export interface FaultOptions {
  /** Retry-After of a `429` (default 1). */
  retryAfterSeconds?: number;
  /** Wait before answering; the whole point of `slow` (default 1000 there, 0 elsewhere). */
  delayMs?: number;
  /** When a `reset` happens (default `start`: before any byte of the answer). */
  resetAt?: 'start' | 'mid-body';
}

export interface FaultRule extends FaultOptions {
  /** A substring of, or a RegExp tested against, the request's path + query (e.g. `/europeana/record`). */
  match: string | RegExp;
  fault: FaultKind;
  /** Apply to the first N matching requests only (default: all of them). */
  times?: number;
  /**
   * Apply only to the first request for a method, path and query since the faults were last cleared: its retries
   * are answered as usual, so every request this rule meets succeeds on its second attempt.
   */
  firstAttemptOnly?: boolean;
}

export interface RandomFaults extends FaultOptions {
  /** Share of requests that fail, 0..1. */
  rate: number;
  seed: number;
  kinds: FaultKind[];
  /** Limit the chaos to matching requests (default: every request). */
  match?: string | RegExp;
}

export interface AppliedFault extends FaultOptions {
  kind: FaultKind;
}

export interface FaultHandle {
  /** How many requests this rule has hit so far. */
  readonly applied: number;
  remove(): void;
}

interface ActiveRule {
  rule: FaultRule;
  applied: number;
}

/** Faults on demand. Explicit rules win over random chaos; among rules, the first added wins. */
export class FaultController {
  #rules: ActiveRule[] = [];
  #random: RandomFaults | null = null;
  #occurrences = new Map<string, number>();
  #seen = new Set<string>();

  add(rule: FaultRule): FaultHandle {
    assertFaultKind(rule.fault);
    if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times >= 0)) {
      throw new Error(`fault times must be a non-negative integer, got ${rule.times}`);
    }
    const active: ActiveRule = { rule, applied: 0 };
    this.#rules.push(active);
    return {
      get applied() {
        return active.applied;
      },
      remove: () => {
        this.#rules = this.#rules.filter((other) => other !== active);
      },
    };
  }

  /**
   * Fail a share of requests. The decision for a request depends only on the seed, its method, path and
   * query and how many times that same request was seen before, so concurrent clients get the same chaos
   * on every run, and a retry of a failed request gets a fresh draw.
   */
  randomly(options: RandomFaults): void {
    if (!(options.rate >= 0 && options.rate <= 1)) throw new Error(`fault rate must be in 0..1, got ${options.rate}`);
    if (options.kinds.length === 0) throw new Error('random faults need at least one kind');
    options.kinds.forEach(assertFaultKind);
    this.#random = options;
    this.#occurrences.clear();
  }

  clear(): void {
    this.#rules = [];
    this.#random = null;
    this.#occurrences.clear();
    this.#seen.clear();
  }

  /** The fault for one incoming request (`target` = path + query), or null; counts it against the rules. */
  pick(method: string, target: string): AppliedFault | null {
    const key = `${method} ${target}`;
    const firstAttempt = !this.#seen.has(key);
    this.#seen.add(key);
    for (const active of this.#rules) {
      const { match, fault, times = Infinity, firstAttemptOnly = false, ...options } = active.rule;
      if (!matches(match, target) || active.applied >= times || (firstAttemptOnly && !firstAttempt)) continue;
      active.applied++;
      return { kind: fault, ...options };
    }
    return this.#pickRandomly(key, target);
  }

  #pickRandomly(key: string, target: string): AppliedFault | null {
    const random = this.#random;
    if (!random || (random.match !== undefined && !matches(random.match, target))) return null;
    const occurrence = this.#occurrences.get(key) ?? 0;
    this.#occurrences.set(key, occurrence + 1);
    if (unitHash(random.seed, 'fail', key, occurrence) >= random.rate) return null;
    const { rate: _rate, seed: _seed, kinds, match: _match, ...options } = random;
    const kind = pickFrom(kinds, unitHash(random.seed, 'kind', key, occurrence));
    return { kind, ...options };
  }
}

function matches(match: string | RegExp, target: string): boolean {
  // `search` ignores lastIndex, so a RegExp with the g flag matches the same on every call.
  return typeof match === 'string' ? target.includes(match) : target.search(match) !== -1;
}

function assertFaultKind(kind: FaultKind): void {
  if (!FAULT_KINDS.includes(kind)) throw new Error(`unknown fault kind: ${kind}`);
}
