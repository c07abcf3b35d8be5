import type { HttpClient, HttpResponse } from '../../src/http/index.js';

export interface FakeHttpClient extends HttpClient {
  /** Every URL asked for, in order. */
  urls: string[];
}

export interface FakeAnswers {
  /** JSON answer for a URL (throw to fail); default: `{ offset }` from the URL's `offset` parameter. */
  json?: (url: string) => unknown;
  /** Text answer for a URL (throw to fail). */
  text?: (url: string) => string;
}

/** The request a paged fake archive sees: the offset of the page asked for. */
export const offsetOf = (url: string) => Number(new URL(url).searchParams.get('offset'));

/** An HttpClient answering from memory, for stages tested without a server. */
export function fakeHttpClient(answers: FakeAnswers = {}): FakeHttpClient {
  const urls: string[] = [];
  const respond = <T>(body: T, attempts = 1): HttpResponse<T> => ({ status: 200, headers: {}, body, attempts });
  const unused = async (): Promise<never> => {
    throw new Error('not used by this test');
  };
  return {
    urls,
    async getJson(url) {
      urls.push(url);
      const answer = answers.json ? answers.json(url) : { offset: offsetOf(url) };
      const withAttempts = answer as { body?: unknown; attempts?: number } | null;
      return typeof withAttempts?.attempts === 'number' ? respond(withAttempts.body, withAttempts.attempts) : respond(answer);
    },
    async getText(url) {
      urls.push(url);
      if (!answers.text) return unused();
      return respond(answers.text(url));
    },
    download: unused,
    setHostPolicy() {},
    hostStats: () => [],
    obeyRobotsTxt() {},
    close: async () => {},
  };
}
