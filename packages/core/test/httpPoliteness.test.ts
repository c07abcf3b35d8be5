import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, userAgent, type HttpClient, type HttpClientOptions } from '../src/http/index.js';
import { startServer, type Handler, type TestServer } from './httpTestServer.js';

const open: Array<HttpClient | TestServer> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((resource) => resource.close()));
});

async function setup(handler: Handler, options: Partial<HttpClientOptions> = {}) {
  const server = await startServer(handler);
  const client = createHttpClient({
    userAgent: userAgent('0.1.0'),
    defaultPolicy: { requestsPerSecond: 1000, concurrency: 1 },
    backoffBaseMs: 5,
    ...options,
  });
  open.push(client, server);
  return { server, client };
}

/** A handler that answers after `delayMs` and tracks the most requests it ever had open at once. */
function slowCounting(delayMs: number) {
  const counter = { inFlight: 0, maxInFlight: 0 };
  const handler: Handler = (_req, res) => {
    counter.inFlight++;
    counter.maxInFlight = Math.max(counter.maxInFlight, counter.inFlight);
    setTimeout(() => {
      counter.inFlight--;
      res.end('ok');
    }, delayMs);
  };
  return { counter, handler };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('HttpClient politeness', () => {
  it('never has more requests in flight to a host than its concurrency', async () => {
    const { counter, handler } = slowCounting(60);
    const { server, client } = await setup(handler, {
      hostPolicies: { '127.0.0.1': { requestsPerSecond: 1000, concurrency: 3 } },
    });
    await Promise.all(range(12).map((i) => client.getText(`${server.url}/${i}`)));
    expect(server.seen).toHaveLength(12);
    expect(counter.maxInFlight).toBe(3);
  });

  it('lets setHostPolicy override the default for that host', async () => {
    const { counter, handler } = slowCounting(60);
    const { server, client } = await setup(handler);
    // As the CLI does it: `URL.host`, port included; politeness still belongs to the host name.
    client.setHostPolicy(new URL(server.url).host, { requestsPerSecond: 1000, concurrency: 2 });
    await Promise.all(range(8).map((i) => client.getText(`${server.url}/${i}`)));
    expect(counter.maxInFlight).toBe(2);
  });

  it('keeps to the requests-per-second limit in every window', async () => {
    const { server, client } = await setup((_req, res) => res.end('ok'), {
      defaultPolicy: { requestsPerSecond: 4, concurrency: 8 },
    });
    await Promise.all(range(10).map((i) => client.getText(`${server.url}/${i}`)));
    const arrivals = server.seen.map((request) => request.at).sort((a, b) => a - b);
    // 900 ms rather than 1000 leaves room for the delay between the client's send and the server's clock.
    for (const start of arrivals) {
      expect(arrivals.filter((at) => at >= start && at < start + 900).length).toBeLessThanOrEqual(4);
    }
    expect(arrivals[9]! - arrivals[0]!).toBeGreaterThanOrEqual(1800);
  });

  it('lets other requests to the host through while one waits to retry', async () => {
    const { server, client } = await setup((req, res, seen) => {
      const firstTry = seen.filter((request) => request.path === req.url).length === 1;
      if (req.url === '/busy' && firstTry) res.writeHead(503, { 'retry-after': '1' });
      res.end('ok');
    });
    const busy = client.getText(`${server.url}/busy`);
    while (server.seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await client.getText(`${server.url}/other`);
    await busy;
    expect(server.seen.map((request) => request.path)).toEqual(['/busy', '/other', '/busy']);
  });

  it('queues each redirect hop on the host it goes to', async () => {
    const target = slowCounting(40);
    const other = await startServer(target.handler);
    open.push(other);
    // Same machine under another name, so the hop belongs to a different host queue.
    const otherByName = other.url.replace('127.0.0.1', 'localhost');
    const { server, client } = await setup((req, res) => res.writeHead(302, { location: `${otherByName}${req.url}` }).end(), {
      hostPolicies: {
        '127.0.0.1': { requestsPerSecond: 1000, concurrency: 4 },
        localhost: { requestsPerSecond: 1000, concurrency: 1 },
      },
    });
    await Promise.all(range(4).map((i) => client.getText(`${server.url}/${i}`)));
    expect(other.seen).toHaveLength(4);
    expect(target.counter.maxInFlight).toBe(1);
  });

  it('rejects a policy it cannot honour with a message naming the host', () => {
    const client = createHttpClient({ userAgent: 'x', defaultPolicy: { requestsPerSecond: 1, concurrency: 1 } });
    open.push(client);
    expect(() => client.setHostPolicy('api.example.org', { requestsPerSecond: 0, concurrency: 1 })).toThrow(
      'host policy for api.example.org: requestsPerSecond must be a positive number, got 0',
    );
    expect(() => client.setHostPolicy('api.example.org', { requestsPerSecond: 1, concurrency: 1.5 })).toThrow(
      'concurrency must be a positive integer',
    );
  });
});
