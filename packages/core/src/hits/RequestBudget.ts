import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/writeFileAtomic.js';

export interface RequestBudgetOptions {
  /** The dataset's `state/` folder. */
  stateDir: string;
  /** The key the archive counts requests against; none for a keyless endpoint. */
  apiKey?: string;
  /** Requests allowed per calendar month (UTC). */
  limit: number;
  /** The clock; tests set it. */
  now?: () => Date;
}

interface CounterFile {
  version: 1;
  /** `YYYY-MM` in UTC. */
  month: string;
  used: number;
}

/** Thrown instead of a request the budget does not allow; the harvest stops and a rerun resumes. */
export class BudgetExhaustedError extends Error {
  override name = 'BudgetExhaustedError';

  constructor(
    readonly used: number,
    readonly limit: number,
    readonly month: string,
  ) {
    super(
      `request budget spent: ${used} of ${limit} requests used in ${month} (UTC); ` +
        'rerun after the budget resets next month, or with a higher --max-requests, to resume',
    );
  }
}

/** `request-budget-<12 hex of sha256(key)>.json`: one counter per key, and the key never on disk. */
export function requestBudgetFileName(apiKey?: string): string {
  if (!apiKey) return 'request-budget-no-key.json';
  return `request-budget-${createHash('sha256').update(apiKey, 'utf8').digest('hex').slice(0, 12)}.json`;
}

/**
 * A persistent count of the requests made with one API key this calendar month (UTC), against a
 * limit. Archives like NARA block a key for the rest of the month once its quota is spent, so every
 * request is counted before it is sent, and the count survives kills and reruns.
 */
export class RequestBudget {
  readonly #path: string;
  readonly #now: () => Date;
  #counter: CounterFile;
  #saving: Promise<void> = Promise.resolve();

  private constructor(
    path: string,
    readonly limit: number,
    counter: CounterFile,
    now: () => Date,
  ) {
    this.#path = path;
    this.#counter = counter;
    this.#now = now;
  }

  static async open(options: RequestBudgetOptions): Promise<RequestBudget> {
    const { limit } = options;
    if (!Number.isSafeInteger(limit) || limit < 1) {
      throw new Error(`the request budget must be a positive whole number of requests, got ${limit}`);
    }
    const now = options.now ?? (() => new Date());
    const path = join(options.stateDir, requestBudgetFileName(options.apiKey));
    const counter = (await readCounter(path)) ?? { version: 1, month: monthOf(now()), used: 0 };
    return new RequestBudget(path, limit, counter, now);
  }

  /** Where the count is kept. */
  get file(): string {
    return this.#path;
  }

  /** Requests counted this month. */
  get used(): number {
    this.#rollOver();
    return this.#counter.used;
  }

  get exhausted(): boolean {
    return this.used >= this.limit;
  }

  /** Counts one request about to be sent; throws `BudgetExhaustedError` instead when none is left. */
  async spend(): Promise<void> {
    // Checked and counted before any await, so concurrent harvests never overdraw together.
    if (this.exhausted) throw new BudgetExhaustedError(this.#counter.used, this.limit, this.#counter.month);
    this.#counter = { ...this.#counter, used: this.#counter.used + 1 };
    await this.#save();
  }

  /** Counts requests already sent (an HTTP client's retries), even past the limit: they happened. */
  async charge(requests: number): Promise<void> {
    if (requests <= 0) return;
    this.#rollOver();
    this.#counter = { ...this.#counter, used: this.#counter.used + requests };
    await this.#save();
  }

  #rollOver(): void {
    const month = monthOf(this.#now());
    if (month !== this.#counter.month) this.#counter = { version: 1, month, used: 0 };
  }

  /** Writes one at a time, each the latest count; a failed write fails its caller, not the next write. */
  #save(): Promise<void> {
    const write = this.#saving.then(() => writeFileAtomic(this.#path, `${JSON.stringify(this.#counter)}\n`));
    this.#saving = write.catch(() => undefined);
    return write;
  }
}

function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

async function readCounter(path: string): Promise<CounterFile | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let counter: unknown;
  try {
    counter = JSON.parse(text);
  } catch {
    counter = null;
  }
  if (!isCounterFile(counter)) {
    // Guessing 0 could spend a quota that is already gone: make the user look.
    throw new Error(`request counter ${path} is unreadable; fix it or delete it to count from 0`);
  }
  return counter;
}

function isCounterFile(value: unknown): value is CounterFile {
  if (typeof value !== 'object' || value === null) return false;
  const { version, month, used } = value as Record<string, unknown>;
  return version === 1 && typeof month === 'string' && /^\d{4}-\d{2}$/.test(month) && Number.isSafeInteger(used) && (used as number) >= 0;
}
