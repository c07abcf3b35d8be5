import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, userAgent, type HttpClient } from '../src/http/index.js';
import { startServer, type Handler, type TestServer } from './httpTestServer.js';

const open: Array<HttpClient | TestServer> = [];
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hx4-download-'));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((resource) => resource.close()));
});

async function setup(handler: Handler) {
  const server = await startServer(handler);
  const client = createHttpClient({
    userAgent: userAgent('0.1.0'),
    defaultPolicy: { requestsPerSecond: 1000, concurrency: 2 },
    backoffBaseMs: 5,
  });
  open.push(client, server);
  return { server, client };
}

/** 256 KiB of bytes that differ from chunk to chunk, so a reordered or half-written file shows. */
const image = Buffer.from(Array.from({ length: 256 * 1024 }, (_, i) => (i * 31 + (i >> 10)) % 256));

function sendInChunks(res: Parameters<Handler>[1], body: Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': 'image/jpeg', ...headers });
  for (let offset = 0; offset < body.length; offset += 16 * 1024) res.write(body.subarray(offset, offset + 16 * 1024));
  res.end();
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('HttpClient.download', () => {
  it('streams the body into the destination and reports what it got', async () => {
    const { server, client } = await setup((_req, res) => sendInChunks(res, image));
    const destination = join(dir, 'images', 'a.jpg');
    const result = await client.download(`${server.url}/a.jpg`, destination, { maxBytes: 1024 * 1024 });
    expect(result).toEqual({ status: 200, contentType: 'image/jpeg', bytes: image.length, attempts: 1 });
    expect((await readFile(destination)).equals(image)).toBe(true);
    expect(await readdir(join(dir, 'images'))).toEqual(['a.jpg']);
    expect(server.seen[0]?.headers).toMatchObject({ accept: 'image/*,*/*;q=0.8', 'user-agent': userAgent('0.1.0') });
  });

  it('hands a body that fits in memoryBytes over in memory, writing nothing', async () => {
    const { server, client } = await setup((_req, res) => sendInChunks(res, image));
    const destination = join(dir, 'memory', 'a.jpg');
    const result = await client.download(`${server.url}/a.jpg`, destination, { maxBytes: 1024 * 1024, memoryBytes: image.length });
    expect(result.data?.equals(image)).toBe(true);
    expect(existsSync(join(dir, 'memory'))).toBe(false);
  });

  it('spills a body larger than memoryBytes to the destination', async () => {
    const { server, client } = await setup((_req, res) => sendInChunks(res, image));
    const destination = join(dir, 'spill', 'a.jpg');
    const result = await client.download(`${server.url}/a.jpg`, destination, { maxBytes: 1024 * 1024, memoryBytes: 20 * 1024 });
    expect(result.data).toBeUndefined();
    expect((await readFile(destination)).equals(image)).toBe(true);
  });

  it('refuses a body whose Content-Length exceeds maxBytes without retrying', async () => {
    const { server, client } = await setup((_req, res) => sendInChunks(res, image, { 'content-length': String(image.length) }));
    const destination = join(dir, 'big.jpg');
    const error = await failure(client.download(`${server.url}/big.jpg`, destination, { maxBytes: 1000 }));
    expect(error).toMatchObject({ reason: 'too-large', transient: false, attempts: 1 });
    expect(server.seen).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('aborts a body without Content-Length once it passes maxBytes', async () => {
    const { server, client } = await setup((_req, res) => sendInChunks(res, image));
    const error = await failure(client.download(`${server.url}/stream.jpg`, join(dir, 's.jpg'), { maxBytes: 50_000 }));
    expect(error).toMatchObject({ reason: 'too-large', transient: false });
    expect(server.seen).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('starts over when the connection dies mid-body, leaving only the whole file', async () => {
    const { client, server } = await setup((req, res, seen) => {
      if (seen.length > 1) {
        sendInChunks(res, image, { 'content-length': String(image.length) });
        return;
      }
      res.writeHead(200, { 'content-length': String(image.length) });
      res.write(image.subarray(0, 100_000));
      setTimeout(() => req.socket.destroy(), 20);
    });
    const destination = join(dir, 'cut.jpg');
    const result = await client.download(`${server.url}/cut.jpg`, destination, { maxBytes: 1024 * 1024 });
    expect(result).toMatchObject({ bytes: image.length, attempts: 2 });
    expect((await readFile(destination)).equals(image)).toBe(true);
    expect(await readdir(dir)).toEqual(['cut.jpg']);
  });

  it('fails on a non-2xx status and leaves an existing destination untouched', async () => {
    const { server, client } = await setup((_req, res) => {
      res.statusCode = 403;
      res.end('forbidden');
    });
    const destination = join(dir, 'kept.jpg');
    await writeFile(destination, 'previous');
    const error = await failure(client.download(`${server.url}/kept.jpg`, destination, { maxBytes: 1000 }));
    expect(error).toMatchObject({ reason: 'http-403', status: 403, attempts: 1 });
    expect(await readFile(destination, 'utf8')).toBe('previous');
  });
});
