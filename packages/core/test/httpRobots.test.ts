import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, userAgent, type HttpClient } from '../src/http/index.js';
import { startServer, type Handler, type TestServer } from './httpTestServer.js';

const open: Array<HttpClient | TestServer> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((resource) => resource.close()));
});

async function site(robots: { status: number; body?: string }, share?: number) {
  const handler: Handler = (req, res) => {
    if (req.url === '/robots.txt') {
      res.writeHead(robots.status, { 'content-type': 'text/plain' });
      res.end(robots.body ?? '');
      return;
    }
    res.end('page');
  };
  const server = await startServer(handler);
  const client = createHttpClient({
    userAgent: userAgent('0.1.0'),
    defaultPolicy: { requestsPerSecond: 1000, concurrency: 2 },
    backoffBaseMs: 5,
    maxAttempts: 2,
  });
  client.obeyRobotsTxt('127.0.0.1', share);
  open.push(client, server);
  return { server, client, paths: () => server.seen.map((request) => request.path) };
}

describe('robots.txt', () => {
  it('is fetched once per site and obeyed: a disallowed page is never requested', async () => {
    const { server, client, paths } = await site({ status: 200, body: 'User-agent: *\nDisallow: /private/\n' });
    expect((await client.getText(`${server.url}/gallery/1`)).body).toBe('page');
    const refusal = await client.getText(`${server.url}/private/x`).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(HttpError);
    expect((refusal as HttpError).reason).toBe('robots');
    expect((refusal as HttpError).transient).toBe(false);
    await client.getText(`${server.url}/gallery/2`);
    expect(paths()).toEqual(['/robots.txt', '/gallery/1', '/gallery/2']);
  });

  it('matches the HX4 group when the site names it', async () => {
    const { server, client } = await site({ status: 200, body: 'User-agent: HX4\nDisallow: /\n\nUser-agent: *\nAllow: /\n' });
    await expect(client.getText(`${server.url}/anything`)).rejects.toMatchObject({ kind: 'robots' });
  });

  it('allows everything when the site has none', async () => {
    const { server, client } = await site({ status: 404 });
    expect((await client.getText(`${server.url}/a`)).body).toBe('page');
  });

  it('allows nothing for now when it cannot be read, failing as transient', async () => {
    const { server, client, paths } = await site({ status: 503 });
    const error = await client.getText(`${server.url}/a`).catch((thrown: unknown) => thrown);
    expect((error as HttpError).transient).toBe(true);
    expect(paths().every((path) => path === '/robots.txt')).toBe(true);
  });

  it('slows the site to its Crawl-delay', async () => {
    const { server, client } = await site({ status: 200, body: 'User-agent: *\nCrawl-delay: 1\n' });
    await client.getText(`${server.url}/a`);
    await client.getText(`${server.url}/b`);
    await client.getText(`${server.url}/c`);
    const pages = server.seen.filter((request) => request.path !== '/robots.txt');
    expect(pages[2]!.at - pages[0]!.at).toBeGreaterThanOrEqual(1800);
  });

  it("takes only its share of the Crawl-delay's rate: one of 4 shards asks a 1 s site at most every 4 s", async () => {
    const { server, client } = await site({ status: 200, body: 'User-agent: *\nCrawl-delay: 1\n' }, 0.25);
    await client.getText(`${server.url}/a`);
    const lanes = client.hostStats().filter((lane) => lane.host === '127.0.0.1');
    expect(lanes.length).toBeGreaterThan(0);
    for (const lane of lanes) expect(lane.ceiling.requestsPerSecond).toBe(0.25);
  });

  it('refuses a share outside (0, 1]', () => {
    const client = createHttpClient({ userAgent: userAgent('0.1.0'), defaultPolicy: { requestsPerSecond: 1, concurrency: 1 } });
    open.push(client);
    expect(() => client.obeyRobotsTxt('a.example', 0)).toThrow('robots.txt share must be in (0, 1], got 0');
  });
});
