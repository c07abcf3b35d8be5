import { createRequire } from 'node:module';
import { HttpError } from './HttpError.js';

interface Robots {
  isDisallowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
}

// robots-parser is CommonJS whose typings declare an ES default export it does not have.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robots;

/** The product token robots.txt groups are matched against (`User-agent: HX4`). */
export const ROBOTS_USER_AGENT = 'HX4';

/**
 * robots.txt of the hosts HX4 scrapes, fetched once per origin and obeyed (RFC 9309): a missing file
 * (4xx) allows everything; an unreachable one (5xx, network) allows nothing for now, so the request
 * fails as transient and a later run tries again. A Crawl-delay slows the host's queue to match.
 */
export class RobotsRules {
  /** Obeyed hosts, with the share of their Crawl-delay rate this client takes. */
  private readonly hosts = new Map<string, number>();
  private readonly rules = new Map<string, Promise<Robots>>();

  constructor(
    private readonly fetchText: (url: string) => Promise<string>,
    private readonly slowHostTo: (host: string, delaySeconds: number) => void,
  ) {}

  obey(host: string, share: number): void {
    this.hosts.set(host, share);
  }

  /** Throws `HttpError` kind `robots` when robots.txt disallows `url` for HX4. */
  async check(url: URL, host: string, attempt: number): Promise<void> {
    if (!this.hosts.has(host) || url.pathname === '/robots.txt') return;
    let rules = this.rules.get(url.origin);
    if (!rules) {
      rules = this.load(url.origin, host);
      this.rules.set(url.origin, rules);
      // An unreachable robots.txt is asked for again by the next request, not remembered as a refusal.
      rules.catch(() => this.rules.delete(url.origin));
    }
    if ((await rules).isDisallowed(url.href, ROBOTS_USER_AGENT)) {
      throw new HttpError('robots', url.href, `${url.href} is disallowed by ${url.origin}/robots.txt`, attempt);
    }
  }

  private async load(origin: string, host: string): Promise<Robots> {
    const robotsUrl = `${origin}/robots.txt`;
    let text = '';
    try {
      text = await this.fetchText(robotsUrl);
    } catch (error) {
      const missing =
        error instanceof HttpError &&
        error.kind === 'status' &&
        (error.status ?? 0) >= 400 &&
        (error.status ?? 0) < 500 &&
        error.status !== 429;
      if (!missing) throw error;
    }
    const robots = robotsParser(robotsUrl, text);
    const delay = robots.getCrawlDelay(ROBOTS_USER_AGENT);
    if (delay && delay > 0) this.slowHostTo(host, delay / (this.hosts.get(host) ?? 1));
    return robots;
  }
}
