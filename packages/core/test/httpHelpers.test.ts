import { describe, expect, it } from 'vitest';
import { hostKey } from '../src/http/hostKey.js';
import { parseRetryAfter, retryDelay, userAgent } from '../src/http/index.js';

const now = Date.UTC(2024, 0, 1, 12, 0, 0);

describe('retryDelay', () => {
  it('draws uniformly below a ceiling that doubles with each failed attempt', () => {
    expect(retryDelay(1, 500, 60_000, undefined, () => 0.999, now)).toBe(499);
    expect(retryDelay(3, 500, 60_000, undefined, () => 0.999, now)).toBe(1998);
    expect(retryDelay(3, 500, 60_000, undefined, () => 0.5, now)).toBe(1000);
    expect(retryDelay(3, 500, 60_000, undefined, () => 0, now)).toBe(0);
  });

  it('never exceeds maxMs however many attempts failed', () => {
    expect(retryDelay(30, 500, 8000, undefined, () => 0.999, now)).toBe(7992);
  });

  it('waits what Retry-After asks, in seconds or as an HTTP date, capped by maxMs', () => {
    expect(retryDelay(1, 500, 60_000, '3', () => 0, now)).toBe(3000);
    expect(retryDelay(1, 500, 60_000, ' 7 ', () => 0, now)).toBe(7000);
    expect(retryDelay(1, 500, 60_000, '120', () => 0, now)).toBe(60_000);
    expect(retryDelay(1, 500, 60_000, new Date(now + 5000).toUTCString(), () => 0, now)).toBe(5000);
  });

  it('treats a Retry-After date in the past as no wait', () => {
    expect(retryDelay(1, 500, 60_000, new Date(now - 5000).toUTCString(), () => 0.9, now)).toBe(0);
  });

  it('falls back to its own backoff when Retry-After is unreadable', () => {
    for (const header of ['soon', '5.5', '-1', '']) {
      expect(retryDelay(2, 500, 60_000, header, () => 0.5, now)).toBe(500);
    }
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates and returns null for anything else', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Mon, 01 Jan 2024 12:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('tomorrow', now)).toBeNull();
  });
});

describe('userAgent', () => {
  it('names HX4, its version and where to read about it', () => {
    expect(userAgent('0.1.0')).toBe('HX4/0.1.0 (+https://github.com/hx4-project/hx4; dataset research crawler)');
  });
});

describe('hostKey', () => {
  it('keys a host by its lower-case name, whatever port or brackets it came with', () => {
    expect(['Api.Example.org', 'api.example.org:8443', ' api.example.org '].map(hostKey)).toEqual(Array(3).fill('api.example.org'));
    expect(['::1', '[::1]', '[::1]:8080'].map(hostKey)).toEqual(['::1', '::1', '::1']);
  });
});
