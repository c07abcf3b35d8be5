import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, userAgent, type HttpClient, type HttpClientOptions } from '../src/http/index.js';
import { startServer, type Handler, type TestServer } from './httpTestServer.js';

const open: Array<HttpClient | TestServer> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((resource) => resource.close()));
});

async function setup(handler: Handler, options: Partial<HttpClientOptions> = {}) {
  const server = await startServer(handler);
  const client = createHttpClient({
    userAgent: userAgent('0.1.0'),
    defaultPolicy: { requestsPerSecond: 1000, concurrency: 4 },
    backoffBaseMs: 5,
    readTimeoutMs: 2000,
    ...options,
  });
  open.push(client, server);
  return { server, client };
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('HttpClient retries', () => {
  it('retries a 503 and returns the answer that finally came, reporting each retry', async () => {
    const retries: string[] = [];
    const { server, client } = await setup(
      (_req, res, seen) => {
        res.statusCode = seen.length < 3 ? 503 : 200;
        res.end('ok');
      },
      { onRetry: ({ attempt, reason }) => retries.push(`${attempt}:${reason}`) },
    );
    const response = await client.getText(`${server.url}/page`);
    expect(response).toMatchObject({ status: 200, body: 'ok', attempts: 3 });
    expect(server.seen).toHaveLength(3);
    expect(retries).toEqual(['1:http-503', '2:http-503']);
  });

  it('waits as long as a 429 Retry-After asks before asking again', async () => {
    const { server, client } = await setup((_req, res, seen) => {
      if (seen.length === 1) res.writeHead(429, { 'retry-after': '1' });
      res.end('ok');
    });
    await client.getText(`${server.url}/limited`);
    expect(server.seen).toHaveLength(2);
    expect(server.seen[1]!.at - server.seen[0]!.at).toBeGreaterThanOrEqual(900);
  });

  it('does not retry a 404 and reports it as http-404, not transient', async () => {
    const { server, client } = await setup((_req, res) => {
      res.statusCode = 404;
      res.end('gone');
    });
    const error = await failure(client.getText(`${server.url}/missing`));
    expect(error).toMatchObject({ reason: 'http-404', status: 404, transient: false, attempts: 1 });
    expect(server.seen).toHaveLength(1);
  });

  it('gives up after maxAttempts on a persistent 500 without retrying further', async () => {
    const { server, client } = await setup(
      (_req, res) => {
        res.statusCode = 500;
        res.end();
      },
      { maxAttempts: 3 },
    );
    const error = await failure(client.getJson(`${server.url}/broken`));
    expect(error).toMatchObject({ reason: 'http-500', transient: true, attempts: 3 });
    expect(server.seen).toHaveLength(3);
  });

  it('retries when the server drops the connection before answering', async () => {
    const { server, client } = await setup((req, res, seen) => {
      if (seen.length === 1) req.socket.destroy();
      else res.end('{"ok":true}');
    });
    const response = await client.getJson(`${server.url}/flaky`);
    expect(response).toMatchObject({ body: { ok: true }, attempts: 2 });
  });

  it('retries when the connection dies in the middle of the body', async () => {
    const { server, client } = await setup((req, res, seen) => {
      res.writeHead(200, { 'content-length': '100' });
      if (seen.length === 1) {
        res.write('{"ok":');
        setTimeout(() => req.socket.destroy(), 20);
      } else res.end(`{"ok":true}${' '.repeat(89)}`);
    });
    const response = await client.getJson(`${server.url}/cut`);
    expect(response).toMatchObject({ body: { ok: true }, attempts: 2 });
  });

  it('fails with a network error once a refused connection was retried maxAttempts times', async () => {
    const { server, client } = await setup(() => undefined, { maxAttempts: 2 });
    const url = `${server.url}/nobody-home`;
    await server.close();
    const error = await failure(client.getText(url));
    expect(error).toMatchObject({ kind: 'network', transient: true, attempts: 2 });
  });

  it('times out a server that never answers, after maxAttempts tries', async () => {
    const { server, client } = await setup(() => undefined, { readTimeoutMs: 150, maxAttempts: 2 });
    const error = await failure(client.getText(`${server.url}/silent`));
    expect(error).toMatchObject({ reason: 'timeout', transient: true, attempts: 2 });
    expect(server.seen).toHaveLength(2);
  });

  it('times out a body that stalls half-way and retries it', async () => {
    const { server, client } = await setup(
      (_req, res, seen) => {
        res.writeHead(200, { 'content-length': '4' });
        if (seen.length === 1) res.write('ab');
        else res.end('abcd');
      },
      { readTimeoutMs: 150 },
    );
    const response = await client.getText(`${server.url}/stall`);
    expect(response).toMatchObject({ body: 'abcd', attempts: 2 });
  });

  it('retries a body that is not JSON, then fails as malformed', async () => {
    const { server, client } = await setup((_req, res) => res.end('<html>busy</html>'), { maxAttempts: 3 });
    const error = await failure(client.getJson(`${server.url}/api`));
    expect(error).toMatchObject({ reason: 'malformed', attempts: 3 });
    expect(server.seen).toHaveLength(3);
  });

  it('accepts JSON that arrives whole on a later attempt', async () => {
    const { server, client } = await setup((_req, res, seen) => res.end(seen.length === 1 ? '{"trunc' : '[1,2]'));
    expect(await client.getJson(`${server.url}/api`)).toMatchObject({ body: [1, 2], attempts: 2 });
  });

  it('stops waiting for a retry as soon as the caller aborts', async () => {
    const { server, client } = await setup((_req, res) => {
      res.writeHead(503, { 'retry-after': '30' });
      res.end();
    });
    const controller = new AbortController();
    const pending = client.getText(`${server.url}/slow`, { signal: controller.signal });
    while (server.seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.seen).toHaveLength(1);
  });
});

describe('HttpClient requests', () => {
  it('identifies itself with the User-Agent and asks for JSON on getJson', async () => {
    const { server, client } = await setup((_req, res) => res.end('{}'));
    await client.getJson(`${server.url}/a`, { headers: { 'X-Api-Key': 'k' } });
    await client.getText(`${server.url}/b`, { headers: { Accept: 'text/csv' } });
    expect(server.seen[0]?.headers).toMatchObject({
      'user-agent': 'HX4/0.1.0 (+https://github.com/hx4-project/hx4; dataset research crawler)',
      accept: 'application/json',
      'x-api-key': 'k',
    });
    expect(server.seen[1]?.headers).toMatchObject({ 'user-agent': userAgent('0.1.0'), accept: 'text/csv' });
  });

  it('follows redirects and returns the final answer with its headers', async () => {
    const { server, client } = await setup((req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/new' }).end();
      else res.writeHead(200, { 'content-type': 'text/plain', 'x-page': 'new' }).end('moved here');
    });
    const response = await client.getText(`${server.url}/old`);
    expect(response).toMatchObject({ status: 200, body: 'moved here', headers: { 'x-page': 'new' } });
    expect(server.seen.map((request) => request.path)).toEqual(['/old', '/new']);
  });

  it("does not pass the caller's headers on to another origin it is redirected to", async () => {
    const { server, client } = await setup((req, res) => {
      if (req.url === '/api') res.writeHead(302, { location: `${server.url.replace('127.0.0.1', 'localhost')}/cdn` }).end();
      else res.end('{}');
    });
    await client.getJson(`${server.url}/api`, { headers: { 'x-api-key': 'secret' } });
    expect(server.seen.map((request) => request.headers['x-api-key'])).toEqual(['secret', undefined]);
    expect(server.seen[1]?.headers['user-agent']).toBe(userAgent('0.1.0'));
  });

  it('refuses to follow more than 5 redirects and does not retry that', async () => {
    const { server, client } = await setup((req, res, seen) => res.writeHead(302, { location: `/hop${seen.length}` }).end());
    const error = await failure(client.getText(`${server.url}/loop`));
    expect(error).toMatchObject({ reason: 'http-302', transient: false, attempts: 1 });
    expect(error.message).toContain('more than 5 redirects');
    expect(server.seen).toHaveLength(6);
  });

  it('rejects a URL it cannot fetch with a message naming it', async () => {
    const { client } = await setup(() => undefined);
    await expect(client.getText('ftp://example.org/x')).rejects.toThrow('not an http(s) URL: ftp://example.org/x');
  });

  it('refuses new requests once closed', async () => {
    const { server, client } = await setup((_req, res) => res.end('ok'));
    await client.close();
    await expect(client.getText(`${server.url}/late`)).rejects.toThrow('HttpClient is closed');
    expect(server.seen).toHaveLength(0);
  });
});

describe('error bodies', () => {
  it("keep the archive's own explanation of a refusal in the message, on one line", async () => {
    const { server, client } = await setup((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"status": "ERROR",\n "statusMessage": "Invalid filter"}');
    });
    const error = await failure(client.getJson(`${server.url}/v1/search`));
    expect(error.reason).toBe('http-400');
    expect(error.message).toMatch(/HTTP 400 from .*: \{"status": "ERROR", "statusMessage": "Invalid filter"\}$/);
  });

  it('leave HTML error pages out of the message', async () => {
    const { server, client } = await setup((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body><h1>Not found</h1></body></html>');
    });
    const error = await failure(client.getText(`${server.url}/missing`));
    expect(error.message).toMatch(/HTTP 404 from \S+$/);
  });
});
