/** All three HTTP-date forms start with a day name; checking it keeps `Date.parse` from reading "5.5" as May 5th. */
const HTTP_DATE = /^[A-Za-z]{3},? /;

/**
 * How long a `Retry-After` header asks us to wait, in ms: delta-seconds or an HTTP-date.
 * `null` when the header is absent or unreadable, so the caller falls back to its own backoff.
 */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!HTTP_DATE.test(value)) return null;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * The wait before retrying after failed attempt number `attempt` (1-based): the server's
 * `Retry-After` when it sent a readable one, else exponential backoff with full jitter
 * (uniform in [0, baseMs·2^(attempt-1))). Either way never more than `maxMs`.
 */
export function retryDelay(
  attempt: number,
  baseMs: number,
  maxMs: number,
  retryAfterHeader?: string | null,
  random: () => number = Math.random,
  now = Date.now(),
): number {
  const serverWait = parseRetryAfter(retryAfterHeader, now);
  if (serverWait !== null) return Math.min(serverWait, maxMs);
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}
