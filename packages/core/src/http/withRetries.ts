import { setTimeout as sleep } from 'node:timers/promises';
import type { HttpClientOptions } from './HttpClient.js';
import { HttpError } from './HttpError.js';
import { retryDelay } from './retryDelay.js';

export type RetrySettings = Required<Pick<HttpClientOptions, 'maxAttempts' | 'backoffBaseMs' | 'maxBackoffMs'>> &
  Pick<HttpClientOptions, 'onRetry'>;

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * Runs `attemptOnce` until it succeeds, fails for good, or `maxAttempts` are spent. Only transient
 * `HttpError`s are retried; anything else, and the last failure, is thrown at once without a wait.
 * An abort of `signal` cancels the wait and surfaces as the signal's reason.
 */
export async function withRetries<T>(
  url: string,
  settings: RetrySettings,
  signal: AbortSignal | undefined,
  attemptOnce: (attempt: number) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      signal?.throwIfAborted();
      return await attemptOnce(attempt);
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      if (!(error instanceof HttpError) || !error.transient || attempt >= settings.maxAttempts) throw error;
      const delayMs = retryDelay(attempt, settings.backoffBaseMs, settings.maxBackoffMs, error.retryAfter);
      settings.onRetry?.({ url, attempt, delayMs, reason: error.reason });
      try {
        await sleep(delayMs, undefined, { signal });
      } catch (sleepError) {
        throw signal?.aborted ? abortReason(signal) : sleepError;
      }
    }
  }
}
