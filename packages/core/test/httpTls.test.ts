import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, userAgent, type HttpClient } from '../src/http/index.js';
import { startServer, type TestServer } from './httpTestServer.js';

let dir: string;
let server: TestServer;
const clients: HttpClient[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hx4-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-days', '1', '-keyout', key, '-out', cert],
    {
      stdio: 'ignore',
    },
  );
  server = await startServer((_req, res) => res.end('{"secure":"enough"}'), {
    key: await readFile(key, 'utf8'),
    cert: await readFile(cert, 'utf8'),
  });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function client(insecureHosts?: string[]): HttpClient {
  const created = createHttpClient({
    userAgent: userAgent('0.1.0'),
    defaultPolicy: { requestsPerSecond: 1000, concurrency: 2 },
    backoffBaseMs: 5,
    insecureHosts,
  });
  clients.push(created);
  return created;
}

describe('HttpClient TLS', () => {
  it('rejects a self-signed certificate at once, naming the host and the flag that would trust it', async () => {
    const error = await client()
      .getJson(`${server.url}/api`)
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ reason: 'tls', transient: false, attempts: 1 });
    expect((error as HttpError).message).toContain('--insecure-host 127.0.0.1');
    expect(server.seen).toHaveLength(0);
  });

  it('talks to a host the user listed in insecureHosts', async () => {
    const response = await client(['127.0.0.1']).getJson(`${server.url}/api`);
    expect(response).toMatchObject({ status: 200, body: { secure: 'enough' } });
  });

  it('still verifies hosts that are not listed', async () => {
    const error = await client(['archive.example.org'])
      .getText(`${server.url}/api`)
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    expect(error).toMatchObject({ reason: 'tls' });
  });
});
